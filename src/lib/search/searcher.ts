/**
 * Searching the index: each clause of the query is matched against the vocabulary (never against
 * the text), its sections looked up in the postings, and only the sections satisfying every clause
 * are kept (AND) and ranked. Phrases and compounds need the text: their candidates are the
 * sections that hold all their words and every other clause's words too, and only those sections
 * are checked word by word, so only their texts need fetching (`textNeeded`). The same
 * code runs in Node (tests) and in the browser's search worker.
 */
import { decodePostingArrays, indexedSections, SEARCH_INDEX_VERSION, type IndexedCategory, type IndexedDocument, type IndexedSection, type SearchIndexData, type SectionText } from './index-data.ts';
import { parseQuery, type Clause, type ParsedQuery } from './query.ts';
import { SectionTexts } from './section-texts.ts';
import { compareHits, HEADING_BONUS, occurrenceBonus, TIER_SCORE, wordScore } from './rank.ts';
import { tokenise, type Token } from './text.ts';
import { Vocabulary, type KeyMatch } from './vocabulary.ts';

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
  /**
   * How many sections satisfy this clause: alone, for a word; for a phrase or compound in a query of
   * several clauses, only among the sections that also hold every other clause's words
   * (`countedTogether`), since only those are checked against their text.
   */
  readonly sectionCount: number;
  readonly countedTogether: boolean;
  /** How many sections hold all of the clause's words somewhere (for a word, its `sectionCount`). */
  readonly candidateCount: number;
}

export interface SearchHit {
  /** Index into the index's sections. */
  readonly section: number;
  readonly score: number;
}

export interface SearchOutcome {
  readonly query: ParsedQuery;
  readonly clauses: readonly ClauseResult[];
  /** Every section that satisfies every clause, best first, before any filter. */
  readonly hits: readonly SearchHit[];
}

/** A clause's score per section (0: not satisfied) and the sections that satisfy it. */
interface ClauseScores {
  readonly result: ClauseResult;
  readonly scores: Float64Array;
  readonly sections: readonly number[];
}

/** A phrase or compound before its text is read: the words it matched, and the sections holding all of them. */
interface SequenceCandidates {
  readonly clause: Clause;
  readonly wordMatches: readonly (readonly KeyMatch[])[];
  readonly keys: readonly ReadonlySet<string>[];
  /** Sections holding every word of the clause, ascending. */
  readonly candidates: readonly number[];
}

/** What a query needs before it can be answered: its words' sections, and the sections to read. */
interface Plan {
  readonly text: string;
  readonly query: ParsedQuery;
  readonly clauses: readonly ({ readonly kind: 'term'; readonly evaluated: ClauseScores } | { readonly kind: 'sequence'; readonly candidates: SequenceCandidates; readonly toCheck: readonly number[] })[];
  /** The sections whose text the phrases and compounds must be checked against. */
  readonly toRead: readonly number[];
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
  /** Per section, its heading's and paragraphs' words as form indices (for phrases), once needed. */
  readonly #sectionForms: ({ heading: Int32Array; paragraphs: Int32Array[] } | undefined)[];
  readonly #tokens = new Map<number, { heading: Token[]; paragraphs: Token[][] }>();
  #plan: Plan | undefined;

