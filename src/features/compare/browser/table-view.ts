/**
 * Reads what the comparison table offers from its own markup, and re-arranges it for a view:
 * columns shown, hidden and reordered by moving the existing cells; rows shown or hidden. Columns
 * fetched later (column-loader.ts) join the table the same way and are read the same way.
 */
import { entryFromAttributes, type CatalogEntry } from '../catalog.ts';
import type { CompareOptions, CompareView } from '../url-state.ts';

export interface TableModel {
  table: HTMLTableElement;
  options: CompareOptions;
  /** How many documents the site has in all (most are not in the table until fetched). */
  total: number;
  /** Document id → column label (`hylte` → `Hylte`), for the documents in the table. */
  documentLabels: Map<string, string>;
  /** `?k=` key → category label (`ansvar` → `Ansvar`). */
  categoryLabels: Map<string, string>;
  /** The catalogue entries of the documents in the table, from their headers. */
  entries: CatalogEntry[];
}

/**
 * The documents and categories in the table. `defaultDocuments` are the columns the page was
 * built with (read the first time); later reads keep them.
 */
export function readTable(table: HTMLTableElement, defaultDocuments?: readonly string[]): TableModel {
  const headers = [...(table.tHead?.querySelectorAll<HTMLElement>('th[data-col]') ?? [])];
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody > tr[data-row]')];
  const documentIds = headers.map((header) => header.dataset.col!);
  return {
    table,
    options: {
      documentIds,
      defaultDocuments: defaultDocuments ?? documentIds,
      categories: rows.map((row) => ({ urlKey: row.dataset.row!, key: row.dataset.key ?? row.dataset.row! })),
      defaultCategories: rows.filter((row) => row.dataset.canonical === 'true').map((row) => row.dataset.row!),
    },
    total: Math.max(Number(table.dataset.total) || 0, documentIds.length),
    documentLabels: new Map(headers.map((header) => [header.dataset.col!, header.dataset.label ?? header.dataset.col!])),
    categoryLabels: new Map(rows.map((row) => [row.dataset.row!, row.dataset.label ?? row.dataset.row!])),
    entries: headers.map((header) => entryFromAttributes(header.dataset)).filter((entry) => entry !== null),
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
