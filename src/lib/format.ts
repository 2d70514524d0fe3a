/** Formatting for the Swedish UI, in one place, and the order dates are listed in. */

const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2020-03-19` → `19 mars 2020`. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

/** `rad 12`, `rad 12–15`. */
export function formatLines(startLine: number, endLine: number): string {
  return startLine === endLine ? `rad ${startLine}` : `rad ${startLine}–${endLine}`;
}

/** For sorting ISO dates (`2021-05-04`) newest first, `null` (no date) last; ISO dates compare as strings. */
export function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** The most letters a document's title takes where space is short: column heads, links to other documents, lists of documents. */
export const SHORT_TITLE_LETTERS = 120;

export interface ShortTitle {
  readonly text: string;
  /** Was the title cut? Then the whole title goes where the reader can still find it (a `title` attribute). */
  readonly shortened: boolean;
}

/**
 * A title as it fits where space is short: whole when it is short enough, else cut at the last
 * word boundary before the limit (or at the limit, in a word longer than that) and ended with `…`.
 * Counted in code points, so a letter outside the Basic Multilingual Plane is never split.
 */
export function shortTitle(title: string, limit = SHORT_TITLE_LETTERS): ShortTitle {
  const letters = Array.from(title);
  if (letters.length <= limit) return { text: title, shortened: false };
  const cut = letters.slice(0, limit).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const kept = lastSpace >= limit / 2 ? cut.slice(0, lastSpace) : cut;
  return { text: `${kept.replace(/[\s,;:–-]+$/u, '')} …`, shortened: true };
}
