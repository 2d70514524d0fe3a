/**
 * The search data as published, in three parts. Sizes at 300 documents decided the split: the text
 * is two thirds of the bytes, a page of results shows 20 sections (whose texts gzip to a third of
 * those of their 20 documents), and a phrase needs where its few words stand, not the text.
 *
 * - `/sok/index.json` (`SearchIndexData`): what matching and a list of hits need — the documents
 *   (municipality, title), the categories, each section's id, number, heading and category, the
 *   vocabulary and a postings list per word. Fetched once, when search is first used.
 * - `/sok/text/<document id>/<n>.json` (`SectionText`): the n-th section's paragraphs, for the
 *   snippets of a hit. Fetched only for the hits shown.
 * - `/sok/positioner/<shard>.json` (`PositionShard`, `positions.ts`): where in each section each
 *   word stands, for the words beginning with the same two letters. Fetched only for the words of
 *   a phrase or compound.
 *
 * Built once at build time (`build-index.ts`), read in a Web Worker (`searcher.ts`).
 */

import { NumberReader, writeCode, writeNumber } from './compact-numbers.ts';

/** Bumped whenever the shapes below change; the index and every other search file carry it. */
export const SEARCH_INDEX_VERSION = 5;

export interface IndexedDocument {
  readonly id: string;
  readonly municipality: string | null;
  /** Who issued it, as a hit names it (`X kommun`, `Xs läns landsting`, `Okänd kommun`). */
  readonly place: string;
  /** The municipality as a URL key (`upplands-vasby`), for `?kommun=`. */
  readonly municipalityKey: string;
  readonly title: string;
  /**
   * The categories of its sections, in reading order, one character each: the index in
   * `categories` in base 36 (`0`–`9`, `a`–`z`). The document's sections follow those of the
   * documents before it.
   */
  readonly sectionCategories: string;
  /** Its sections' ids (permalink anchors), in reading order. */
  readonly sectionIds: readonly string[];
  /** Its sections' numbers as the document gives them (`2.1`), or null. */
  readonly sectionNumbers: readonly (string | null)[];
  /** Its sections' headings as written, or null for the text before the first heading. */
  readonly sectionHeadings: readonly (string | null)[];
  /** The places (from 0) of its sections that belong to a cover letter before the document (`part: 'cover-letter'`); left out when none do. */
  readonly coverLetterSections?: readonly number[];
}

/** A theme of the taxonomy (`src/taxonomy/themes.ts`) that some section names. */
export interface IndexedTheme {
  /** The theme's id (`vanorter`). */
  readonly id: string;
  /** The sections that name it (`EncodedPostings.sections`); each posting's count is how often. */
  readonly sections: string;
  /** `EncodedPostings.codes` of those sections. */
  readonly codes: string;
  /**
   * The words that name it, most used first, one per stem (`vänort`, not also `vänorter`), each as
   * most often written (lower case where the text has it so): every one a search with hits.
   */
  readonly terms: readonly string[];
}

export interface IndexedCategory {
  /** The category key (`responsibility`). */
  readonly key: string;
  /** Its Swedish URL key (`ansvar`), for `?k=`. */
  readonly urlKey: string;
  /** Its Swedish label (`Ansvar`). */
  readonly label: string;
}

export interface SearchIndexData {
  readonly version: number;
  readonly documents: readonly IndexedDocument[];
  /** The categories that occur, in the taxonomy's order (at most 36). */
  readonly categories: readonly IndexedCategory[];
  /** Every distinct word form (lower case) of headings, text and municipality names, sorted. */
  readonly words: readonly string[];
  /** For `words[i]`, the sections of its postings (`EncodedPostings.sections`), sections numbered across documents. */
  readonly postingSections: readonly string[];
  /** For `words[i]`, the codes of its postings (`EncodedPostings.codes`). */
  readonly postingCodes: readonly string[];
  /** The themes that some section names, in the taxonomy's order. */
  readonly themes: readonly IndexedTheme[];
}

/** One section as the index knows it, numbered across documents (from its document's `section…` fields). */
export interface IndexedSection {
  /** Index of the document in `documents`. */
  readonly d: number;
  /** The section's place in its document (0 for the first). */
  readonly i: number;
  /** Index of the category in `categories`. */
  readonly c: number;
  /** The section id (permalink anchor). */
  readonly id: string;
  /** The document's own number for the heading (`2.1`), or null. */
  readonly n: string | null;
  /** The heading as written, or null for the text before the first heading. */
  readonly h: string | null;
  /** The section belongs to a cover letter (tjänsteskrivelse) before the document. */
  readonly cover: boolean;
}

