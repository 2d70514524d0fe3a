/**
 * The comparison's build-time data, computed once per build from every document and shared by
 * the page, the column fragments and the catalogue: rows, labels, the default handful.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import type { CatalogEntry } from './catalog.ts';
import { catalogEntry } from './catalog-entry.ts';
import { compareRows, type CompareRowInfo } from './comparison.ts';
import { defaultDocumentIds } from '../../lib/default-selection.ts';
import { columnLabels } from '../../lib/document-labels.ts';
import { routes } from '../../lib/routes.ts';

export interface CompareSiteData {
  documents: readonly PolicyDocument[];
  rows: CompareRowInfo[];
  /** Document id → column label. */
  labels: Map<string, string>;
  /** The default columns' ids, in order. */
  defaultIds: string[];
  /** Every document's catalogue entry, in the documents' order. */
  catalog: CatalogEntry[];
}

const cache = new WeakMap<readonly PolicyDocument[], CompareSiteData>();

/** The comparison's data for `documents` (computed once per array). */
export function compareSiteData(documents: readonly PolicyDocument[]): CompareSiteData {
  const known = cache.get(documents);
  if (known) return known;
  const labels = columnLabels(documents);
  const data = {
    documents,
    rows: compareRows(documents),
    labels,
    defaultIds: defaultDocumentIds(documents),
    catalog: documents.map((document) => catalogEntry(document, labels.get(document.id)!)),
  };
  cache.set(documents, data);
  return data;
}

/** Where the column of document `id` is built; `FRAGMENT_BASE` + id + `.html`. */
export const FRAGMENT_BASE = routes.compareFragments();

/** Where the catalogue of every document is built. */
export const CATALOG_URL = routes.compareCatalogData();

/** The fragments' Content-Security-Policy: they load nothing and run nothing. */
export const FRAGMENT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";
