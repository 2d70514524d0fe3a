/**
 * A comparison across municipalities (`comparison.ts`) summed over its documents, for the pages per
 * kind of duty and per actor above `PER_DOCUMENT_MAX` documents (`../../lib/scale.ts`): for each column
 * (an actor on a kind's page, a kind on an actor's page), in how many documents it appears at all
 * and in how many in each role. The rows, one per document, move to the county pages.
 */
import { ROLE_KEYS, type RoleKey } from '../../taxonomy/roles.ts';
import type { Comparison, ComparisonColumn } from './comparison.ts';
import { documentShare, type DocumentShare } from './national.ts';

export interface TotalsRow {
  readonly column: ComparisonColumn;
  /** Documents in which the column holds any role. */
  readonly any: DocumentShare;
  /** Documents per role, in `ROLE_KEYS` order. */
  readonly roles: readonly DocumentShare[];
}

export interface ComparisonTotals {
  /** Every document compared. */
  readonly total: number;
  /** Documents with at least one sentence on the page's subject. */
  readonly named: DocumentShare;
  /** The roles that occur at all, in `ROLE_KEYS` order: the table's columns. */
  readonly roles: readonly RoleKey[];
  /** One per comparison column, the most frequent first (ties in the comparison's order). */
  readonly rows: readonly TotalsRow[];
}

/** The totals of `comparison`. */
export function comparisonTotals(comparison: Comparison): ComparisonTotals {
  const total = comparison.rows.length;
  const all = comparison.columns.map((column, index) => {
    const cells = comparison.rows.map((row) => row.cells[index] ?? []);
    return {
      index,
      row: {
        column,
        any: documentShare(cells.filter((roles) => roles.length > 0).length, total),
        roles: ROLE_KEYS.map((role) => documentShare(cells.filter((roles) => roles.includes(role)).length, total)),
      },
    };
  });
  const rows = all
    .filter(({ row }) => row.any.count > 0)
    .sort((a, b) => b.row.any.count - a.row.any.count || a.index - b.index)
    .map(({ row }) => row);
  return {
    total,
    named: documentShare(comparison.rows.filter((row) => row.entries.length > 0).length, total),
    roles: ROLE_KEYS.filter((_, index) => rows.some((row) => (row.roles[index]?.count ?? 0) > 0)),
    rows,
  };
}
