/**
 * Read back the CSV that `encode.ts` writes (RFC 4180 with `;`, BOM, CRLF), for the tests and for
 * anyone checking the files: records of fields, quotes undone. The formula guard is left in
 * place; use `unguardFormula` on a field to undo it.
 */
import { CSV_BOM, CSV_SEPARATOR } from './encode.ts';

/** Parse a CSV text into records of fields. Throws on an unterminated quote. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  while (index < input.length) {
    const char = input[index]!;
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (char === '"') {
        quoted = false;
        index++;
      } else {
        field += char;
        index++;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      index++;
    } else if (char === CSV_SEPARATOR) {
      record.push(field);
      field = '';
      index++;
    } else if (char === '\r' && input[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else {
      field += char;
      index++;
    }
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
