/**
 * Where the picker's list of documents comes from: the table's own column headers when the page
 * holds every document (no request), otherwise `/jamfor/dokument.json`, fetched once, on first use.
 */
import { parseCatalog, type CatalogEntry } from '../catalog.ts';

export interface CatalogSource {
  /** Every document, when known without a request (the table holds them all); otherwise `null`. */
  known(): CatalogEntry[] | null;
  /** Every document; fetched the first time it is asked for, then kept. Rejects when the fetch fails (and may be asked again). */
  load(): Promise<CatalogEntry[]>;
}

/** A source over the table's entries, completed from `url` when given. */
export function createCatalogSource(tableEntries: () => CatalogEntry[], url: string | null): CatalogSource {
  let request: Promise<CatalogEntry[]> | undefined;
  return {
    known: () => (url ? null : tableEntries()),
    load() {
      if (!url) return Promise.resolve(tableEntries());
      request ??= fetch(url, { credentials: 'same-origin' })
        .then((response) => {
          if (!response.ok) throw new Error(`servern svarade med felkod ${response.status}`);
          return response.json();
        })
        .then((json: unknown) => {
          const entries = parseCatalog(json);
          const known = new Set(entries.map((entry) => entry.id));
          return [...entries, ...tableEntries().filter((entry) => !known.has(entry.id))];
        });
      request.catch(() => (request = undefined));
      return request;
    },
  };
}
