/**
 * The source view (`/dokument/<id>/kalla/`): the verbatim text line by line, with line numbers,
 * an anchor per line (`#rad-12`), and the lines of each section in a range of its own
 * (`#rader-88-98`) so that a citation's link shows the lines it cites, highlighted by `:target`
 * without JavaScript (and exactly, by `browser/source-lines.ts`, with it). Lines the parser took
 * out are marked with the reason.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { splitLines } from '../../parser/lines.ts';
import { displayHeading } from '../../lib/document-outline.ts';
import { formatLines } from '../../lib/format.ts';
import { sourceRangeAnchor } from '../../lib/routes.ts';

export interface SourceLineView {
  readonly number: number;
  readonly text: string;
  /** Why the parser took the whole line out, when it did. */
  readonly removedBecause: string | null;
  /** Parts of the line the parser took out (a page number, a running header), with the reason. */
  readonly removedParts: readonly { readonly text: string; readonly reason: string }[];
}

export interface SourceRangeView {
  /** The anchor of a section's lines (`rader-88-98`; `routes.documentLines`), or null for one line or lines between sections. */
  readonly anchor: string | null;
  /** Anchors of sections whose lines an earlier range holds (a heading and its text on lines another section shares). */
  readonly alsoAnchors: readonly string[];
  /** The section whose lines these are, as its heading reads, or null for lines between sections. */
  readonly section: { readonly id: string; readonly heading: string; readonly lines: string } | null;
  readonly lines: readonly SourceLineView[];
}

/**
 * The source text cut into ranges: each section's lines in one (a line two sections share, where
 * a heading was run into the text, goes to the first; the second's range still carries its anchor,
 * and the page script marks exactly its lines), the lines between sections in ranges of their own.
 * A one-line section needs no range anchor: the line's own (`rad-12`) is its citation's.
 */
export function sourceView(document: PolicyDocument, text: string): SourceRangeView[] {
  const lines = splitLines(text);
  const removals = removalsByLine(document, lines);
  const lineView = (number: number): SourceLineView => ({
    number,
    text: lines[number - 1] ?? '',
    removedBecause: removals.whole.get(number) ?? null,
    removedParts: removals.parts.get(number) ?? [],
  });

  const ranges: { anchor: string | null; alsoAnchors: string[]; section: SourceRangeView['section']; lines: SourceLineView[] }[] = [];
  const placed = new Set<string>();
  let next = 1;
  const between = (until: number) => {
    if (next >= until) return;
    ranges.push({ anchor: null, alsoAnchors: [], section: null, lines: numbers(next, until - 1).map(lineView) });
    next = until;
  };
  const sections = [...document.sections].sort((a, b) => a.source.startLine - b.source.startLine);
  for (const section of sections) {
    const { startLine, endLine } = section.source;
    const anchor = startLine < endLine ? sourceRangeAnchor(startLine, endLine) : null;
    const fresh = anchor !== null && !placed.has(anchor) ? anchor : null;
    if (fresh) placed.add(fresh);
    const start = Math.max(startLine, next);
    const end = Math.min(endLine, lines.length);
    if (end < start) {
      // Every line already shown in an earlier range: the anchor goes with the range that holds the first.
      if (fresh) ranges.findLast((range) => range.lines.some((line) => line.number === startLine))?.alsoAnchors.push(fresh);
      continue;
    }
    between(start);
    ranges.push({
      anchor: fresh,
      alsoAnchors: [],
      section: { id: section.id, heading: displayHeading(section), lines: formatLines(startLine, endLine) },
      lines: numbers(start, end).map(lineView),
    });
    next = end + 1;
  }
  between(lines.length + 1);
  return ranges;
}

/**
 * What the parser took out of each line: the whole line (its text is a line of the removal's
 * text), or a part of it (a one-line removal of less than the line). A removal with no text (lines
 * joined) takes nothing out, and blank lines have nothing to take.
 */
function removalsByLine(document: PolicyDocument, lines: readonly string[]) {
  const whole = new Map<number, string>();
  const parts = new Map<number, { text: string; reason: string }[]>();
  for (const removal of document.removed) {
    if (removal.text.trim() === '') continue;
    const removedLines = new Set(removal.text.split('\n').map((piece) => piece.trim()));
    for (let number = removal.startLine; number <= removal.endLine; number++) {
      const text = (lines[number - 1] ?? '').trim();
      if (text === '' || whole.has(number)) continue;
      if (removedLines.has(text)) whole.set(number, removal.reason);
      else if (removal.startLine === removal.endLine) parts.set(number, [...(parts.get(number) ?? []), { text: removal.text.trim(), reason: removal.reason }]);
    }
  }
  return { whole, parts };
}

function numbers(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
