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
