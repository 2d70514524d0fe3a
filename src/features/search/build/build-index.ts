/**
 * Build the search data from the parsed documents, at build time: the index (`/sok/index.json`:
 * the documents and their sections, the corpus' vocabulary and a postings list per
 * word), each section's text (`/sok/text/<id>/<n>.json`: its paragraphs) and where each
 * word stands (`/sok/positioner/<shard>.json`). All three see a section's words through
 * `forEachWord`, so they agree.
 */
import type { PolicyDocument, Section } from '../../../schema/policy-document.ts';
import { CATEGORIES } from '../../../taxonomy/categories.ts';
import { municipalityKey } from '../../../taxonomy/identity.ts';
import {
  encodeCategory,
  encodePostings,
  SEARCH_INDEX_VERSION,
  type IndexedDocument,
  type IndexedTheme,
  type Posting,
  type SearchIndexData,
  type SectionText,
} from '../index-data.ts';
import { encodePositions, positionShard, type PositionShard, type WordPlace } from '../positions.ts';
import { fold, tokenise } from '../text.ts';
import { displayHeading } from '../../../lib/document-outline.ts';
import { issuerPlace } from '../../../lib/issuer.ts';
import { numberedParagraphs } from '../../../lib/section-paragraphs.ts';
import { sectionCitation } from '../../../lib/section-citation.ts';
import { distinctTerms, themeOccurrences } from './theme-occurrences.ts';

/** Most words kept per theme in the index (offered when a search finds nothing). */
export const THEME_TERMS_KEPT = 8;

/** A section's paragraphs and list items, each as plain text (together they make `section.text`). */
export function sectionParagraphs(section: Pick<Section, 'blocks' | 'text'>): string[] {
  return [...sectionParagraphTexts(section).p];
}

/**
 * A section's paragraphs and list items that have text, each as plain text, and their numbers on
 * the document page; a section with text but no paragraphs gives its lines, without numbers.
 */
function sectionParagraphTexts(section: Pick<Section, 'blocks' | 'text'>): Pick<SectionText, 'p' | 'n'> {
  const kept = numberedParagraphs(section.blocks).filter((paragraph) => paragraph.text.trim() !== '');
  if (kept.length === 0 && section.text.trim() !== '') return { p: section.text.split('\n').filter((line) => line.trim() !== ''), n: [] };
  return { p: kept.map((paragraph) => paragraph.text), n: kept.map((paragraph) => paragraph.number) };
}

/**
 * Each word of a section, in reading order: the heading's, then each paragraph's, with its place
 * (numbered from 0, one number skipped after the heading and after each paragraph).
 */
export function forEachWord(section: Pick<Section, 'heading' | 'blocks' | 'text'>, visit: (form: string, place: WordPlace) => void): void {
  let position = 0;
  const read = (text: string, inHeading: boolean) => {
    for (const token of tokenise(text)) visit(token.form, { position: position++, inHeading });
    position += 1;
  };
  read(section.heading ?? '', true);
  for (const paragraph of sectionParagraphs(section)) read(paragraph, false);
}

/** Build the index of `documents`, kept in the order given. */
export function buildSearchIndex(documents: readonly PolicyDocument[]): SearchIndexData {
  const used = new Set(documents.flatMap((document) => document.sections.map((section) => section.category)));
  const categories = CATEGORIES.filter((category) => used.has(category.key)).map(({ key, urlKey, label }) => ({ key, urlKey, label }));
  const categoryCode = new Map(categories.map((category, index) => [category.key, encodeCategory(index)]));
  const indexedDocuments: IndexedDocument[] = documents.map((document) => ({
    id: document.id,
    municipality: document.municipality,
    place: issuerPlace(document),
    municipalityKey: municipalityKey(document),
    title: document.title,
    sectionCategories: document.sections.map((section) => categoryCode.get(section.category)!).join(''),
    sectionIds: document.sections.map((section) => section.id),
    sectionNumbers: document.sections.map((section) => section.number),
    // The name a hit is shown under: the heading, or an untitled section's first words (the front matter's name is the page's).
    sectionHeadings: document.sections.map((section) => section.heading ?? (section.category === 'front-matter' ? null : displayHeading(section))),
    ...coverLetterSections(document),
  }));

  let sectionCount = 0;
  /** word form → section index → [count in text, in heading] */
  const occurrences = new Map<string, Map<number, [number, boolean]>>();
  const note = (form: string, section: number, inHeading: boolean) => {
    let bySection = occurrences.get(form);
    if (!bySection) occurrences.set(form, (bySection = new Map()));
    const entry = bySection.get(section) ?? [0, false];
    if (inHeading) entry[1] = true;
    else entry[0] += 1;
    bySection.set(section, entry);
  };
  const words = new Set<string>();

  for (const document of documents) {
    if (document.municipality) for (const token of tokenise(document.municipality)) words.add(token.form);
    for (const section of document.sections) {
      const index = sectionCount++;
      forEachWord(section, (form, place) => note(form, index, place.inHeading));
    }
  }

  for (const form of occurrences.keys()) words.add(form);
  const sortedWords = [...words].sort();
  const postings = sortedWords.map((form) => {
    const bySection = occurrences.get(form);
    const list: Posting[] = [...(bySection ?? [])].sort(([a], [b]) => a - b).map(([section, [count, inHeading]]) => ({ section, count, inHeading }));
    return encodePostings(list);
  });

  return {
    version: SEARCH_INDEX_VERSION,
    documents: indexedDocuments,
    categories,
    words: sortedWords,
    postingSections: postings.map((encoded) => encoded.sections),
    postingCodes: postings.map((encoded) => encoded.codes),
    themes: indexedThemes(documents, words),
  };
}

