/**
 * Reads what the comparison table offers from its own markup, and re-arranges it for a view:
 * columns shown, hidden and reordered by moving the existing cells; rows shown or hidden. Nothing
 * is fetched and nothing is rebuilt.
 */
import type { CompareOptions, CompareView } from '../../lib/compare/url-state.ts';

export interface TableModel {
  table: HTMLTableElement;
  options: CompareOptions;
  /** Document id → municipality (`hylte` → `Hylte`). */
  documentLabels: Map<string, string>;
  /** `?k=` key → category label (`ansvar` → `Ansvar`). */
  categoryLabels: Map<string, string>;
}

/** The documents and categories in the table, in its default order. */
export function readTable(table: HTMLTableElement): TableModel {
  const headers = [...(table.tHead?.querySelectorAll<HTMLElement>('th[data-col]') ?? [])];
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody > tr[data-row]')];
  return {
    table,
    options: {
      documentIds: headers.map((header) => header.dataset.col!),
      categories: rows.map((row) => ({ urlKey: row.dataset.row!, key: row.dataset.key ?? row.dataset.row! })),
      defaultCategories: rows.filter((row) => row.dataset.canonical === 'true').map((row) => row.dataset.row!),
    },
    documentLabels: new Map(headers.map((header) => [header.dataset.col!, header.dataset.label ?? header.dataset.col!])),
    categoryLabels: new Map(rows.map((row) => [row.dataset.row!, row.dataset.label ?? row.dataset.row!])),
  };
}

/** Show the view's columns in its order and its rows; hide the rest. */
export function applyView(table: HTMLTableElement, view: CompareView): void {
  for (const row of table.rows) {
    const cells = [...row.children].filter((cell): cell is HTMLTableCellElement => cell instanceof HTMLTableCellElement && cell.dataset.col !== undefined);
    const byId = new Map(cells.map((cell) => [cell.dataset.col!, cell]));
    for (const id of view.documents) {
      const cell = byId.get(id);
      if (!cell) continue;
      cell.hidden = false;
      row.append(cell);
    }
    for (const cell of cells) {
      if (view.documents.includes(cell.dataset.col!)) continue;
      cell.hidden = true;
      row.append(cell);
    }
    if (row.dataset.row !== undefined) row.hidden = !view.categories.includes(row.dataset.row);
  }
}