  constructor(data: SearchIndexData) {
    if (data.version !== SEARCH_INDEX_VERSION) throw new Error(`Search index version ${data.version}, expected ${SEARCH_INDEX_VERSION}`);
    if (data.postingSections.length !== data.words.length || data.postingCodes.length !== data.words.length) throw new Error('Search index: postings and words disagree');
    this.documents = data.documents;
    this.sections = indexedSections(data.documents);
    this.categories = data.categories;
    this.vocabulary = new Vocabulary(data.words);
    this.texts = new SectionTexts(data.documents, this.sections);
    this.#postingSections = data.postingSections;
    this.#postingCodes = data.postingCodes;
    this.#postingCache = new Array(data.words.length);
    this.#sectionForms = new Array(this.sections.length);
    data.words.forEach((form, index) => this.#formIndex.set(form, index));
    let from = 0;
    this.#documentSections = data.documents.map((document) => [from, (from += document.sections.length)]);
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

  /** The sections (ascending) whose text must be added to `texts` before `search(text)`. */
  textNeeded(text: string): number[] {
    return this.texts.missing(this.#planFor(text).toRead);
  }

  /** Search for `text` (as typed); never throws once the text it needs (`textNeeded`) is in. */
  search(text: string): SearchOutcome {
    const plan = this.#planFor(text);
    const { query } = plan;
    const together = plan.clauses.length > 1;
    const evaluated = plan.clauses.map((clause) => (clause.kind === 'term' ? clause.evaluated : this.#checkSequence(clause.candidates, clause.toCheck, together)));
    if (evaluated.length === 0) return { query, clauses: [], hits: [] };
    const [smallest, ...others] = [...evaluated].sort((a, b) => a.sections.length - b.sections.length);
    const hits: SearchHit[] = [];
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
      if (total > 0) hits.push({ section, score: total });
    }
    hits.sort(compareHits);
    return { query, clauses: evaluated.map((entry) => entry.result), hits };
  }

  /** The words of a section's heading and paragraphs, with offsets (for highlighting; cached). Needs its text. */
  sectionTokens(section: number): { heading: Token[]; paragraphs: Token[][] } {
    const cached = this.#tokens.get(section);
    if (cached) return cached;
    const record = this.texts.section(section);
    const tokens = { heading: tokenise(record.h ?? ''), paragraphs: record.p.map((paragraph) => tokenise(paragraph)) };
    if (this.#tokens.size >= TOKEN_CACHE_SIZE) this.#tokens.clear();
    this.#tokens.set(section, tokens);
    return tokens;
  }

  /** Every clause matched against the vocabulary and postings, and what the phrases need read (cached for the last text). */
  #planFor(text: string): Plan {
    if (this.#plan?.text === text) return this.#plan;
    const query = parseQuery(text);
    const matched = query.clauses.map((clause) => (clause.kind === 'term' ? { kind: 'term' as const, evaluated: this.#term(clause) } : { kind: 'sequence' as const, candidates: this.#sequenceCandidates(clause) }));
    // A section can be a hit only if it holds every clause's words: only there are phrases checked.
    const clausesHolding = new Uint8Array(this.sections.length);
    for (const clause of matched) for (const section of clause.kind === 'term' ? clause.evaluated.sections : clause.candidates.candidates) clausesHolding[section] = clausesHolding[section]! + 1;
    const toRead = new Set<number>();
    const clauses = matched.map((clause) => {
      if (clause.kind === 'term') return clause;
      const toCheck = clause.candidates.candidates.filter((section) => clausesHolding[section] === matched.length);
      for (const section of toCheck) toRead.add(section);
      return { ...clause, toCheck };
    });
    return (this.#plan = { text, query, clauses, toRead: [...toRead] });
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
      result: { clause, keys: [this.#keys(matches)], corrections, sectionCount: touched.length, countedTogether: false, candidateCount: touched.length },
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

  /** The words of a section as form indices, heading and paragraphs apart (cached). Needs its text. */
  #forms(section: number): { heading: Int32Array; paragraphs: Int32Array[] } {
    const cached = this.#sectionForms[section];
    if (cached) return cached;
    const record = this.texts.section(section);
    const toForms = (text: string) => Int32Array.from(tokenise(text), (token) => this.#formIndex.get(token.form) ?? -1);
    return (this.#sectionForms[section] = { heading: toForms(record.h ?? ''), paragraphs: record.p.map(toForms) });
  }

  /** The sections holding every word of a phrase or compound somewhere (by the postings, without the text). */
  #sequenceCandidates(clause: Clause): SequenceCandidates {
    const last = clause.words.length - 1;
    const wordMatches = clause.words.map((word, index) => this.vocabulary.match(word.key, index === last && clause.openEnd ? 'prefix' : 'equal'));
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

  /** Words that must stand next to each other, in order, in one paragraph or heading: checked in `toCheck`. */
  #checkSequence({ clause, wordMatches, keys, candidates }: SequenceCandidates, toCheck: readonly number[], together: boolean): ClauseScores {
    const scores = new Float64Array(this.sections.length);
    const found: number[] = [];
    const keySets = wordMatches.map((matches) => new Set(matches.map((match) => match.key)));
    const words = clause.words;
    const { forms, keyOfForm } = this.vocabulary;
    const sequenceScore = (list: Int32Array, start: number) => {
      let score = 0;
      for (let offset = 0; offset < words.length; offset += 1) {
        const form = list[start + offset]!;
        if (form < 0 || !keySets[offset]!.has(keyOfForm[form]!)) return 0;
        const word = words[offset]!;
        score += forms[form] === word.form ? TIER_SCORE.exact : this.vocabulary.keys[keyOfForm[form]!] === word.key ? TIER_SCORE.folded : TIER_SCORE.prefix;
      }
      return score;
    };
    for (const section of toCheck) {
      const { heading, paragraphs } = this.#forms(section);
      let best = 0;
      let count = 0;
      const check = (list: Int32Array, bonus: number) => {
        for (let start = 0; start + words.length <= list.length; start += 1) {
          const score = sequenceScore(list, start);
          if (score === 0) continue;
          best = Math.max(best, score + bonus);
          count += 1;
        }
      };
      check(heading, HEADING_BONUS);
      for (const paragraph of paragraphs) check(paragraph, 0);
      if (count === 0) continue;
      scores[section] = best + occurrenceBonus(count);
      found.push(section);
    }
    return { result: { clause, keys, corrections: [], sectionCount: found.length, countedTogether: together, candidateCount: candidates.length }, scores, sections: found };
  }
}

/** Load an index (as parsed from `/sok/index.json`) for searching, with the texts at hand (all of them, in Node). */
export function createSearcher(data: SearchIndexData, texts: readonly SectionText[] = []): Searcher {
  const searcher = new Searcher(data);
  const sectionOf = new Map(searcher.sections.map((section, index) => [`${data.documents[section.d]!.id}/${section.i}`, index]));
  for (const text of texts) {
    const section = sectionOf.get(`${text.d}/${text.i}`);
    if (section !== undefined) searcher.texts.add(section, text);
  }
  return searcher;
}
