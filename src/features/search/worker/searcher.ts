/**
 * Searching the index: each clause of the query is matched against the vocabulary (never against
 * the text), its sections looked up in the postings, and only the sections satisfying every group
 * of the query (`query.ts`: a group is one clause, or clauses joined by `ELLER`) are kept (AND),
 * without those holding an excluded word (`-ord`), and ranked. Phrases and compounds are then
 * checked word by word in the sections that hold all their words, by where the words stand
 * (`positions.ts`): the shards of positions of their words must be added first (`positionsNeeded`).
 *
 * Words that name a theme also hold in every section that names the theme (the index's `themes`,
 * decided at build time by the taxonomy): such a hit is a theme hit (`SearchHit.theme`), ranked
 * after every hit that has the words themselves. The same code runs in Node (tests) and in the
 * browser's search worker.
 */
import {
  decodePostingArrays,
  indexedSections,
  SEARCH_INDEX_VERSION,
  type IndexedCategory,
  type IndexedDocument,
  type IndexedSection,
  type IndexedTheme,
  type SearchIndexData,
  type SectionText,
} from '../index-data.ts';
import { decodePositions, isPositionShard, positionShard, type DecodedPositions, type PositionShard } from '../positions.ts';
import { parseQuery, type Clause, type ParsedQuery, type QueryGroup } from './query.ts';
import { SectionTexts } from './section-texts.ts';
import { compareHits, HEADING_BONUS, occurrenceBonus, themeScore, TIER_SCORE, wordScore } from './rank.ts';
import { tokenise, type Token } from '../text.ts';
import { themeLexicon, type ThemeLexicon } from './theme-lexicon.ts';
import { Vocabulary, type KeyMatch } from './vocabulary.ts';
import type { ThemeId } from '../../../taxonomy/themes.ts';

/** A query word that was found only with typos, and the words used in its place. */
export interface Correction {
  readonly typed: string;
  readonly usedInstead: readonly string[];
}

export interface ClauseResult {
  readonly clause: Clause;
  /** For each word of the clause, the folded words it matched (for highlighting). */
  readonly keys: readonly ReadonlySet<string>[];
  readonly corrections: readonly Correction[];
  /** How many sections satisfy this clause alone. */
  readonly sectionCount: number;
}

export interface SearchHit {
  /** Index into the index's sections. */
  readonly section: number;
  readonly score: number;
  /** The theme through which the section satisfies some group without its words; absent for a hit on the words themselves. */
  readonly theme?: ThemeId;
}

/** A theme the query names, and how many of its hits are through it. */
export interface NamedTheme {
  readonly id: ThemeId;
  readonly label: string;
  /** The hits (before filters) that are through this theme. */
  readonly hits: number;
  /** Some section names it (it is in the index). */
  readonly named: boolean;
}

export interface SearchOutcome {
  readonly query: ParsedQuery;
  readonly clauses: readonly ClauseResult[];
  /** Every section that satisfies every group and holds no excluded word, best first (theme hits last), before any filter. */
  readonly hits: readonly SearchHit[];
  /** The themes the query names, in the taxonomy's order. */
  readonly themes: readonly NamedTheme[];
  /** Sections that satisfied every group but hold an excluded word. */
  readonly excludedCount: number;
}

/** A theme of the index, with its label and words. */
export interface SearcherTheme {
  readonly id: ThemeId;
  readonly label: string;
  readonly terms: readonly string[];
}

/** A clause's score per section (0: not satisfied) and the sections that satisfy it. */
interface ClauseScores {
  readonly result: ClauseResult;
  readonly scores: Float64Array;
  readonly sections: readonly number[];
}

/** A phrase or compound before its words' places are read: the words it matched, and the sections holding all of them. */
interface SequenceCandidates {
  readonly clause: Clause;
  readonly wordMatches: readonly (readonly KeyMatch[])[];
  readonly keys: readonly ReadonlySet<string>[];
  /** Sections holding every word of the clause, ascending. */
  readonly candidates: readonly number[];
}

type PlannedClause = { readonly kind: 'term'; readonly evaluated: ClauseScores } | { readonly kind: 'sequence'; readonly candidates: SequenceCandidates };

