/**
 * A comparison chart of `/ansvar/` (municipalities × actors or kinds of duty) read as a reader reads
 * it: by where things are drawn, not by how the tree is nested. A row is the band between two rules
 * of the row-label SVG, a column is the slanted heading nearest above a cell, and a cell's roles are
 * the letters drawn in its boxes, in order from the left.
 */
import type { SvgElement } from '../../src/charts/svg.ts';
import { PALETTE } from '../../src/charts/palette.ts';
import { attribute, descendants, hasClass, numberAttribute, ownTitle, shownText, textOf, translation, withClass, withTag } from './chart-tree.ts';

export interface ReadColumn {
  readonly label: string;
  readonly href: string;
  /** Where the slanted heading starts (its baseline's left end). */
  readonly x: number;
  readonly y: number;
}

export interface ReadRow {
  /** The label as shown (shortened with `…` when long). */
  readonly label: string;
  /** The whole label, when the shown one is shortened. */
  readonly title: string | undefined;
  /** Where the label starts, and its baseline. */
  readonly x: number;
  readonly baseline: number;
  readonly top: number;
  readonly bottom: number;
}

export interface ReadCell {
  readonly row: number;
  readonly column: number;
  /** The role letters, left to right (`BL`); `–` for a cell drawn as a dash. */
  readonly letters: string;
  /** The cell's link and its accessible name; none for a dash. */
  readonly link: SvgElement | undefined;
}

export interface ComparisonReading {
  readonly columns: readonly ReadColumn[];
  readonly rows: readonly ReadRow[];
  readonly cells: readonly ReadCell[];
}

/** The letter a role box shows: its own text, or the text of the symbol it draws with `<use>`. */
function boxLetter(box: SvgElement, body: SvgElement): string {
  const use = withTag(box, 'use')[0];
  if (use === undefined) return textOf(withTag(box, 'text')[0] ?? box).trim();
  const symbol = withTag(body, 'symbol').find((candidate) => `#${attribute(candidate, 'id')}` === attribute(use, 'href'));
  if (symbol === undefined) throw new Error(`<use> of a missing symbol: ${attribute(use, 'href')}`);
  return textOf(symbol).trim();
}

/** The index of the row whose band holds `y`; fails when none does. */
function rowAt(rows: readonly ReadRow[], y: number): number {
  const index = rows.findIndex((row) => row.top <= y && y < row.bottom);
  if (index < 0) throw new Error(`Nothing at y ${y} lies in a row`);
  return index;
}

/** The index of the heading nearest to the left of `x` by less than the step between headings. */
function columnAt(columns: readonly ReadColumn[], x: number): number {
  const step = columns.length > 1 ? columns[1]!.x - columns[0]!.x : Number.POSITIVE_INFINITY;
  const distances = columns.map((column) => Math.abs(column.x - x));
  const index = distances.indexOf(Math.min(...distances));
  if (index < 0 || distances[index]! >= step / 2) throw new Error(`Nothing at x ${x} lies under a heading`);
  return index;
}

export function readComparisonChart(labels: SvgElement, body: SvgElement): ComparisonReading {
  // The rules under the header and under each row, in the row-label SVG: the header's is drawn in the text colour.
  const rules = withTag(labels, 'line').map((line) => ({ y: numberAttribute(line, 'y1') + 0.5, header: attribute(line, 'stroke') === PALETTE.text }));
  const headerBottom = rules.find((rule) => rule.header)!.y;
  const rowBottoms = rules
    .filter((rule) => !rule.header)
    .map((rule) => rule.y)
    .sort((a, b) => a - b);
  const labelTexts = withTag(labels, 'text').filter((text) => numberAttribute(text, 'y') > headerBottom);
  const rows = labelTexts.map(
    (text, index): ReadRow => ({
      label: shownText(text),
      title: ownTitle(text),
      x: numberAttribute(text, 'x'),
      baseline: numberAttribute(text, 'y'),
      top: index === 0 ? headerBottom : rowBottoms[index - 1]!,
      bottom: rowBottoms[index]!,
    }),
  );
  const columns = withClass(body, 'column-link').map((link): ReadColumn => {
    const heading = withTag(link, 'text')[0]!;
    return { label: shownText(heading), href: attribute(link, 'href')!, ...translation(heading) };
  });
  const linked = withClass(body, 'cell').map((link): ReadCell => {
    const hit = withClass(link, 'cell__hit')[0]!;
    const boxes = withClass(link, 'role-box').sort((a, b) => numberAttribute(withTag(a, 'rect')[0]!, 'x') - numberAttribute(withTag(b, 'rect')[0]!, 'x'));
    return {
      row: rowAt(rows, numberAttribute(hit, 'y') + numberAttribute(hit, 'height') / 2),
      column: columnAt(columns, numberAttribute(hit, 'x') + numberAttribute(hit, 'width') / 2),
      letters: boxes.map((box) => boxLetter(box, body)).join(''),
      link,
    };
  });
  const dashes = descendants(body)
    .filter((element) => hasClass(element, 'cell__empty'))
    .map(
      (dash): ReadCell => ({
        row: rowAt(rows, numberAttribute(dash, 'y')),
        column: columnAt(columns, numberAttribute(dash, 'x')),
        letters: textOf(dash),
        link: undefined,
      }),
    );
  const cells = [...linked, ...dashes].sort((a, b) => a.row - b.row || a.column - b.column);
  return { columns, rows, cells };
}

/** The cells as a reader would list them: per row label, the columns that hold roles and their letters. */
export function filledCells(reading: ComparisonReading): Record<string, Record<string, string>> {
  return Object.fromEntries(
    reading.rows.map((row, rowIndex) => [
      row.title ?? row.label,
      Object.fromEntries(
        reading.cells.filter((cell) => cell.row === rowIndex && cell.link !== undefined).map((cell) => [reading.columns[cell.column]!.label, cell.letters]),
      ),
    ]),
  );
}