/** `{ coverLetterSections }` for a document with a cover letter, nothing for one without (most). */
function coverLetterSections(document: PolicyDocument): Pick<IndexedDocument, 'coverLetterSections'> {
  const places = document.sections.flatMap((section, place) => (section.part === 'cover-letter' ? [place] : []));
  return places.length > 0 ? { coverLetterSections: places } : {};
}

/** The themes some section names: the sections, and the words to offer (each of whose words is in `words`, so a search for it has hits). */
function indexedThemes(documents: readonly PolicyDocument[], words: ReadonlySet<string>): IndexedTheme[] {
  const searchable = (term: string) => tokenise(term).every((token) => words.has(token.form));
  return themeOccurrences(documents)
    .filter((theme) => theme.postings.length > 0)
    .map((theme) => ({ id: theme.id, ...encodePostings(theme.postings), terms: distinctTerms(theme.terms, searchable, THEME_TERMS_KEPT) }));
}

/** The texts of a document's sections, for snippets, in the index's order. */
export function buildSectionTexts(document: PolicyDocument): SectionText[] {
  return document.sections.map((section, position) => ({
    version: SEARCH_INDEX_VERSION,
    d: document.id,
    i: position,
    ...sectionParagraphTexts(section),
    c: sectionCitation(document, section),
  }));
}

/** Where each word of `documents` stands, in shards by the first two letters of its folded form (`positions.ts`). */
export function buildPositionShards(documents: readonly PolicyDocument[]): PositionShard[] {
  /** word form → its places, a list per section it occurs in, in reading order (as its postings) */
  const places = new Map<string, WordPlace[][]>();
  for (const document of documents) {
    for (const section of document.sections) {
      const here = new Map<string, WordPlace[]>();
      forEachWord(section, (form, place) => {
        const list = here.get(form);
        if (list) list.push(place);
        else here.set(form, [place]);
      });
      for (const [form, list] of here) {
        const bySection = places.get(form);
        if (bySection) bySection.push(list);
        else places.set(form, [list]);
      }
    }
  }
  const shards = new Map<string, Record<string, string>>();
  for (const form of [...places.keys()].sort()) {
    const shard = positionShard(fold(form));
    const words = shards.get(shard) ?? {};
    words[form] = encodePositions(places.get(form)!);
    shards.set(shard, words);
  }
  return [...shards].sort(([a], [b]) => (a < b ? -1 : 1)).map(([shard, words]) => ({ version: SEARCH_INDEX_VERSION, shard, words }));
}

const indexes = new WeakMap<readonly PolicyDocument[], SearchIndexData>();
const shardLists = new WeakMap<readonly PolicyDocument[], PositionShard[]>();

/** `buildSearchIndex(documents)`, built once per list (the index file and the example searches both need it). */
export function searchIndexFor(documents: readonly PolicyDocument[]): SearchIndexData {
  let index = indexes.get(documents);
  if (!index) indexes.set(documents, (index = buildSearchIndex(documents)));
  return index;
}

/** `buildPositionShards(documents)`, built once per list. */
export function positionShardsFor(documents: readonly PolicyDocument[]): PositionShard[] {
  let shards = shardLists.get(documents);
  if (!shards) shardLists.set(documents, (shards = buildPositionShards(documents)));
  return shards;
}
