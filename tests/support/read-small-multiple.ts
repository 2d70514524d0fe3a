/**
 * One small multiple of `/ansvar/` (a document's actors × roles) read as a reader reads it: the role
 * letters along the top, an actor's name at the left of each row, and in a row the numbers under
 * the letters they count. A number belongs to the heading straight above it and to the row whose
 * band (between two rules) holds it.
 */
import type { SvgElement } from '../../src/charts/svg.ts';
import { PALETTE } from '../../src/charts/palette.ts';
import { attribute, numberAttribute, ownTitle, textOf, withClass, withTag } from './chart-tree.ts';

export interface ReadHeading {
  readonly letter: string;
  /** The role's name, as the heading's tooltip gives it. */
  readonly title: string | undefined;
  readonly box: SvgElement;
  readonly centre: number;
}

export interface ReadActorRow {
  /** The lines of the actor's name, as drawn. */
  readonly lines: readonly string[];
  /** The name as one text: a line ending in `-` is a word broken there. */
  readonly label: string;
  readonly labelText: SvgElement;
  readonly top: number;
  readonly bottom: number;
}

export interface ReadCount {
  readonly row: number;
  readonly column: number;
  readonly count: string;
  readonly title: string | undefined;
  readonly box: SvgElement;
  readonly number: SvgElement;
}

export interface SmallMultipleReading {
  readonly headings: readonly ReadHeading[];
  readonly rows: readonly ReadActorRow[];
  readonly counts: readonly ReadCount[];
}

/** Lines of a label as one text: words broken with `-` at a line end joined again. */
export const unbroken = (lines: readonly string[]): string =>
  lines.map((line) => line.trim()).reduce((text, line) => (text === '' ? line : text.endsWith('-') ? `${text.slice(0, -1)}${line}` : `${text} ${line}`), '');

const centreOf = (rect: SvgElement) => numberAttribute(rect, 'x') + numberAttribute(rect, 'width') / 2;
const middleOf = (rect: SvgElement) => numberAttribute(rect, 'y') + numberAttribute(rect, 'height') / 2;

export function readSmallMultiple(svg: SvgElement): SmallMultipleReading {
  const rowGroups = withClass(svg, 'actor-roles__row');
  const headerRule = withTag(svg, 'line').find((line) => attribute(line, 'stroke') === PALETTE.text)!;
  const headings = withClass(svg, 'role-box')
    .filter((box) => !rowGroups.some((row) => withClass(row, 'role-box').includes(box)))
    .map((box): ReadHeading => {
      const rect = withTag(box, 'rect')[0]!;
      const heading = svg.children.find((child): child is SvgElement => typeof child !== 'string' && child.children.includes(box));
      return { letter: textOf(withTag(box, 'text')[0]!).trim(), title: heading && ownTitle(heading), box: rect, centre: centreOf(rect) };
    });
  const rules = [numberAttribute(headerRule, 'y1') + 0.5, ...rowGroups.map((row) => numberAttribute(withTag(row, 'line')[0]!, 'y1') + 0.5)];
  const rows = rowGroups.map((row, index): ReadActorRow => {
    const labelText = row.children.find((child): child is SvgElement => typeof child !== 'string' && child.tag === 'text')!;
    const lines = withTag(labelText, 'tspan').map((tspan) => textOf(tspan));
    return { lines, label: unbroken(lines), labelText, top: rules[index]!, bottom: rules[index + 1]! };
  });
  const marks = rowGroups.flatMap((row) => row.children.filter((child): child is SvgElement => typeof child !== 'string' && child.tag === 'g'));
  const counts = marks.map((mark): ReadCount => {
    const box = withTag(mark, 'rect')[0]!;
    const distances = headings.map((heading) => Math.abs(heading.centre - centreOf(box)));
    const column = distances.indexOf(Math.min(...distances));
    const row = rows.findIndex((candidate) => candidate.top <= middleOf(box) && middleOf(box) < candidate.bottom);
    if (distances[column]! > 0.5 || row < 0) throw new Error(`A number not under a heading or in a row: ${textOf(mark)}`);
    return { row, column, count: textOf(withTag(mark, 'text')[0]!), title: ownTitle(mark), box, number: withTag(mark, 'text')[0]! };
  });
  return { headings, rows, counts };
}

/** The numbers as a reader lists them: per actor, each role letter with its count (`B1 O1 S3`). */
export function countsByActor(reading: SmallMultipleReading): Record<string, string> {
  return Object.fromEntries(
    reading.rows.map((row, index) => [
      row.label,
      reading.counts
        .filter((count) => count.row === index)
        .sort((a, b) => a.column - b.column)
        .map((count) => `${reading.headings[count.column]!.letter}${count.count}`)
        .join(' '),
    ]),
  );
}
