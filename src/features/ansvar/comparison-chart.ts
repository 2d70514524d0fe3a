/**
 * A comparison across municipalities: documents as rows, actors (for one kind of duty) or kinds of
 * duty (for one actor) as columns under slanted headings that link to their own pages, each cell
 * the roles' letter boxes and a link to that document's sentences. Two SVGs of equal height, as in
 * the Vem-gör-vad chart: the row labels stay in view while the cells scroll sideways.
 */
import { max } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { getRole, type RoleKey } from '../../taxonomy/roles.ts';
import { lowerFirst } from '../../lib/swedish.ts';
import type { Comparison } from './comparison.ts';
import type { MatrixChart } from '../../charts/matrix-frame.ts';
import { BOX, BOX_STEP, FONT, roleBox, roleLetterDefs } from '../../charts/role-marks.ts';
import { h, num, translate } from '../../charts/svg.ts';
import { fitText, textWidth } from '../../charts/text.ts';
import { PALETTE } from '../../charts/palette.ts';

const ROW = 36;
const HEADER_FONT = 12;
const SLANT = Math.SQRT1_2;

/** The ids of the role letters' symbols in this chart (its cells show no text, only letters drawn from these). */
const LETTERS = 'jmf-roll';

/** What a screen reader hears on a cell: where, and the roles in words. */
function cellName(document: string, column: string, roles: readonly RoleKey[], columnsAreActors: boolean): string {
  const doing = roles.map((role) => lowerFirst(getRole(role).label)).join(' och ');
  return columnsAreActors ? `${document}: ${column} ${doing}. Visa meningarna.` : `${document}, ${column}: ${doing}. Visa meningarna.`;
}

/** The widest the municipality column gets: a label longer than that (`Upplands Väsby: Riktlinjer för …`) is shortened, so that the cells stay in view on a phone. */
const LABEL_MAX = 180;

/** The chart of a comparison; `columnsAreActors` words the cells' names (`Hylte: Kommunfullmäktige beslutar`). */
export function comparisonChart(comparison: Comparison, columnsAreActors: boolean): MatrixChart {
  const labelWidth = Math.min(LABEL_MAX, Math.ceil(Math.max(104, (max(comparison.rows, (row) => textWidth(row.document.label, FONT, true)) ?? 0) + 20)));
  const widestCell = max(comparison.rows.flatMap((row) => row.cells.map((cell) => cell.length))) ?? 1;
  const columnWidth = Math.max(40, widestCell * BOX_STEP + 16);
  const headerTexts = comparison.columns.map((column) => textWidth(column.label, HEADER_FONT) * SLANT);
  const header = Math.ceil((max(headerTexts) ?? 0) + 22);
  const x = scaleBand<string>()
    .domain(comparison.columns.map((column) => column.id))
    .range([0, comparison.columns.length * columnWidth]);
  const overhang = max(comparison.columns, (column, index) => (x(column.id) ?? 0) + columnWidth / 2 + (headerTexts[index] ?? 0) + 8) ?? 0;
  const width = Math.ceil(Math.max(comparison.columns.length * columnWidth, overhang));
  const height = header + comparison.rows.length * ROW;
  const band = (index: number, span: number) => [
    index % 2 === 1 ? h('rect', { x: 0, y: header + index * ROW, width: span, height: ROW, fill: PALETTE.zebra }) : null,
    h('line', { x1: 0, x2: span, y1: header + (index + 1) * ROW - 0.5, y2: header + (index + 1) * ROW - 0.5, stroke: PALETTE.line }),
  ];

  const labels = h(
    'svg',
    { class: 'matrix__labels', width: labelWidth, height, viewBox: `0 0 ${labelWidth} ${height}`, 'aria-label': 'Kommuner' },
    h('rect', { x: 0, y: 0, width: labelWidth, height, fill: PALETTE.background }),
    comparison.rows.map((_, index) => band(index, labelWidth)),
    h('line', { x1: 0, x2: labelWidth, y1: header - 0.5, y2: header - 0.5, stroke: PALETTE.text }),
    h('text', { x: 8, y: header - 10, 'font-size': FONT, 'font-weight': 700, fill: PALETTE.muted }, 'Kommun'),
    comparison.rows.map((row, index) => {
      const shown = fitText(row.document.label, labelWidth - 16, FONT, true);
      // A shortened label keeps the whole one as its title (a tooltip, and what a screen reader reads).
      return h(
        'text',
        { x: 8, y: header + index * ROW + ROW / 2 + 5, 'font-size': FONT, 'font-weight': 700, fill: PALETTE.text },
        shown === row.document.label ? shown : [h('title', {}, row.document.label), shown],
      );
    }),
  );

  const body = h(
    'svg',
    { class: 'matrix__body', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-label': columnsAreActors ? 'Aktörer per kommun' : 'Uppgifter per kommun' },
    roleLetterDefs(LETTERS),
    comparison.rows.map((_, index) => band(index, width)),
    h('line', { x1: 0, x2: width, y1: header - 0.5, y2: header - 0.5, stroke: PALETTE.text }),
    comparison.columns.map((column) => {
      const centre = (x(column.id) ?? 0) + columnWidth / 2;
      return h(
        'a',
        { class: 'column-link', href: column.href },
        h(
          'text',
          { transform: `${translate(centre - 4, header - 8)} rotate(-45)`, 'font-size': HEADER_FONT, fill: PALETTE.link, 'text-decoration': 'underline' },
          column.label,
        ),
      );
    }),
    comparison.rows.map((row, rowIndex) =>
      row.cells.map((roles, columnIndex) => {
        const column = comparison.columns[columnIndex]!;
        const left = x(column.id) ?? 0;
        const top = header + rowIndex * ROW;
        if (roles.length === 0)
          return h(
            'text',
            { class: 'cell__empty', x: num(left + columnWidth / 2), y: top + ROW / 2 + 5, 'text-anchor': 'middle', 'font-size': FONT, fill: PALETTE.muted },
            '–',
          );
        const boxesLeft = left + (columnWidth - (roles.length * BOX_STEP - (BOX_STEP - BOX))) / 2;
        return h(
          'a',
          {
            class: 'cell',
            href: `#${row.anchor}`,
            'data-cell': '',
            'data-row': rowIndex,
            'data-col': columnIndex,
            'aria-label': cellName(row.document.label, column.label, roles, columnsAreActors),
          },
          h('rect', { class: 'cell__hit', x: num(left + 2), y: top + 2, width: columnWidth - 4, height: ROW - 4, rx: 4, fill: 'transparent' }),
          roles.map((role, index) => roleBox(role, num(boxesLeft + index * BOX_STEP), top + (ROW - BOX) / 2, LETTERS)),
        );
      }),
    ),
  );
  return { labels, body, width: labelWidth + width, height };
}
