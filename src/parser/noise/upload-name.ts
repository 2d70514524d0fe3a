/**
 * The name a document-sharing site gives an upload, from its download button
 * (`Download "2 Internationell policy"`): the site takes it from the first text of the file, page
 * number and all. The noise rules read it (a line repeating it, the running header it names) and
 * so does the title (the name without its page number).
 */

import { withoutTrailingPageNumber } from '../text/trim.ts';

const DOWNLOAD_LABEL = /^(?:download|ladda (?:ner|ned))\s+["“”](.+)["“”]$/iu;
const PAGE_NUMBER_AT_THE_START = /^\d{1,3}\s+/u;

/** The upload's name as the site writes it (`2 Internationell policy`), if the file has a download button. */
export function uploadName(lines: readonly { text: string }[]): string | undefined {
  // Three rules and the title ask about the same lines: they are read once.
  if (read.has(lines)) return read.get(lines);
  let found: string | undefined;
  for (const line of lines) {
    found = DOWNLOAD_LABEL.exec(line.text.trim())?.[1] || undefined;
    if (found) break;
  }
  read.set(lines, found);
  return found;
}

const read = new WeakMap<readonly { text: string }[], string | undefined>();

/** The name without a page number at either end (`Internationell policy`). */
export function withoutPageNumber(name: string): string | undefined {
  return withoutTrailingPageNumber(name.replace(PAGE_NUMBER_AT_THE_START, '')).trim() || undefined;
}

/** Does the name carry a page number (so it is the site's, taken from the file's first text)? */
export function hasPageNumber(name: string): boolean {
  return withoutPageNumber(name) !== name.trim();
}
