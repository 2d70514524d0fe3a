/**
 * The theme map's layout: themes (rows) × documents (columns), each cell a dot whose size and
 * fill grow with the weight, with the weight as a number beside it (never size or colour alone),
 * linking to the search pre-filtered to that municipality and word. Two SVGs of equal height, as
 * in the `/ansvar/` charts: the theme labels stay in view while the dots scroll sideways. A column
 * is as wide as its widest name, up to `MAX_COLUMN_WIDTH`; a longer name wraps in the header.
 */
import { cumsum, max } from 'd3-array';
import { scaleBand, scaleOrdinal, scaleSqrt } from 'd3-scale';
import { FONT } from '../../charts/role-marks.ts';
import { h, multilineText, num, translate, type SvgElement } from '../../charts/svg.ts';
import { textWidth, wrapText } from '../../charts/text.ts';
import type { ThemeCell, ThemeMap } from './theme-map.ts';
import { MAX_WEIGHT, weightLabel } from './weights.ts';
import { PALETTE } from '../../charts/palette.ts';
import { matrixLabels, rowBands, type MatrixChart } from '../../charts/matrix-frame.ts';

const LABEL_WIDTH = 168;
const HEADER = 34;
/** The widest a column gets (a county page can have 49); a longer document name wraps. */
export const MAX_COLUMN_WIDTH = 112;
const COLUMN_PAD = 16;
const LINE = 16;
const PAD = 8;
/** The outline of a dot (and of a bar's part in the national chart): 3:1 against the page. */
export const DOT_STROKE = PALETTE.blue.darkest;

/** Dot radius by weight (area grows with the weight). */
export const radius = scaleSqrt().domain([0, MAX_WEIGHT]).range([0, 12]);
/** Dot fill by weight, light to dark; the dark outline gives every dot 3:1 against the page. */
export const dotFill = scaleOrdinal<number, string>()
  .domain([1, 2, 3, 4])
  .range([PALETTE.blue.lightest, PALETTE.blue.light, PALETTE.blue.mid, PALETTE.blue.strong]);

/** What a screen reader hears on a dot. */
export function dotName(cell: ThemeCell, theme: string, document: string): string {
  const hits = cell.count === 1 ? '1 träff' : `${cell.count} träffar`;
  return `${document}, ${theme}: vikt ${cell.weight} av ${MAX_WEIGHT} (${weightLabel(cell.weight).toLowerCase()}), ${hits}. Sök ”${cell.searchTerm ?? ''}” i ${document}.`;
}

/** A column's name in the header, one or more lines, the last line on the header's baseline. */
function headerText(lines: readonly string[], columnWidth: number, header: number): SvgElement {
  const attrs = { 'text-anchor': 'middle', 'font-size': FONT, 'font-weight': 700, fill: PALETTE.text };
  if (lines.length === 1) return h('text', { x: num(columnWidth / 2), y: header - 11, ...attrs }, lines[0] ?? '');
  return multilineText(lines, attrs, columnWidth / 2, header - 11 - (lines.length - 1) * LINE, LINE);
}

/** The chart of a theme map. */
export function dotMatrixChart(map: ThemeMap): MatrixChart {
  const labelLines = map.rows.map((row) => wrapText(row.label, LABEL_WIDTH - 16, FONT));
  const heights = labelLines.map((lines) => Math.max(38, lines.length * LINE + 2 * PAD));
  const headerLines = map.columns.map((column) =>
    textWidth(column.label, FONT, true) + COLUMN_PAD <= MAX_COLUMN_WIDTH ? [column.label] : wrapText(column.label, MAX_COLUMN_WIDTH - COLUMN_PAD, FONT, true),
  );
  const header = HEADER + ((max(headerLines, (lines) => lines.length) ?? 1) - 1) * LINE;
  const tops = [header, ...Array.from(cumsum(heights), (sum) => header + sum)];
  const height = tops.at(-1) ?? header;
  const columnWidth = Math.ceil(Math.max(76, (max(headerLines.flat(), (line) => textWidth(line, FONT, true)) ?? 0) + COLUMN_PAD));
  const x = scaleBand<string>()
    .domain(map.columns.map((column) => column.id))
    .range([0, map.columns.length * columnWidth]);
  const width = map.columns.length * columnWidth;
  const bands = (span: number) => rowBands(tops, heights, span);

  const labels = matrixLabels(
    { width: LABEL_WIDTH, height, header, tops, heights },
    { text: 'Tema', y: header - 11, fontSize: FONT },
    'Teman',
    map.rows.map((row, index) => {
      const lines = labelLines[index] ?? [row.label];
      return multilineText(
        lines,
        { 'font-size': FONT, fill: PALETTE.text },
        8,
        (tops[index] ?? 0) + ((heights[index] ?? 0) - lines.length * LINE) / 2 + 12,
        LINE,
      );
    }),
  );

  const body = h(
    'svg',
    { class: 'matrix__body', width, height, viewBox: `0 0 ${width} ${height}`, 'data-column-width': columnWidth, 'aria-label': 'Teman per kommun' },
    bands(width),
    h('line', { class: 'js-span', x1: 0, x2: width, y1: header - 0.5, y2: header - 0.5, stroke: PALETTE.text }),
    map.columns.map((column, columnIndex) =>
      h(
        'g',
        { class: 'matrix__column', 'data-kommun': column.id, transform: translate(x(column.id) ?? 0, 0) },
        headerText(headerLines[columnIndex] ?? [column.label], columnWidth, header),
        map.rows.map((row, rowIndex) => {
          const cell = map.cells[rowIndex]?.[columnIndex];
          const middle = (tops[rowIndex] ?? 0) + (heights[rowIndex] ?? 0) / 2;
          if (!cell || cell.weight === 0 || !cell.searchTerm) {
            return h(
              'text',
              { class: 'cell__empty', x: num(columnWidth / 2), y: num(middle + 5), 'text-anchor': 'middle', 'font-size': FONT, fill: PALETTE.muted },
              '–',
            );
          }
          const cx = columnWidth / 2 - 9;
          return h(
            'a',
            {
              class: 'cell',
              href: cell.searchHref ?? undefined,
              'data-row': rowIndex,
              'data-col': columnIndex,
              'aria-label': dotName(cell, row.label, column.label),
            },
            h('rect', {
              class: 'cell__hit',
              x: 3,
              y: num((tops[rowIndex] ?? 0) + 3),
              width: columnWidth - 6,
              height: num((heights[rowIndex] ?? 0) - 6),
              rx: 4,
              fill: 'transparent',
            }),
            h(
              'g',
              { 'aria-hidden': 'true' },
              h('circle', { cx: num(cx), cy: num(middle), r: num(radius(cell.weight)), fill: dotFill(cell.weight), stroke: DOT_STROKE, 'stroke-width': 1.5 }),
              h('text', { x: num(cx + 17), y: num(middle + 5), 'font-size': FONT, 'font-weight': 700, fill: PALETTE.text }, String(cell.weight)),
            ),
          );
        }),
      ),
    ),
  );
  return { labels, body, width: LABEL_WIDTH + width, height };
}
