/**
 * The text just before a position, for patterns that read what precedes a word (`… ska bidra till
 * X`, `… beslutas av X`). Such a pattern, anchored at the end (`/…\s+$/`), is tried from every
 * character of what it is given: given all the text before each of many words, the time grows
 * with the square of the text. Given a window of bounded width, it stays linear.
 */

/** Wide enough for the longest phrase the parser reads before a word (a verb, a few words and a preposition). */
export const LOOK_BEHIND_WIDTH = 240;

/** The text before `end`, at most `width` characters, starting at a word's start (not inside a word). */
export function textBefore(text: string, end: number, width = LOOK_BEHIND_WIDTH): string {
  const start = end - width;
  if (start <= 0) return text.slice(0, end);
  const wordStart = text.slice(start, end).search(/\s/u);
  return wordStart === -1 ? text.slice(start, end) : text.slice(start + wordStart, end);
}
