/**
 * The whole comparison, computed once at build time: a column per document (in the order given,
 * Swedish order of municipality on the site) and a row per category: the five canonical ones
 * first, in DESIGN.md's order, then every other category at least one document has.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, CATEGORIES, isCanonicalCategory, type CategoryKey } from '../../taxonomy/categories.ts';
import { compareCell, type CompareCell } from './cells.ts';
import { compareColumn, type CompareColumn } from './columns.ts';

export interface CompareRow {
  key: CategoryKey;
  /** The `?k=` key (`ansvar`). */
  urlKey: string;
  label: string;
  description: string;
  /** One of the five default rows. */
  canonical: boolean;
  /** How many documents have a section of this category. */
  coverage: number;
  /** One cell per column, in column order. */
  cells: { documentId: string; cell: CompareCell }[];
}

export interface Comparison {
  columns: CompareColumn[];
  rows: CompareRow[];
}

/** Rows and columns for `documents`. */
export function buildComparison(documents: readonly PolicyDocument[]): Comparison {
  const present = new Set(documents.flatMap((document) => document.sections.filter((section) => section.part === 'document').map((section) => section.category)));
  const keys: CategoryKey[] = [
    ...CANONICAL_CATEGORY_KEYS,
    ...CATEGORIES.map((category) => category.key).filter((key) => !isCanonicalCategory(key) && present.has(key)),
  ];
  return {
    columns: documents.map(compareColumn),
    rows: keys.map((key) => {
      const category = CATEGORIES.find((candidate) => candidate.key === key)!;
      const cells = documents.map((document) => ({ documentId: document.id, cell: compareCell(document, key) }));
      return {
        key,
        urlKey: category.urlKey,
        label: category.label,
        description: category.description,
        canonical: category.canonical,
        coverage: cells.filter(({ cell }) => cell.kind === 'sections').length,
        cells,
      };
    }),
  };
}