/** Every section of the index, document by document, in reading order; throws if a document's lists disagree. */
export function indexedSections(documents: readonly IndexedDocument[]): IndexedSection[] {
  const sections: IndexedSection[] = [];
  documents.forEach((document, d) => {
    const count = document.sectionCategories.length;
    if (document.sectionIds.length !== count || document.sectionNumbers.length !== count || document.sectionHeadings.length !== count) {
      throw new Error(`Search index: the sections of ${document.id} disagree`);
    }
    const cover = new Set(document.coverLetterSections ?? []);
    for (let i = 0; i < count; i += 1) {
      sections.push({
        d,
        i,
        c: Number.parseInt(document.sectionCategories[i]!, 36),
        id: document.sectionIds[i]!,
        n: document.sectionNumbers[i]!,
        h: document.sectionHeadings[i]!,
        cover: cover.has(i),
      });
    }
  });
  return sections;
}

/** A section's category as stored in `IndexedDocument.sectionCategories`. */
export function encodeCategory(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 36) throw new Error(`Category index ${index} cannot be stored in one character`);
  return index.toString(36);
}

/** A section's text, for the snippets of a hit: `/sok/text/<d>/<i>.json`. */
export interface SectionText {
  readonly version: number;
  /** The document's id. */
  readonly d: string;
  /** The section's place in its document. */
  readonly i: number;
  /** The section's paragraphs and list items, as plain text. */
  readonly p: readonly string[];
  /**
   * The number of each of `p` on the document page (its anchor `<section id>-p<number>`,
   * src/lib/section-paragraphs.ts); empty when `p` is read from the section's plain text, as no
   * paragraph of the page is.
   */
  readonly n: readonly number[];
  /** The section's citation as its copy button on the document page has it, `{origin}` for the site's address. */
  readonly c: string;
}

/** One section a word occurs in. */
export interface Posting {
  readonly section: number;
  /** How often the word occurs in the section's text (0 if only in its heading). */
  readonly count: number;
  readonly inHeading: boolean;
}

/** Occurrences beyond this are not told apart (ranking counts at most 5 more; see `rank.ts`). */
export const MAX_ENCODED_COUNT = 31;

/** A word's postings as two short strings (`compact-numbers.ts`), kept apart so that gzip finds the section lists that repeat. */
export interface EncodedPostings {
  /** For each section, the difference from the section before (the first as is). */
  readonly sections: string;
  /** For each section, one character for `min(count, 31) * 2 + (inHeading ? 1 : 0)`. */
  readonly codes: string;
}

/**
 * Encode postings (in ascending section order) as short strings: a third of the size of the
 * numbers as JSON.
 */
export function encodePostings(postings: readonly Posting[]): EncodedPostings {
  let sections = '';
  let codes = '';
  let previous = 0;
  for (const posting of postings) {
    sections += writeNumber(posting.section - previous);
    codes += writeCode(Math.min(posting.count, MAX_ENCODED_COUNT) * 2 + (posting.inHeading ? 1 : 0));
    previous = posting.section;
  }
  return { sections, codes };
}

/** Decode postings into section indices and `count * 2 + inHeading` codes; throws on a malformed encoding. */
export function decodePostingArrays(encoded: EncodedPostings): { sections: Int32Array; codes: Int32Array } {
  const sectionReader = new NumberReader(encoded.sections);
  const codeReader = new NumberReader(encoded.codes);
  const sections = new Int32Array(encoded.codes.length);
  const codes = new Int32Array(encoded.codes.length);
  let section = 0;
  for (let posting = 0; posting < codes.length; posting += 1) {
    section += sectionReader.number();
    sections[posting] = section;
    codes[posting] = codeReader.code();
  }
  if (!sectionReader.done) throw new Error('Malformed postings: sections and codes disagree');
  return { sections, codes };
}

/** The inverse of `encodePostings` (counts above `MAX_ENCODED_COUNT` come back as it). */
export function decodePostings(encoded: EncodedPostings): Posting[] {
  const { sections, codes } = decodePostingArrays(encoded);
  return Array.from(sections, (section, index) => ({ section, count: codes[index]! >> 1, inHeading: (codes[index]! & 1) === 1 }));
}
