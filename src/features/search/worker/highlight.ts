/**
 * Where a search's words are in a text: the ranges to mark, each with the clause it belongs to.
 * A free word marks every token it matched; a phrase or compound marks only where its words stand
 * together, in order.
 */
import type { Token } from '../text.ts';

export interface MatchRange {
  /** UTF-16 offsets in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Index of the query clause that matched here. */
  readonly clause: number;
  /** The words name the theme a hit was found through (not a clause of the query). */
  readonly theme?: boolean;
}

/** What the highlighter needs of each clause: for each of its words, the folded words it matched. */
export interface HighlightClause {
  readonly keys: readonly ReadonlySet<string>[];
}

/** Start positions in `tokens` where the word sets `keys` match consecutive tokens. */
export function findSequences(tokens: readonly Token[], keys: readonly ReadonlySet<string>[]): number[] {
  const starts: number[] = [];
  if (keys.length === 0) return starts;
  for (let start = 0; start + keys.length <= tokens.length; start += 1) {
    let offset = 0;
    while (offset < keys.length && keys[offset]!.has(tokens[start + offset]!.key)) offset += 1;
    if (offset === keys.length) starts.push(start);
  }
  return starts;
}

/** The ranges of `tokens` (of one paragraph or heading) that the clauses matched, in text order. */
export function matchRanges(tokens: readonly Token[], clauses: readonly HighlightClause[]): MatchRange[] {
  const ranges: MatchRange[] = [];
  clauses.forEach((clause, index) => {
    for (const start of findSequences(tokens, clause.keys)) {
      ranges.push({ start: tokens[start]!.start, end: tokens[start + clause.keys.length - 1]!.end, clause: index });
    }
  });
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}
