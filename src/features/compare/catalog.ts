/**
 * The catalogue of every document the comparison can show, as the picker lists it and the
 * `/jamfor/valj/` page groups it: small enough to fetch in one go with 300 documents
 * (`/jamfor/dokument.json`), and read back from a column header's `data-*` attributes for
 * documents already in the page. No site imports, so that the page's script stays small; the
 * entry of a document is built by catalog-entry.ts.
 */

export interface CatalogEntry {
  id: string;
  /** The column label (`Hylte`, `Botkyrka 2025`). */
  label: string;
  municipality: string;
  /** `Hallands län`; `null` when not known. */
  county: string | null;
  title: string;
  /** `Riktlinje`; `null` when not known. */
  type: string | null;
  /** Decision year; `null` when not known. */
  year: number | null;
  /** Words in the document's own sections (a cover letter not counted), for the length filter; `null` when not known. */
  words: number | null;
}

/** What a `CatalogEntry` is read back from: strings as `data-*` attributes give them. */
export interface CatalogAttributes {
  col?: string;
  label?: string;
  municipality?: string;
  county?: string;
  title?: string;
  type?: string;
  year?: string;
  words?: string;
}

/** The `data-*` attributes that carry an entry in a column header (empty values left out). */
export function catalogAttributes(entry: CatalogEntry): Record<string, string | undefined> {
  return {
    'data-col': entry.id,
    'data-label': entry.label,
    'data-municipality': entry.municipality,
    'data-county': entry.county ?? undefined,
    'data-title': entry.title,
    'data-type': entry.type ?? undefined,
    'data-year': entry.year === null ? undefined : String(entry.year),
    'data-words': entry.words === null ? undefined : String(entry.words),
  };
}

/** An entry from a header's `dataset`, or `null` without an id. */
export function entryFromAttributes(data: CatalogAttributes): CatalogEntry | null {
  if (!data.col) return null;
  const year = data.year ? Number(data.year) : Number.NaN;
  const words = data.words ? Number(data.words) : Number.NaN;
  return {
    id: data.col,
    label: data.label ?? data.col,
    municipality: data.municipality ?? data.label ?? data.col,
    county: data.county || null,
    title: data.title ?? '',
    type: data.type || null,
    year: Number.isInteger(year) ? year : null,
    words: Number.isInteger(words) ? words : null,
  };
}

/** Read a fetched catalogue defensively: entries without an id or label are dropped. */
export function parseCatalog(json: unknown): CatalogEntry[] {
  if (!Array.isArray(json)) return [];
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return json.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const id = text(record.id);
    const label = text(record.label);
    if (!id || !label) return [];
    return [
      {
        id,
        label,
        municipality: text(record.municipality) ?? label,
        county: text(record.county),
        title: text(record.title) ?? '',
        type: text(record.type),
        year: typeof record.year === 'number' && Number.isInteger(record.year) ? record.year : null,
        words: typeof record.words === 'number' && Number.isInteger(record.words) ? record.words : null,
      },
    ];
  });
}
