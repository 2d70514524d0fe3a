/**
 * Build the search index from the parsed documents (at build time, for `/sok/index.json`): one
 * record per section with its paragraphs, the corpus' vocabulary and a postings list per word.
 */
import type { PolicyDocument, Section } from '../../schema/policy-document.ts';
import { CATEGORIES } from '../../taxonomy/categories.ts';
import { slugify } from '../../taxonomy/municipalities.ts';
import { encodePostings, SEARCH_INDEX_VERSION, type IndexedDocument, type IndexedSection, type Posting, type SearchIndexData } from './index-data.ts';
import { tokenise } from './text.ts';

/** A section's paragraphs and list items, each as plain text (together they make `section.text`). */
export function sectionParagraphs(section: Pick<Section, 'blocks' | 'text'>): string[] {
  const paragraphs: string[] = [];
  for (const block of section.blocks) {
    if (block.type === 'paragraph') paragraphs.push(block.phrases.map((phrase) => phrase.text).join(''));
    else for (const item of block.items) paragraphs.push(item.phrases.map((phrase) => phrase.text).join(''));
  }
  const kept = paragraphs.filter((paragraph) => paragraph.trim() !== '');
  if (kept.length === 0 && section.text.trim() !== '') return section.text.split('\n').filter((line) => line.trim() !== '');
  return kept;
}

/** The URL key of a document's municipality (`?kommun=`), or of the document itself when it has none. */
export function municipalityKey(document: Pick<PolicyDocument, 'id' | 'municipality'>): string {
  return (document.municipality && slugify(document.municipality)) || document.id;
}

/** Build the index of `documents`, kept in the order given. */
export function buildSearchIndex(documents: readonly PolicyDocument[]): SearchIndexData {
  const indexedDocuments: IndexedDocument[] = documents.map((document) => ({
    id: document.id,
    municipality: document.municipality,
    municipalityKey: municipalityKey(document),
    title: document.title,
  }));
  const sections: IndexedSection[] = [];
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

  documents.forEach((document, documentIndex) => {
    if (document.municipality) for (const token of tokenise(document.municipality)) words.add(token.form);
    for (const section of document.sections) {
      const index = sections.length;
      const paragraphs = sectionParagraphs(section);
      sections.push({ d: documentIndex, id: section.id, n: section.number, h: section.heading, c: section.category, p: paragraphs });
      if (section.heading) for (const token of tokenise(section.heading)) note(token.form, index, true);
      for (const paragraph of paragraphs) for (const token of tokenise(paragraph)) note(token.form, index, false);
    }
  });

  for (const form of occurrences.keys()) words.add(form);
  const sortedWords = [...words].sort();
  const postings = sortedWords.map((form) => {
    const bySection = occurrences.get(form);
    if (!bySection) return [];
    const list: Posting[] = [...bySection]
      .sort(([a], [b]) => a - b)
      .map(([section, [count, inHeading]]) => ({ section, count, inHeading }));
    return encodePostings(list);
  });

  const used = new Set(sections.map((section) => section.c));
  const categories = CATEGORIES.filter((category) => used.has(category.key)).map(({ key, urlKey, label }) => ({ key, urlKey, label }));

  return { version: SEARCH_INDEX_VERSION, documents: indexedDocuments, categories, sections, words: sortedWords, postings };
}
