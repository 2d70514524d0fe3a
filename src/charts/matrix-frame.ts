/**
 * The frame every matrix chart shares (Vem gör vad, its comparisons, the theme map): two SVGs of
 * equal height, the row labels (kept in view while the cells scroll sideways on a phone) and the
 * cells, with every other row banded and a rule under each row. `js-span` marks what a script
 * stretches when it shows only some columns.
 */
import { PALETTE } from './palette.ts';
import { h, num, type SvgElement, type SvgInput } from './svg.ts';

/** A matrix chart: its row labels and its cells, as two SVGs. */
export interface MatrixChart {
  readonly labels: SvgElement;
  readonly body: SvgElement;
  readonly width: number;
  readonly height: number;
}

/** The rows' bands (every other one shaded) and rules, `span` wide; row `i` runs from `tops[i]` for `heights[i]`. */
export function rowBands(tops: readonly number[], heights: readonly number[], span: number): SvgInput[] {
  return heights.map((height, index) => [
    index % 2 === 1 ? h('rect', { class: 'js-span', x: 0, y: tops[index], width: span, height, fill: PALETTE.zebra }) : null,
    h('line', { class: 'js-span', x1: 0, x2: span, y1: num((tops[index + 1] ?? 0) - 0.5), y2: num((tops[index + 1] ?? 0) - 0.5), stroke: PALETTE.line }),
  ]);
}

/** Where a matrix chart's rows are: the label column's `width`, the chart's `height`, the header's bottom, each row's top and height. */
export interface MatrixLabelsFrame {
  readonly width: number;
  readonly height: number;
  readonly header: number;
  readonly tops: readonly number[];
  readonly heights: readonly number[];
}

/** The row-label SVG of a matrix chart: background, the rows' bands, the header's rule and its title, then `rows` (the labels). */
export function matrixLabels(
  frame: MatrixLabelsFrame,
  title: { readonly text: string; readonly y: number; readonly fontSize: number },
  ariaLabel: string,
  rows: SvgInput,
): SvgElement {
  const { width, height, header } = frame;
  return h(
    'svg',
    { class: 'matrix__labels', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-label': ariaLabel },
    h('rect', { x: 0, y: 0, width, height, fill: PALETTE.background }),
    rowBands(frame.tops, frame.heights, width),
    h('line', { x1: 0, x2: width, y1: header - 0.5, y2: header - 0.5, stroke: PALETTE.text }),
    h('text', { x: 8, y: title.y, 'font-size': title.fontSize, 'font-weight': 700, fill: PALETTE.muted }, title.text),
    rows,
  );
}
