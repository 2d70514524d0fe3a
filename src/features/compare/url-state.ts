/**
 * The comparison's view in the address: `?d=hylte,tyreso` picks and orders the columns (read as on
 * every page that picks documents, lib/document-selection.ts), `?k=ansvar,uppfoljning` picks the
 * rows. Pure, with no site imports but that module, so that the page's script can use it with what
 * it reads from the table.
 */
import { documentsParam, documentValues, requestedDocuments } from '../../lib/document-selection.ts';

/** What the table offers: its documents, its categories in row order, and what shows by default. */
export interface CompareOptions {
  /** Every document the view may name (those in the page, and those fetched since). */
  documentIds: readonly string[];
  /** The columns shown when the address names none, in order; all of `documentIds` when not given. */
  defaultDocuments?: readonly string[];
  /** Each row's `?k=` key and its English key (also accepted in the address). */
  categories: readonly { urlKey: string; key: string }[];
  /** The `?k=` keys shown when the address names none. */
  defaultCategories: readonly string[];
}

export interface CompareView {
  /** Document ids, in column order. */
  documents: string[];
  /** Category `?k=` keys, in row order. */
  categories: string[];
}

export interface ParsedCompareView extends CompareView {
  /** Values in `?d=` that name no document, as written, each once. */
  unknownDocuments: string[];
  /** Values in `?k=` that name no row, as written, each once. */
  unknownCategories: string[];
}

/** The default view: the default documents (every document when none are given), the default rows. */
export function defaultView(options: CompareOptions): CompareView {
  return { documents: [...(options.defaultDocuments ?? options.documentIds)], categories: rowOrder(options.defaultCategories, options) };
}

/** A document id as the site makes them; only such values in `?d=` are worth asking the server for. */
export const DOCUMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * The documents `?d=` names, as `parseCompareView` reads them (lower case, each once), that are
 * not in `known` but could be documents: those whose columns the page has to fetch.
 */
export function missingDocuments(search: string, known: readonly string[]): string[] {
  return requestedDocuments(search).filter((id) => !known.includes(id) && DOCUMENT_ID.test(id));
}

/**
 * Read `?d=` and `?k=` from a query string (`?d=tyreso,hylte&k=ansvar`, or `?d=tyreso&d=hylte` as
 * the picker's form sends it). Values are comma-separated, case-insensitive and may repeat the parameter; duplicates are dropped, unknown
 * values reported. Documents keep the address's order, rows keep the table's. A parameter that
 * names nothing known falls back to the default.
 */
export function parseCompareView(search: string, options: CompareOptions): ParsedCompareView {
  const params = new URLSearchParams(search);
  const fallback = defaultView(options);
  const documents = pick(documentValues(params), (value) => options.documentIds.find((id) => id === value));
  const categories = pick(values(params, 'k'), (value) => options.categories.find((category) => category.urlKey === value || category.key === value)?.urlKey);
  return {
    documents: documents.known.length > 0 ? documents.known : fallback.documents,
    categories: categories.known.length > 0 ? rowOrder(categories.known, options) : fallback.categories,
    unknownDocuments: documents.unknown,
    unknownCategories: categories.unknown,
  };
}

/** The query string for a view (`?d=tyreso,hylte&k=ansvar`); parts equal to the default are left out, so the default view is `''`. */
export function compareQuery(view: CompareView, options: CompareOptions): string {
  const fallback = defaultView(options);
  const parts: string[] = [];
  if (view.documents.join(',') !== fallback.documents.join(',')) parts.push(documentsParam(view.documents));
  const categories = rowOrder(view.categories, options);
  if (categories.join(',') !== fallback.categories.join(',')) parts.push(`k=${categories.map(encodeURIComponent).join(',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function values(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function pick(raw: readonly string[], resolve: (value: string) => string | undefined): { known: string[]; unknown: string[] } {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const value of raw) {
    const resolved = resolve(value.toLowerCase());
    if (resolved === undefined) {
      if (!unknown.includes(value)) unknown.push(value);
    } else if (!known.includes(resolved)) known.push(resolved);
  }
  return { known, unknown };
}

function rowOrder(urlKeys: readonly string[], options: CompareOptions): string[] {
  return options.categories.map((category) => category.urlKey).filter((urlKey) => urlKeys.includes(urlKey));
}
