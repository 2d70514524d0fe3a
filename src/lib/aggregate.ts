/**
 * The overview at scale: for each of the five categories, how many documents cover it (named by a
 * heading, guessed from the text, or missing), over all documents and per county. Built on the
 * same per-document coverage as the per-document chart, so both designs count alike.
 */
import type { PolicyDocument } from '../schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, getCategory, type CanonicalCategoryKey } from '../taxonomy/categories.ts';
import type { CountyGroup } from './counties.ts';
import { coverageMatrix, type CoverageRow } from './coverage-matrix.ts';

/** One category over a set of documents. */
export interface CategoryCount {
  readonly category: CanonicalCategoryKey;
  readonly label: string;
  /** The `?k=` key of the comparison (`ansvar`). */
  readonly urlKey: string;
  /** Documents whose section of the category is named by a heading (or a header field). */
  readonly heading: number;
  /** Documents whose section of the category was only guessed from its text. */
  readonly guessed: number;
  /** Documents without a section of the category. */
  readonly missing: number;
  /** `heading + guessed`. */
  readonly covered: number;
  /** `heading + guessed + missing`: every document. */
  readonly total: number;
  /** `covered / total`, 0 when there are no documents. */
  readonly share: number;
}

/** The five categories counted over the given coverage rows, in the comparison's order. */
export function categoryCounts(rows: readonly CoverageRow[]): CategoryCount[] {
  return CANONICAL_CATEGORY_KEYS.map((key) => {
    let heading = 0;
    let guessed = 0;
    for (const row of rows) {
      const status = row.cells.find((cell) => cell.category === key)?.status ?? 'missing';
      if (status === 'heading') heading++;
      else if (status === 'guessed') guessed++;
    }
    const total = rows.length;
    const covered = heading + guessed;
    const category = getCategory(key);
    return {
      category: key,
      label: category.label,
      urlKey: category.urlKey,
      heading,
      guessed,
      missing: total - covered,
      covered,
      total,
      share: total === 0 ? 0 : covered / total,
    };
  });
}

/** How many of the five categories each document covers: `[documents with 0, with 1, …, with 5]`. */
export function categoriesPerDocument(rows: readonly CoverageRow[]): number[] {
  const counts = CANONICAL_CATEGORY_KEYS.map(() => 0).concat(0);
  for (const row of rows) counts[row.cells.filter((cell) => cell.status !== 'missing').length]!++;
  return counts;
}

/** One county's row of the county × category matrix. */
export interface CountyRow {
  readonly label: string;
  readonly slug: string;
  readonly href: string;
  readonly documents: number;
  readonly municipalities: number;
  /** `null` for the unknown group. */
  readonly municipalitiesInCounty: number | null;
  readonly cells: readonly CategoryCount[];
}

/** The county × category matrix, and the same sums over all documents. */
export interface CountyMatrix {
  readonly rows: readonly CountyRow[];
  readonly total: {
    readonly documents: number;
    readonly municipalities: number;
    readonly cells: readonly CategoryCount[];
  };
}

/** Count the categories per county group; `total` counts every document of every group. */
export function countyMatrix(groups: readonly CountyGroup[]): CountyMatrix {
  const rows = groups.map(
    (group): CountyRow => ({
      label: group.label,
      slug: group.slug,
      href: group.href,
      documents: group.documents.length,
      municipalities: group.municipalities,
      municipalitiesInCounty: group.municipalitiesInCounty,
      cells: categoryCounts(coverageMatrix(group.documents)),
    }),
  );
  const all: PolicyDocument[] = groups.flatMap((group) => [...group.documents]);
  return {
    rows,
    total: {
      documents: all.length,
      municipalities: new Set(all.map((document) => document.municipality).filter((name) => name !== null)).size,
      cells: categoryCounts(coverageMatrix(all)),
    },
  };
}

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

/**
 * A share as the whole per cent the site shows: rounded, but never up to 100 unless every document
 * has it, nor down to 0 unless none has.
 */
export function wholePercent(share: number): number {
  const whole = Math.round(share * 100);
  return share < 1 && whole === 100 ? 99 : share > 0 && whole === 0 ? 1 : whole;
}

/** `85 %` (with a no-break space, as Swedish writes it), from `wholePercent`. */
export function formatShare(share: number): string {
  return percent.format(wholePercent(share) / 100);
}
