/**
 * Searching the index: each clause of the query is matched against the vocabulary (never against
 * the text), its sections looked up in the postings, and only the sections satisfying every clause
 * are kept (AND) and ranked. Phrases and compounds are then checked word by word, only in the
 * sections that hold all their words. The same code runs in Node (tests) and in the browser.
 */
import { SEARCH_INDEX_VERSION, type IndexedCategory, type IndexedDocument, type IndexedSection, type SearchIndexData } from './index-data.ts';
import { parseQuery, type Clause, type ParsedQuery } from './query.ts';
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
  /** How many sections satisfy this clause alone. */
  readonly sectionCount: number;
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
  readonly #encoded: readonly (readonly number[])[];
  readonly #postingCache: (Postings | undefined)[];
  readonly #formIndex = new Map<string, number>();
  /** Folded key index → documents whose municipality name has that word. */
  readonly #municipalityDocuments = new Map<number, number[]>();
  /** Per document, its sections as a range [from, to). */
  readonly #documentSections: [number, number][];
  /** Per section, its heading's and paragraphs' words as form indices (for phrases), once needed. */
  readonly #sectionForms: ({ heading: Int32Array; paragraphs: Int32Array[] } | undefined)[];
  readonly #tokens = new Map<number, { heading: Token[]; paragraphs: Token[][] }>();

  constructor(data: SearchIndexData) {
    if (data.version !== SEARCH_INDEX_VERSION) throw new Error(`Search index version ${data.version}, expected ${SEARCH_INDEX_VERSION}`);
    this.documents = data.documents;
    this.sections = data.sections;
    this.categories = data.categories;
    this.vocabulary = new Vocabulary(data.words);
    this.#encoded = data.postings;
    this.#postingCache = new Array(data.words.length);
    this.#sectionForms = new Array(data.sections.length);
    data.words.forEach((form, index) => this.#formIndex.set(form, index));
    this.#documentSections = data.documents.map(() => [0, 0]);
    for (let index = data.sections.length - 1; index >= 0; index -= 1) {
      const range = this.#documentSections[data.sections[index]!.d];
      if (!range) continue;
      if (range[1] === 0) range[1] = index + 1;
      range[0] = index;
    }
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

  /** Search for `text` (as typed); never throws. */
  search(text: string): SearchOutcome {
    const query = parseQuery(text);
    const evaluated = query.clauses.map((clause) => (clause.kind === 'term' ? this.#term(clause) : this.#sequence(clause)));
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

  /** The words of a section's heading and paragraphs, with offsets (for highlighting; cached). */
  sectionTokens(section: number): { heading: Token[]; paragraphs: Token[][] } {
    const cached = this.#tokens.get(section);
    if (cached) return cached;
    const record = this.sections[section]!;
    const tokens = { heading: tokenise(record.h ?? ''), paragraphs: record.p.map((paragraph) => tokenise(paragraph)) };
    if (this.#tokens.size >= TOKEN_CACHE_SIZE) this.#tokens.clear();
    this.#tokens.set(section, tokens);
    return tokens;
  }

  #postings(form: number): Postings {
    const cached = this.#postingCache[form];
    if (cached) return cached;
    const encoded = this.#encoded[form] ?? [];
    const sections = new Int32Array(encoded.length >> 1);
    const codes = new Int32Array(encoded.length >> 1);
    let section = 0;
    for (let index = 0; index < sections.length; index += 1) {
      section += encoded[2 * index]!;
      sections[index] = section;
      codes[index] = encoded[2 * index + 1]!;
    }
    return (this.#postingCache[form] = { sections, codes });
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
    return { result: { clause, keys: [this.#keys(matches)], corrections, sectionCount: touched.length }, scores: best, sections: touched };
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

  /** The words of a section as form indices, heading and paragraphs apart (cached). */
  #forms(section: number): { heading: Int32Array; paragraphs: Int32Array[] } {
    const cached = this.#sectionForms[section];
    if (cached) return cached;
    const record = this.sections[section]!;
    const toForms = (text: string) => Int32Array.from(tokenise(text), (token) => this.#formIndex.get(token.form) ?? -1);
    return (this.#sectionForms[section] = { heading: toForms(record.h ?? ''), paragraphs: record.p.map(toForms) });
  }

  /** Words that must stand next to each other, in order, in one paragraph or heading. */
  #sequence(clause: Clause): ClauseScores {
    const last = clause.words.length - 1;
    const wordMatches = clause.words.map((word, index) => this.vocabulary.match(word.key, index === last && clause.openEnd ? 'prefix' : 'equal'));
    const keys = wordMatches.map((matches) => this.#keys(matches));
    const scores = new Float64Array(this.sections.length);
    const found: number[] = [];
    const result = (): ClauseScores => ({ result: { clause, keys, corrections: [], sectionCount: found.length }, scores, sections: found });
    if (wordMatches.some((matches) => matches.length === 0)) return result();

    // Sections holding every word somewhere: count, per section, the words found in it.
    const wordsFound = new Uint8Array(this.sections.length);
    const candidates: number[] = [];
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
    for (const section of candidates) {
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
    return result();
  }
}

/** Load an index (as parsed from `/sok/index.json`) for searching. */
export function createSearcher(data: SearchIndexData): Searcher {
  return new Searcher(data);
}
