import { enhanceCopyButtons } from '../../../ui/copy-citation.ts';
import { enhanceCellCopy } from './copy-cell.ts';
/**
 * Fetches a document's column (`/jamfor/kolumn/<id>.html`, built by Astro from the same components
 * as the table) and puts its header and cells into the table, hidden until a view shows them.
 * The HTML is parsed with DOMParser, which runs no script, and only the column's own header and
 * cells are taken: markup the site built and escaped, never text from elsewhere. A column is
 * fetched once: once in the table it stays there, and a fetch under way is shared.
 */

/** `missing` when the site has no such document. Failures (network, server) reject with a Swedish reason, in lower case. */
export type LoadResult = 'loaded' | 'missing';

export interface ColumnLoader {
  /** Make sure the column of `id` is in the table. */
  load(id: string): Promise<LoadResult>;
}

/** A loader for `table`, fetching from `base` + id + `.html`. */
export function createColumnLoader(table: HTMLTableElement, base: string): ColumnLoader {
  const pending = new Map<string, Promise<LoadResult>>();
  const inTable = (id: string) => [...(table.tHead?.querySelectorAll<HTMLElement>('th[data-col]') ?? [])].some((header) => header.dataset.col === id);

  async function fetchColumn(id: string): Promise<LoadResult> {
    let response: Response;
    try {
      response = await fetch(`${base}${encodeURIComponent(id)}.html`, { credentials: 'same-origin' });
    } catch {
      throw new Error('servern gick inte att nå; kontrollera anslutningen och försök igen');
    }
    if (response.status === 404 || response.status === 410) return 'missing';
    if (!response.ok) throw new Error(`servern svarade med felkod ${response.status}; försök igen om en stund`);
    const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fragment = [...parsed.querySelectorAll<HTMLTableElement>('table[data-compare-fragment]')].find(
      (candidate) => candidate.dataset.compareFragment === id,
    );
    const header = fragment?.querySelector<HTMLElement>('thead th[data-col]');
    if (!fragment || !header || header.dataset.col !== id) return 'missing';
    if (inTable(id)) return 'loaded';
    const headerRow = table.tHead?.rows[0];
    if (!headerRow) throw new Error('tabellen saknar rubrikrad');
    headerRow.append(hide(document.importNode(header, true)));
    const cells = new Map<string, HTMLTableCellElement>();
    for (const row of fragment.querySelectorAll<HTMLTableRowElement>('tbody > tr[data-row]')) {
      const cell = row.querySelector<HTMLTableCellElement>(`td[data-col]`);
      if (cell?.dataset.col === id) cells.set(row.dataset.row!, cell);
    }
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody > tr[data-row]')) {
      const cell = cells.get(row.dataset.row!);
      const imported = cell ? document.importNode(cell, true) : unavailableCell(id);
      row.append(hide(imported));
      enhanceCopyButtons(imported);
      enhanceCellCopy(imported);
    }
    return 'loaded';
  }

  return {
    load(id) {
      if (inTable(id)) return Promise.resolve('loaded');
      let request = pending.get(id);
      if (!request) {
        request = fetchColumn(id);
        pending.set(id, request);
        // A failed fetch may be tried again.
        request.catch(() => pending.delete(id));
      }
      return request;
    },
  };
}

function hide<T extends HTMLElement>(cell: T): T {
  cell.hidden = true;
  return cell;
}

/** A cell for a row the fetched column lacks (a page older than the column): says so, in words. */
function unavailableCell(id: string): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.dataset.col = id;
  const text = document.createElement('p');
  text.textContent = 'Uppgiften kunde inte hämtas. Ladda om sidan.';
  cell.append(text);
  return cell;
}
