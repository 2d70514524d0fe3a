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

export function paragraphSlices(paragraph: Paragraph): ParagraphSlices {
  const lines = paragraph.data?.lines ?? [];
  const offsets: { line: BlockLine; start: number; end: number }[] = [];
  let cursor = 0;
  for (const line of lines) {
    offsets.push({ line, start: cursor, end: cursor + line.text.length });
    cursor += line.text.length + 1;
  }
  const text = lines.map((line) => line.text).join(' ');
  return {
    text,
    slice(start, end) {
      const pieces: BlockLine[] = [];
      for (const entry of offsets) {
        const from = Math.max(start, entry.start);
        const to = Math.min(end, entry.end);
        const piece = from < to ? text.slice(from, to).trim() : '';
        if (piece !== '') pieces.push({ line: entry.line.line, text: piece, phrases: parseInline(piece) });
      }
      return pieces;
    },
    lineAt(offset) {
      return (offsets.find((entry) => offset < entry.end) ?? offsets.at(-1)!).line.line;
    },
  };
}
