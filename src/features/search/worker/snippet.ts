/**
 * Snippets: a window of a paragraph around its matches, as plain segments (text, marked or not).
 * The browser turns segments into text nodes and `<mark>` elements; nothing here is HTML.
 */
import type { MatchRange } from './highlight.ts';

export interface Segment {
  readonly text: string;
  readonly mark: boolean;
  /** A marked word that names the theme a hit was found through, not a word of the query. */
  readonly theme?: boolean;
}

export interface Snippet {
  readonly segments: readonly Segment[];
  /** Text was left out before the window. */
  readonly clippedStart: boolean;
  /** Text was left out after the window. */
  readonly clippedEnd: boolean;
}

/** Longest snippet, in UTF-16 units. */
export const SNIPPET_LENGTH = 240;
/** Context kept before the first match of a window. */
const CONTEXT_BEFORE = 60;
/** How far a window's edge may move to fall between words. */
const SNAP = 24;

/** The text cut into segments, the (possibly overlapping) ranges marked; a theme's words (`theme` ranges) as such, unless a query word covers them too. */
export function markSegments(text: string, ranges: readonly Pick<MatchRange, 'start' | 'end' | 'theme'>[]): Segment[] {
  const segments: Segment[] = [];
  // Words of the query before the theme's, so that a word that is both is marked as the query's.
  const sorted = [...ranges].sort((a, b) => a.start - b.start || Number(a.theme ?? false) - Number(b.theme ?? false));
  let cursor = 0;
  const push = (end: number, mark: boolean, theme: boolean) => {
    if (end <= cursor) return;
    const last = segments.at(-1);
    const piece = text.slice(cursor, end);
    const segment: Segment = theme ? { text: piece, mark, theme } : { text: piece, mark };
    if (last && last.mark === mark && (last.theme ?? false) === theme) segments[segments.length - 1] = { ...segment, text: last.text + piece };
    else segments.push(segment);
    cursor = end;
  };
  for (const range of sorted) {
    const start = Math.max(0, Math.min(range.start, text.length));
    const end = Math.max(0, Math.min(range.end, text.length));
    if (end <= cursor) continue;
    push(start, false, false);
    push(end, true, range.theme ?? false);
  }
  push(text.length, false, false);
  return segments;
}

/** A window of `text` of at most `maxLength` units showing as many matched clauses as it can. */
export function makeSnippet(text: string, ranges: readonly MatchRange[], maxLength = SNIPPET_LENGTH): Snippet {
  if (text.length <= maxLength) return { segments: markSegments(text, ranges), clippedStart: false, clippedEnd: false };
  let start = 0;
  let bestClauses = -1;
  let bestCount = -1;
  for (const anchor of ranges) {
    const from = Math.max(0, anchor.start - CONTEXT_BEFORE);
    const inside = ranges.filter((range) => range.start >= from && range.end <= from + maxLength);
    const clauses = new Set(inside.map((range) => range.clause)).size;
    if (clauses > bestClauses || (clauses === bestClauses && inside.length > bestCount)) {
      bestClauses = clauses;
      bestCount = inside.length;
      start = from;
    }
  }
  if (start > 0) start = snapForward(text, start);
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) end = snapBack(text, end, start);
  const shifted = ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start, clause: range.clause, theme: range.theme }));
  const window = text.slice(start, end);
  return { segments: markSegments(window, shifted), clippedStart: start > 0, clippedEnd: end < text.length };
}

/** Move `index` forward to just after a space, if one is near; never into a surrogate pair. */
function snapForward(text: string, index: number): number {
  const space = text.slice(index, index + SNAP).search(/\s/u);
  if (space >= 0) return index + space + 1;
  return isLowSurrogate(text, index) ? index + 1 : index;
}

/** Move `index` back to a space, if one is near (and after `floor`); never into a surrogate pair. */
function snapBack(text: string, index: number, floor: number): number {
  for (let at = index; at > Math.max(floor, index - SNAP); at -= 1) if (/\s/u.test(text[at]!)) return at;
  return isLowSurrogate(text, index) ? index - 1 : index;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
