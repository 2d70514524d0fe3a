/**
 * `target.push(...items)` passes every item as an argument, and a call takes only so many: about a
 * hundred thousand, fewer on a deep stack. A document can make that many (a list of a quarter of a
 * million items, a paragraph cut at every sentence), so the parser appends one by one where the
 * count comes from the text.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
