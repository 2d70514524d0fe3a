import type { Paragraph } from 'mdast';
import { parseInline } from './dialect.ts';
import type { BlockLine } from './mdast-data.ts';

/** A paragraph's text as one string (lines joined by a space), and its pieces cut back into source lines. */
export interface ParagraphSlices {
  readonly text: string;
  /** The source lines of `text.slice(start, end)`, each trimmed; lines left empty are dropped. */
  slice(start: number, end: number): BlockLine[];
  /** The source line holding the character at `offset`. */
  lineAt(offset: number): number;
}

/**
 * Each line's end offset in the joined text is kept in one array, and a piece finds its first line
 * by binary search: cutting a paragraph of many lines into many pieces stays linear in its length.
 */
export function paragraphSlices(paragraph: Paragraph): ParagraphSlices {
  const lines = paragraph.data?.lines ?? [];
  const ends = new Array<number>(lines.length);
  let cursor = 0;
  for (let index = 0; index < lines.length; index++) {
    ends[index] = cursor + lines[index]!.text.length;
    cursor = ends[index]! + 1;
  }
  const text = lines.map((line) => line.text).join(' ');
  /** The first line whose end is after `offset` (the last line when none is). */
  const lineIndexAt = (offset: number): number => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! > offset) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  return {
    text,
    slice(start, end) {
      const pieces: BlockLine[] = [];
      for (let index = lineIndexAt(start); index < lines.length; index++) {
        const lineStart = index === 0 ? 0 : ends[index - 1]! + 1;
        if (lineStart >= end) break;
        const from = Math.max(start, lineStart);
        const to = Math.min(end, ends[index]!);
        const piece = from < to ? text.slice(from, to).trim() : '';
        if (piece !== '') pieces.push({ line: lines[index]!.line, text: piece, phrases: parseInline(piece) });
      }
      return pieces;
    },
    lineAt(offset) {
      return lines[lineIndexAt(offset)]!.line;
    },
  };
}