/** A query matched against the vocabulary and postings; what its phrases need is known. */
interface Plan {
  readonly text: string;
  readonly query: ParsedQuery;
  readonly clauses: readonly PlannedClause[];
  /** The excluded clauses: a word's sections, or a phrase's candidates. */
  readonly excluded: readonly (
    | { readonly kind: 'sections'; readonly sections: readonly number[] }
    | { readonly kind: 'sequence'; readonly candidates: SequenceCandidates }
  )[];
  /** The position shards its phrases and compounds need. */
  readonly shards: readonly string[];
}

/** A group's score per section (0: not satisfied), the sections satisfying it, and (1 + index in `Searcher.themes`) of the theme a section satisfies it through, or 0. */
interface GroupScores {
  readonly scores: Float64Array;
  readonly sections: readonly number[];
  readonly themeOf: Uint8Array | null;
}

/** A word's postings, decoded: section indices and `count * 2 + inHeading` codes. */
interface Postings {
  readonly sections: Int32Array;
  readonly codes: Int32Array;
}

/** Sections whose words (with offsets) are kept for highlighting while the user types. */
const TOKEN_CACHE_SIZE = 500;

export class Searcher {
  readonly documents: readonly IndexedDocument[];
  readonly sections: readonly IndexedSection[];
  readonly categories: readonly IndexedCategory[];
  readonly vocabulary: Vocabulary;
  /** The sections' texts fetched so far. */
  readonly texts: SectionTexts;
  readonly #postingSections: readonly string[];
  readonly #postingCodes: readonly string[];
  readonly #postingCache: (Postings | undefined)[];
  readonly #formIndex = new Map<string, number>();
  /** Folded key index → documents whose municipality name has that word. */
  readonly #municipalityDocuments = new Map<number, number[]>();
  /** Per document, its sections as a range [from, to). */
  readonly #documentSections: [number, number][];
  /** Position shards added, by name: word form → its encoded places. */
  readonly #shards = new Map<string, Readonly<Record<string, string>>>();
  /** Per word form, its places, decoded once needed. */
  readonly #places: (DecodedPositions | undefined)[];
  readonly #tokens = new Map<number, Token[][]>();
  #plan: Plan | undefined;
  /** The themes some section names, in the taxonomy's order. */
  readonly themes: readonly SearcherTheme[];
  readonly lexicon: ThemeLexicon;
  readonly #themeIndex = new Map<string, number>();
  readonly #themeData: readonly IndexedTheme[];
  readonly #themePostings: (Postings | undefined)[];
  /** Per document, its place among the municipalities in Swedish order (documents of one municipality share it). */
  readonly #municipalityRank: Int32Array;

  constructor(data: SearchIndexData, lexicon: ThemeLexicon = themeLexicon()) {
    if (data.version !== SEARCH_INDEX_VERSION) throw new Error(`Search index version ${data.version}, expected ${SEARCH_INDEX_VERSION}`);
    if (data.postingSections.length !== data.words.length || data.postingCodes.length !== data.words.length)
      throw new Error('Search index: postings and words disagree');
    this.documents = data.documents;
    this.sections = indexedSections(data.documents);
    this.categories = data.categories;
    this.vocabulary = new Vocabulary(data.words);
    this.texts = new SectionTexts(data.documents, this.sections);
    this.#postingSections = data.postingSections;
    this.#postingCodes = data.postingCodes;
    this.#postingCache = new Array(data.words.length);
    this.#places = new Array(data.words.length);
    data.words.forEach((form, index) => {
      this.#formIndex.set(form, index);
    });
    let from = 0;
    this.#documentSections = data.documents.map((document) => [from, (from += document.sectionCategories.length)]);
    this.lexicon = lexicon;
    this.#themeData = (data.themes ?? []).filter((theme) => lexicon.indexOf(theme.id) >= 0);
    this.themes = this.#themeData.map((theme) => ({ id: theme.id as ThemeId, label: lexicon.themes[lexicon.indexOf(theme.id)]!.label, terms: theme.terms }));
    this.themes.forEach((theme, index) => {
      this.#themeIndex.set(theme.id, index);
    });
    this.#themePostings = new Array(this.themes.length);
    this.#municipalityRank = municipalityRanks(data.documents);
    data.documents.forEach((document, documentIndex) => {
      for (const token of tokenise(document.municipality ?? '')) {
        const key = this.vocabulary.keyIndex(token.key);
        if (key < 0) continue;
        const list = this.#municipalityDocuments.get(key) ?? [];
        if (!list.includes(documentIndex)) list.push(documentIndex);
        this.#municipalityDocuments.set(key, list);
      }
    });
  }

