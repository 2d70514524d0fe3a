/**
 * The search index as published at `/sok/index.json`: the sections to show (their text split into
 * paragraphs), the vocabulary of the corpus and, for every word, a postings list of the sections
 * it occurs in. Built once at build time (`build-index.ts`), read in the browser (`searcher.ts`).
 */

/** Bumped whenever the shape below changes. */
export const SEARCH_INDEX_VERSION = 1;

export interface IndexedDocument {
  readonly id: string;
  readonly municipality: string | null;
  /** The municipality as a URL key (`upplands-vasby`), for `?kommun=`. */
  readonly municipalityKey: string;
  readonly title: string;
}

export interface IndexedCategory {
  /** The category key (`responsibility`). */
  readonly key: string;
  /** Its Swedish URL key (`ansvar`), for `?k=`. */
  readonly urlKey: string;
  /** Its Swedish label (`Ansvar`). */
  readonly label: string;
}

/** One section of one document. Short field names: there are thousands of them. */
export interface IndexedSection {
  /** Index of the document in `documents`. */
  readonly d: number;
  /** The section id (permalink anchor). */
  readonly id: string;
  /** The document's own number for the heading (`2.1`), or null. */
  readonly n: string | null;
  /** The heading as written, or null for the text before the first heading. */
  readonly h: string | null;
  /** The category key. */
  readonly c: string;
  /** The section's paragraphs and list items, as plain text. */
  readonly p: readonly string[];
}

export interface SearchIndexData {
  readonly version: number;
  readonly documents: readonly IndexedDocument[];
  /** The categories that occur, in the taxonomy's order. */
  readonly categories: readonly IndexedCategory[];
  /** Sections, document by document, in reading order. */
  readonly sections: readonly IndexedSection[];
  /** Every distinct word form (lower case) of headings, text and municipality names, sorted. */
  readonly words: readonly string[];
  /** For `words[i]`, its postings, encoded by `encodePostings`. */
  readonly postings: readonly (readonly number[])[];
}

/** One section a word occurs in. */
export interface Posting {
  readonly section: number;
  /** How often the word occurs in the section's text (0 if only in its heading). */
  readonly count: number;
  readonly inHeading: boolean;
}

/**
 * Postings as a flat list of number pairs: the section index (the first as is, the others as the
 * difference from the one before, so the numbers stay small) and `count * 2 + (inHeading ? 1 : 0)`.
 * Postings must be in ascending section order.
 */
export function encodePostings(postings: readonly Posting[]): number[] {
  const encoded: number[] = [];
  let previous = 0;
  for (const posting of postings) {
    encoded.push(posting.section - previous, posting.count * 2 + (posting.inHeading ? 1 : 0));
    previous = posting.section;
  }
  return encoded;
}

/** The inverse of `encodePostings`. */
export function decodePostings(encoded: readonly number[]): Posting[] {
  const postings: Posting[] = [];
  let section = 0;
  for (let index = 0; index + 1 < encoded.length; index += 2) {
    section += encoded[index]!;
    const code = encoded[index + 1]!;
    postings.push({ section, count: Math.floor(code / 2), inHeading: code % 2 === 1 });
  }
  return postings;
}
