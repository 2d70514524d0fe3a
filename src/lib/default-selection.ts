/**
 * Which documents the comparison shows before a reader picks any. With at most `size` documents,
 * all of them, in the order given (the site's: Swedish order of municipality). With more, a
 * handful a reader can actually compare: the most recently decided documents — what
 * municipalities write now — at most one per county (län), so that the handful spans the country;
 * if there are fewer counties than places, the next most recent fill up. Newest first; documents
 * without a decision date come last, in the order given.
 */
import type { PolicyDocument } from '../schema/policy-document.ts';
import { newestFirst } from './format.ts';

/** How many columns the comparison shows by default. */
export const DEFAULT_COLUMN_COUNT = 5;

type Candidate = Pick<PolicyDocument, 'id' | 'county'> & { adopted: Pick<PolicyDocument['adopted'], 'date'> };

/** The ids of the default columns, in column order. */
export function defaultDocumentIds(documents: readonly Candidate[], size = DEFAULT_COLUMN_COUNT): string[] {
  if (documents.length <= size) return documents.map((document) => document.id);
  const newest = documents
    .map((document, index) => ({ document, index }))
    .sort((a, b) => newestFirst(a.document.adopted.date, b.document.adopted.date) || a.index - b.index)
    .map(({ document }) => document);
  const picked: Candidate[] = [];
  const counties = new Set<string>();
  for (const document of newest) {
    if (picked.length === size) break;
    if (document.county !== null && counties.has(document.county)) continue;
    picked.push(document);
    if (document.county !== null) counties.add(document.county);
  }
  for (const document of newest) {
    if (picked.length === size) break;
    if (!picked.includes(document)) picked.push(document);
  }
  // Keep newest-first order, also for the ones that filled up.
  return newest.filter((document) => picked.includes(document)).map((document) => document.id);
}

/** The sentence that says which documents are shown by default and why, for the page. */
export function defaultSelectionNote(total: number, size = DEFAULT_COLUMN_COUNT): string {
  if (total <= size) return `Alla ${total} dokument visas.`;
  return `Utan eget urval visas de ${NUMBER_WORDS[size] ?? size} senast beslutade dokumenten, högst ett per län, det nyaste först.`;
}

const NUMBER_WORDS: Record<number, string> = { 2: 'två', 3: 'tre', 4: 'fyra', 5: 'fem', 6: 'sex', 7: 'sju', 8: 'åtta', 9: 'nio', 10: 'tio' };

/** The default handful as documents, in column order (see `defaultDocumentIds`). */
export function defaultDocuments<T extends Candidate>(documents: readonly T[], size = DEFAULT_COLUMN_COUNT): T[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  return defaultDocumentIds(documents, size).map((id) => byId.get(id)!);
}
