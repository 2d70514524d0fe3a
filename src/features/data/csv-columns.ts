/**
 * A CSV file described by its columns: each column's name, what it holds, and how a row's value is
 * read. The same list writes the file and the column table of `/data/`, so they cannot disagree.
 */
import { encodeCsv, type CsvValue } from './encode.ts';

export interface CsvColumn<Row> {
  /** The header cell. */
  readonly name: string;
  /** Swedish: what the column holds, for the column table on `/data/`. */
  readonly description: string;
  readonly value: (row: Row) => CsvValue;
}

/** Write rows as a CSV file with the given columns. */
export function writeCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return encodeCsv(
    columns.map((column) => column.name),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
}

/** The absolute permalink of a site path when the site's address is known (`Astro.site`); else the path. */
export function permalink(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