  /** The position shards that must be added (`addPositions`) before `search(text)`. */
  positionsNeeded(text: string): string[] {
    return this.#planFor(text).shards.filter((shard) => !this.#shards.has(shard));
  }

  /** Add a position shard (`/sok/positioner/<shard>.json`), after checking that it is the one named. */
  addPositions(shard: string, data: unknown): void {
    if (!isPositionShard(data, SEARCH_INDEX_VERSION, shard)) throw new Error(`Positions ${shard}: not a shard ${shard} of version ${SEARCH_INDEX_VERSION}`);
    this.#shards.set(shard, data.words);
  }

  /** Search for `text` (as typed); never throws once the positions it needs (`positionsNeeded`) are in. */
  search(text: string): SearchOutcome {
    const plan = this.#planFor(text);
    const { query } = plan;
    const evaluated = plan.clauses.map((clause) => (clause.kind === 'term' ? clause.evaluated : this.#checkSequence(clause.candidates)));
    const named = this.#namedThemes(query);
    if (query.groups.length === 0)
      return { query, clauses: evaluated.map((entry) => entry.result), hits: [], themes: named.map((theme) => ({ ...theme, hits: 0 })), excludedCount: 0 };
    const groups = query.groups.map((group) => this.#group(group, evaluated));
    const excluded = this.#excludedSections(plan);
    const [smallest, ...others] = [...groups].sort((a, b) => a.sections.length - b.sections.length);
    const hits: SearchHit[] = [];
    let excludedCount = 0;
    for (const section of smallest!.sections) {
      let total = smallest!.scores[section]!;
      let theme = smallest!.themeOf?.[section] ?? 0;
      for (const other of others) {
        const score = other.scores[section]!;
        if (score === 0) {
          total = 0;
          break;
        }
        total += score;
        if (theme === 0) theme = other.themeOf?.[section] ?? 0;
      }
      if (total === 0) continue;
      if (excluded?.[section]) {
        excludedCount += 1;
        continue;
      }
      hits.push(theme === 0 ? { section, score: total } : { section, score: total, theme: this.themes[theme - 1]!.id });
    }
    hits.sort(compareHits);
    const themeHits = new Map<string, number>();
    for (const hit of hits) if (hit.theme) themeHits.set(hit.theme, (themeHits.get(hit.theme) ?? 0) + 1);
    return {
      query,
      clauses: evaluated.map((entry) => entry.result),
      hits,
      themes: named.map((theme) => ({ ...theme, hits: themeHits.get(theme.id) ?? 0 })),
      excludedCount,
    };
  }

  /** The index of a section's document among the municipalities in Swedish order (for grouping hits by municipality). */
  municipalityRank(section: number): number {
    return this.#municipalityRank[this.sections[section]!.d]!;
  }

  /** A theme of the index by id, or undefined when no section names it. */
  theme(id: string): SearcherTheme | undefined {
    const index = this.#themeIndex.get(id);
    return index === undefined ? undefined : this.themes[index];
  }

  /** The themes the query names, each once, in the taxonomy's order. */
  #namedThemes(query: ParsedQuery): Omit<NamedTheme, 'hits'>[] {
    const ids = new Set(query.groups.flatMap((group) => group.alternatives.flatMap((alternative) => alternative.themes)));
    return [...ids]
      .sort((a, b) => this.lexicon.indexOf(a) - this.lexicon.indexOf(b))
      .map((id) => ({ id, label: this.lexicon.themes[this.lexicon.indexOf(id)]!.label, named: this.#themeIndex.has(id) }));
  }

  /**
   * A group's scores: the best alternative whose clauses all hold, and failing those, the best
   * theme an alternative names (`themeScore`: below any word's). A group of one plain clause is that clause's scores.
   */
  #group(group: QueryGroup, evaluated: readonly ClauseScores[]): GroupScores {
    const { alternatives } = group;
    if (alternatives.length === 1 && alternatives[0]!.clauses.length === 1 && alternatives[0]!.themes.length === 0) {
      const only = evaluated[alternatives[0]!.clauses[0]!]!;
      return { scores: only.scores, sections: only.sections, themeOf: null };
    }
    const scores = new Float64Array(this.sections.length);
    const sections: number[] = [];
    let themeOf: Uint8Array | null = null;
    for (const alternative of alternatives) {
      const both = intersect(
        alternative.clauses.map((clause) => evaluated[clause]!),
        this.sections.length,
      );
      for (const section of both.sections) {
        const score = both.scores[section]!;
        if (scores[section] === 0) sections.push(section);
        if (score > scores[section]!) scores[section] = score;
      }
    }
    for (const alternative of alternatives) {
      for (const id of alternative.themes) {
        const index = this.#themeIndex.get(id);
        if (index === undefined) continue;
        themeOf ??= new Uint8Array(this.sections.length);
        const postings = this.#themeSections(index);
        for (let at = 0; at < postings.sections.length; at += 1) {
          const section = postings.sections[at]!;
          const score = themeScore(postings.codes[at]!);
          if (scores[section] === 0) {
            sections.push(section);
            scores[section] = score;
            themeOf[section] = index + 1;
          } else if (themeOf[section] !== 0 && score > scores[section]!) {
            scores[section] = score;
            themeOf[section] = index + 1;
          }
        }
      }
    }
    return { scores, sections, themeOf };
  }

  #themeSections(index: number): Postings {
    const cached = this.#themePostings[index];
    if (cached) return cached;
    const theme = this.#themeData[index]!;
    return (this.#themePostings[index] = decodePostingArrays({ sections: theme.sections, codes: theme.codes }));
  }

  /** Which sections hold an excluded word (1), or null when nothing is excluded. */
  #excludedSections(plan: Plan): Uint8Array | null {
    if (plan.excluded.length === 0) return null;
    const mask = new Uint8Array(this.sections.length);
    for (const entry of plan.excluded) {
      const sections = entry.kind === 'sections' ? entry.sections : this.#checkSequence(entry.candidates).sections;
      for (const section of sections) mask[section] = 1;
    }
    return mask;
  }

  /**
   * The sections holding an excluded word: the word itself or, from three letters, a longer word
   * starting with it (`-avtal` leaves out `avtalet`), never a typo or a compound's part; a
   * municipality's name leaves out its documents.
   */
  #excludedWord(clause: Clause): number[] {
    const word = clause.words[0]!;
    const matches = this.vocabulary.match(word.key, word.key.length >= 3 ? 'prefix' : 'equal');
    const found = new Set<number>();
    for (const match of matches) {
      for (const form of this.vocabulary.formsOfKey[match.key]!) for (const section of this.#postings(form).sections) found.add(section);
      for (const document of this.#municipalityDocuments.get(match.key) ?? []) {
        const [from, to] = this.#documentSections[document]!;
        for (let section = from; section < to; section += 1) found.add(section);
      }
    }
    return [...found];
  }

  /** The words of a section's paragraphs, with offsets (for highlighting; cached). Needs its text. */
  paragraphTokens(section: number): Token[][] {
    const cached = this.#tokens.get(section);
    if (cached) return cached;
    const tokens = this.texts.section(section).p.map((paragraph) => tokenise(paragraph));
    if (this.#tokens.size >= TOKEN_CACHE_SIZE) this.#tokens.clear();
    this.#tokens.set(section, tokens);
    return tokens;
  }

  /** Every clause matched against the vocabulary and postings, and what the phrases need read (cached for the last text). */
  #planFor(text: string): Plan {
    if (this.#plan?.text === text) return this.#plan;
    const query = parseQuery(text, this.lexicon);
    const matched = query.clauses.map((clause): PlannedClause => {
      if (clause.kind === 'term') return { kind: 'term', evaluated: this.#term(clause) };
      // A phrase of one word is answered by the postings alone, as a word is.
      if (clause.words.length === 1) return { kind: 'term', evaluated: this.#singleWord(this.#sequenceCandidates(clause)) };
      return { kind: 'sequence', candidates: this.#sequenceCandidates(clause) };
    });
    const excluded = query.excluded.map((clause) =>
      clause.words.length === 1
        ? { kind: 'sections' as const, sections: this.#excludedWord(clause) }
        : { kind: 'sequence' as const, candidates: this.#sequenceCandidates(clause) },
    );
    const shards = new Set<string>();
    for (const clause of [...matched, ...excluded]) {
      if (clause.kind !== 'sequence' || clause.candidates.candidates.length === 0) continue;
      for (const matches of clause.candidates.wordMatches) for (const match of matches) shards.add(positionShard(this.vocabulary.keys[match.key]!));
    }
    return (this.#plan = { text, query, clauses: matched, excluded, shards: [...shards].sort() });
  }

  #postings(form: number): Postings {
    const cached = this.#postingCache[form];
    if (cached) return cached;
    return (this.#postingCache[form] = decodePostingArrays({ sections: this.#postingSections[form] ?? '', codes: this.#postingCodes[form] ?? '' }));
  }

  #keys(matches: readonly KeyMatch[]): Set<string> {
    return new Set(matches.map((match) => this.vocabulary.keys[match.key]!));
  }

  /** A free word: any form, compound or (failing those) typo, in text, heading or municipality. */
  #term(clause: Clause): ClauseScores {
    const word = clause.words[0]!;
    const matches = this.vocabulary.match(word.key, 'any');
    const best = new Float64Array(this.sections.length);
    const counts = new Uint32Array(this.sections.length);
    const touched: number[] = [];
    const note = (section: number, score: number, count: number) => {
      if (best[section] === 0) touched.push(section);
      if (score > best[section]!) best[section] = score;
      counts[section] = counts[section]! + count;
    };
    for (const match of matches) {
      let keyBest = 0;
      for (const form of this.vocabulary.formsOfKey[match.key]!) {
        const base = wordScore(match, this.vocabulary.forms[form]!, word.form);
        keyBest = Math.max(keyBest, base);
        const { sections, codes } = this.#postings(form);
        for (let index = 0; index < sections.length; index += 1) {
          const code = codes[index]!;
          note(sections[index]!, base + (code & 1 ? HEADING_BONUS : 0), code >> 1);
        }
      }
      for (const document of this.#municipalityDocuments.get(match.key) ?? []) {
        const [from, to] = this.#documentSections[document]!;
        for (let section = from; section < to; section += 1) note(section, keyBest, 0);
      }
    }
    for (const section of touched) best[section] = best[section]! + occurrenceBonus(counts[section]!);
    const fuzzy = matches.length > 0 && matches.every((match) => match.tier === 'fuzzy');
    const corrections = fuzzy ? [{ typed: word.form, usedInstead: this.#displayForms(matches.filter((match) => match.distance === 0)) }] : [];
    return {
      result: { clause, keys: [this.#keys(matches)], corrections, sectionCount: touched.length },
      scores: best,
      sections: touched,
    };
  }

  /** Words of the corpus close to `word` (for "did you mean"), in their most frequent spelling. */
  suggest(word: string, limit = 3): string[] {
    const key = this.vocabulary.keyIndex(word);
    const found = this.vocabulary.suggest(word, limit + 1).filter((candidate) => this.vocabulary.keyIndex(candidate) !== key);
    return this.#displayForms(found.slice(0, limit).map((candidate) => ({ key: this.vocabulary.keyIndex(candidate), tier: 'fuzzy' as const, errors: 0 })));
  }

  /** The most frequent spelling of each matched word, for "showing results for …". */
  #displayForms(matches: readonly KeyMatch[]): string[] {
    return matches.slice(0, 3).map((match) => {
      const forms = this.vocabulary.formsOfKey[match.key]!;
      const weight = (form: number) => this.#postings(form).codes.reduce((sum, code) => sum + Math.max(1, code >> 1), 0);
      return this.vocabulary.forms[forms.reduce((a, b) => (weight(b) > weight(a) ? b : a))]!;
    });
  }

  /** The sections holding every word of a phrase or compound somewhere (by the postings, without the text). */
  #sequenceCandidates(clause: Clause): SequenceCandidates {
    const last = clause.words.length - 1;
    // The word being typed may be the start of a longer one; after other words, as a free word
    // does, only from two letters on (`"beslutar o` is not every word starting with o).
    const open = (index: number) => index === last && clause.openEnd && (last === 0 || clause.words[index]!.key.length >= 2);
    const wordMatches = clause.words.map((word, index) => this.vocabulary.match(word.key, open(index) ? 'prefix' : 'equal'));
    const keys = wordMatches.map((matches) => this.#keys(matches));
    const candidates: number[] = [];
    if (wordMatches.some((matches) => matches.length === 0)) return { clause, wordMatches, keys, candidates };
    const wordsFound = new Uint8Array(this.sections.length);
    wordMatches.forEach((matches, wordIndex) => {
      for (const match of matches) {
        for (const form of this.vocabulary.formsOfKey[match.key]!) {
          for (const section of this.#postings(form).sections) {
            if (wordsFound[section] !== wordIndex) continue;
            wordsFound[section] = wordIndex + 1;
            if (wordIndex === last) candidates.push(section);
          }
        }
      }
    });
    return { clause, wordMatches, keys, candidates: candidates.sort((a, b) => a - b) };
  }

  /**
   * A quoted single word (`"vänort"`, or `"vän` while typing): the word itself or, open-ended, a word
   * starting with it, scored as a phrase is, from the postings (a heading counts as one occurrence).
   */
  #singleWord({ clause, wordMatches, keys, candidates }: SequenceCandidates): ClauseScores {
    const word = clause.words[0]!;
    const scores = new Float64Array(this.sections.length);
    const counts = new Uint32Array(this.sections.length);
    const { forms } = this.vocabulary;
    for (const match of wordMatches[0] ?? []) {
      const key = this.vocabulary.keys[match.key]!;
      for (const form of this.vocabulary.formsOfKey[match.key]!) {
        const base = forms[form] === word.form ? TIER_SCORE.exact : key === word.key ? TIER_SCORE.folded : TIER_SCORE.prefix;
        const { sections, codes } = this.#postings(form);
        for (let index = 0; index < sections.length; index += 1) {
          const section = sections[index]!;
          const code = codes[index]!;
          scores[section] = Math.max(scores[section]!, base + (code & 1 ? HEADING_BONUS : 0));
          counts[section] = counts[section]! + (code >> 1) + (code & 1);
        }
      }
    }
    for (const section of candidates) scores[section] = scores[section]! + occurrenceBonus(counts[section]!);
    return { result: { clause, keys, corrections: [], sectionCount: candidates.length }, scores, sections: candidates };
  }

  /** A word form's places (its shard must have been added), one list per section of its postings. */
  #placesOf(form: number): DecodedPositions {
    const cached = this.#places[form];
    if (cached) return cached;
    const word = this.vocabulary.forms[form]!;
    const shard = this.#shards.get(positionShard(this.vocabulary.keys[this.vocabulary.keyOfForm[form]!]!));
    if (!shard) throw new Error(`The positions of ${word} have not been fetched`);
    const postings = this.#postings(form);
    // A word only in municipality names has no postings, and no places.
    const encoded = Object.hasOwn(shard, word) ? shard[word]! : '';
    return (this.#places[form] = decodePositions(encoded, encoded === '' ? 0 : postings.sections.length));
  }

  /**
   * Words that must stand next to each other, in order, in one paragraph or heading: for each
   * section holding them all, where each word stands; a match is a place of the first word with
   * the second word one place on, and so on.
   */
  #checkSequence({ clause, wordMatches, keys, candidates }: SequenceCandidates): ClauseScores {
    const scores = new Float64Array(this.sections.length);
    const found: number[] = [];
    const words = clause.words;
    // For each word of the clause, the forms it matched and what each scores there.
    const wordForms = wordMatches.map((matches, index) =>
      matches.flatMap((match) => {
        const key = this.vocabulary.keys[match.key]!;
        return this.vocabulary.formsOfKey[match.key]!.map((form) => ({
          form,
          score: this.vocabulary.forms[form] === words[index]!.form ? TIER_SCORE.exact : key === words[index]!.key ? TIER_SCORE.folded : TIER_SCORE.prefix,
        }));
      }),
    );
    /** The places of `form` in `section` (position * 2 + inHeading, ascending), or none. */
    const placesIn = (form: number, section: number): Int32Array => {
      const sections = this.#postings(form).sections;
      const at = binarySearch(sections, section);
      if (at < 0) return EMPTY;
      const { offsets, codes } = this.#placesOf(form);
      return codes.subarray(offsets[at]!, offsets[at + 1]!);
    };
    for (const section of candidates) {
      // Position → best score of a form of word `index` standing there.
      const at = wordForms.map((forms) => {
        const byPosition = new Map<number, number>();
        for (const { form, score } of forms)
          for (const code of placesIn(form, section)) byPosition.set(code >> 1, Math.max(byPosition.get(code >> 1) ?? 0, score));
        return byPosition;
      });
      const inHeading = new Set<number>();
      for (const { form } of wordForms[0]!) for (const code of placesIn(form, section)) if (code & 1) inHeading.add(code >> 1);
      let best = 0;
      let count = 0;
      for (const [start, first] of at[0]!) {
        let score = first;
        for (let offset = 1; offset < at.length && score > 0; offset += 1) {
          const next = at[offset]!.get(start + offset);
          score = next === undefined ? 0 : score + next;
        }
        if (score === 0) continue;
        best = Math.max(best, score + (inHeading.has(start) ? HEADING_BONUS : 0));
        count += 1;
      }
      if (count === 0) continue;
      scores[section] = best + occurrenceBonus(count);
      found.push(section);
    }
    return { result: { clause, keys, corrections: [], sectionCount: found.length }, scores, sections: found };
  }
}

const EMPTY = new Int32Array(0);

/** The sections satisfying every clause of `list`, with the sum of their scores. */
function intersect(list: readonly ClauseScores[], size: number): { scores: Float64Array; sections: readonly number[] } {
  if (list.length === 1) return list[0]!;
  const [smallest, ...others] = [...list].sort((a, b) => a.sections.length - b.sections.length);
  const scores = new Float64Array(size);
  const sections: number[] = [];
  for (const section of smallest!.sections) {
    let total = smallest!.scores[section]!;
    for (const other of others) {
      const score = other.scores[section]!;
      if (score === 0) {
        total = 0;
        break;
      }
      total += score;
    }
    if (total === 0) continue;
    scores[section] = total;
    sections.push(section);
  }
  return { scores, sections };
}

const municipalityCollator = new Intl.Collator('sv');

/** Per document, the place of its municipality (by its URL key) among all, in Swedish order of name. */
function municipalityRanks(documents: readonly IndexedDocument[]): Int32Array {
  const names = new Map<string, string>();
  for (const document of documents) if (!names.has(document.municipalityKey)) names.set(document.municipalityKey, document.municipality ?? document.place);
  const order = [...names].sort((a, b) => municipalityCollator.compare(a[1], b[1]) || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
  const rank = new Map(order.map((key, index) => [key, index]));
  return Int32Array.from(documents, (document) => rank.get(document.municipalityKey)!);
}

/** The index of `value` in the ascending `list`, or -1. */
function binarySearch(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = list[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Load an index (as parsed from `/sok/index.json`) for searching, with the texts and positions at hand (all of them, in Node). */
export function createSearcher(data: SearchIndexData, texts: readonly SectionText[] = [], positions: readonly PositionShard[] = []): Searcher {
  const searcher = new Searcher(data);
  for (const shard of positions) searcher.addPositions(shard.shard, shard);
  const sectionOf = new Map(searcher.sections.map((section, index) => [`${data.documents[section.d]!.id}/${section.i}`, index]));
  for (const text of texts) {
    const section = sectionOf.get(`${text.d}/${text.i}`);
    if (section !== undefined) searcher.texts.add(section, text);
  }
  return searcher;
}
