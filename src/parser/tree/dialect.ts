import type { PhrasingContent } from 'mdast';
import { parseEmphasis } from './emphasis.ts';

/**
 * The Markdown that steering documents actually use inside a line: `*emphasis*` and `**strong**`.
 * Nothing else is read, so that text which merely looks like Markdown (backslashes, `&amp;`,
 * `[links](…)`, `<tags>`, backticks, indentation) stays exactly as written.
 */

/**
 * The most runs of `*` or `_` a line may hold and still be read for emphasis. A line of a real
 * document marks a handful of words; a line of hundreds of runs (`**x**x…`, a row of stars) is
 * text as written, and emphasis nested that deep never reaches a page.
 */
export const MOST_EMPHASIS_RUNS = 256;

/** Parse one line's text into phrasing content (text, emphasis, strong), with no positions. */
export function parseInline(text: string): PhrasingContent[] {
  const runs = emphasisRuns(text);
  if (runs === 0 || runs > MOST_EMPHASIS_RUNS) return text === '' ? [] : [{ type: 'text', value: text }];
  return parseEmphasis(text);
}

/** How many runs of `*` or `_` the text holds. */
function emphasisRuns(text: string): number {
  let runs = 0;
  for (let index = 0; index < text.length; index++) {
    const isMark = text[index] === '*' || text[index] === '_';
    if (isMark && (index === 0 || (text[index - 1] !== '*' && text[index - 1] !== '_'))) runs++;
  }
  return runs;
}
