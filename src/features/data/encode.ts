/**
 * CSV as a spreadsheet in a Swedish locale opens it right: `;` between fields (Excel in Swedish
 * reads `,` as the decimal comma), UTF-8 with a byte order mark (else Excel guesses Windows-1252
 * and breaks å, ä and ö), CRLF at the end of every record, and fields quoted as RFC 4180 says
 * (with `;` in the place of `,`): a field holding `;`, `"`, a line break, or space at either end
 * is put in double quotes, and a `"` in it is doubled. A line break inside a text stays as it is.
 *
 * Formula guard: a spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (and, in some
 * programs, a tab or carriage return) as a formula, so a text from a document could run as one
 * (OWASP: "CSV injection"). Such a cell gets one apostrophe `'` in front. So that the guard can
 * always be undone, a cell that itself begins with `'` gets one too: remove exactly one leading
 * `'` from any cell that begins with one, and you have the text as it was. Numbers are never guarded.
 */

/** The field separator. */
export const CSV_SEPARATOR = ';';
/** UTF-8 byte order mark, first in the file. */
export const CSV_BOM = '\uFEFF';
/** The end of every record, the last one included. */
export const CSV_RECORD_END = '\r\n';
/** Prefixed to a cell a spreadsheet would otherwise read as a formula. */
export const FORMULA_GUARD = "'";

/** A cell's value: text is guarded and quoted as needed, numbers written as they are, `null` empty. */
export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/u;

/** The text with the formula guard applied (see the module comment). */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) || text.startsWith(FORMULA_GUARD) ? `${FORMULA_GUARD}${text}` : text;
}

/** Undo {@link guardFormula}: one leading apostrophe removed. */
export function unguardFormula(text: string): string {
  return text.startsWith(FORMULA_GUARD) ? text.slice(FORMULA_GUARD.length) : text;
}

/** One field, guarded and quoted as needed. */
export function encodeField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} to CSV`);
    return String(value);
  }
  const text = guardFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, the header record, then one record per row, each ended by CRLF. */
export function encodeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const record = (fields: readonly CsvValue[]) => fields.map(encodeField).join(CSV_SEPARATOR) + CSV_RECORD_END;
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 1} has ${row.length} fields, expected ${header.length}`);
  }
  return CSV_BOM + record(header) + rows.map(record).join('');
}
