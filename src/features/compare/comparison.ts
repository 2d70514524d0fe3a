/**
 * The whole comparison, computed once at build time: a row per category (the five canonical ones
 * first, in DESIGN.md's order, then every other category at least one document has) and a column
 * per shown document. Rows are computed from every document, so that a column built on its own
 * (a fragment fetched when a reader adds the document) has a cell for every row of the page.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, CATEGORIES, isCanonicalCategory, type CategoryKey } from '../../taxonomy/categories.ts';
import { compareCell, type CompareCell } from './cells.ts';
import { labelledColumn, type LabelledColumn } from './column-headers.ts';
import { columnLabels } from '../../lib/document-labels.ts';

/** A row of the comparison, without its cells. */
export interface CompareRowInfo {
  key: CategoryKey;
  /** The `?k=` key (`ansvar`). */
  urlKey: string;
  label: string;
  description: string;
  /** One of the five default rows. */
  canonical: boolean;
  /** How many of all documents have a section of this category. */
  coverage: number;
}

export interface CompareRow extends CompareRowInfo {
  /** One cell per column, in column order. */
  cells: { documentId: string; cell: CompareCell }[];
}

export interface Comparison {
  /** The shown documents' columns, in order. */
  columns: LabelledColumn[];
  rows: CompareRow[];
  /** How many documents there are in all (shown or not). */
  total: number;
}

/** The rows for a set of documents: the five canonical categories, then every other one present. */
export function compareRows(documents: readonly PolicyDocument[]): CompareRowInfo[] {
  const counts = new Map<CategoryKey, number>();
  for (const document of documents) {
    const present = new Set(document.sections.filter((section) => section.part === 'document').map((section) => section.category));
    for (const key of present) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys: CategoryKey[] = [
    ...CANONICAL_CATEGORY_KEYS,
    ...CATEGORIES.map((category) => category.key).filter((key) => !isCanonicalCategory(key) && counts.has(key)),
  ];
  return keys.map((key) => {
    const category = CATEGORIES.find((candidate) => candidate.key === key)!;
    return {
      key,
      urlKey: category.urlKey,
      label: category.label,
      description: category.description,
      canonical: category.canonical,
      coverage: counts.get(key) ?? 0,
    };
  });
}

/** One document's cell in each row, in row order. */
export function columnCells(document: PolicyDocument, rows: readonly CompareRowInfo[]): CompareCell[] {
  return rows.map((row) => compareCell(document, row.key));
}

/**
 * Rows for all `documents`, columns for the `shown` ones (by id, in that order; all of them when
 * not given). Column labels tell apart two documents of one municipality.
 */
export function buildComparison(documents: readonly PolicyDocument[], shown?: readonly string[]): Comparison {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const picked = shown ? shown.map((id) => byId.get(id)).filter((document) => document !== undefined) : [...documents];
  const labels = columnLabels(documents);
  return {
    columns: picked.map((document) => labelledColumn(document, labels.get(document.id))),
    rows: compareRows(documents).map((row) => ({
      ...row,
      cells: picked.map((document) => ({ documentId: document.id, cell: compareCell(document, row.key) })),
    })),
    total: documents.length,
  };
}

/** The fragment id of a category's row (its row header), the target of its jump link: `kategori-ansvar`. */
export const categoryAnchor = (urlKey: string): string => `kategori-${urlKey}`;
