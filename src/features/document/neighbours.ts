/** The documents before and after one in the site's order, for "föregående / nästa" links. */

export interface Neighbours<T> {
  readonly previous: T | null;
  readonly next: T | null;
}

/** The neighbours of the document with `id` in `documents` (already in display order). */
export function neighbours<T extends { id: string }>(documents: readonly T[], id: string): Neighbours<T> {
  const index = documents.findIndex((document) => document.id === id);
  if (index === -1) return { previous: null, next: null };
  return { previous: documents[index - 1] ?? null, next: documents[index + 1] ?? null };
}
