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
