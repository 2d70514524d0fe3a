/**
 * The Vem-gör-vad chart's layout: kinds of duty as rows, documents as columns, each cell the
 * actors' chips and a link to the sentences behind it. Two SVGs of equal height: the row labels
 * (kept in view while the cells scroll sideways on a phone) and the cells, one `<g>` per column so
 * a script can show any set of municipalities.
 */
import { cumsum, max } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { getRole } from '../../taxonomy/roles.ts';
import { ACTOR_SHORT_LABELS, actorLabel } from './actors.ts';
import { lowerFirst } from '../../lib/swedish.ts';
import type { DutyCell, DutyMatrix } from './duty-matrix.ts';
import { BOX, FONT, actorChip, chipWidth, roleLetterDefs } from '../../charts/role-marks.ts';
import { h, multilineText, num, translate, type SvgElement } from '../../charts/svg.ts';
import { textWidth, wrapText } from '../../charts/text.ts';
import { PALETTE } from '../../charts/palette.ts';
import { matrixLabels, rowBands, type MatrixChart } from '../../charts/matrix-frame.ts';

export const LABEL_WIDTH = 152;
const HEADER = 46;
const LINE = 16;
const CHIP_STEP = 22;
const PAD = 9;

/** Roles in words: `beslutar och leder`, but `bevakar samt stödjer och bereder` where a role already says `och`. */
function joinRoles(roles: readonly string[]): string {
  if (roles.length < 2) return roles.join('');
  const conjunction = roles.some((role) => role.includes(' och ')) ? ' samt ' : ' och ';
  return `${roles.slice(0, -1).join(', ')}${conjunction}${roles.at(-1)}`;
}

/** The ids of the role letters' symbols in this chart. */
const LETTERS = 'vgv-roll';

/**
 * What a screen reader hears on a cell: where it is, what the cell shows (its short labels, so the
 * name contains the visible text) and who does what in words.
 */
export function cellName(cell: DutyCell, column: string, row: string): string {
  const shown = cell.actors.map((actor) => ACTOR_SHORT_LABELS[actor.actorId]).join(' ');
  const who = cell.actors.map((actor) => `${actorLabel(actor.actorId)} ${joinRoles(actor.roles.map((role) => lowerFirst(getRole(role).label)))}`);
  return `${column}, ${row}: ${shown}${shown.endsWith('.') ? '' : '.'} ${who.join('; ')}. Visa meningarna.`;
}

/** The chart of a Vem-gör-vad matrix. */
export function dutyMatrixChart(matrix: DutyMatrix): MatrixChart {
  const labelLines = matrix.rows.map((row) => wrapText(row.label, LABEL_WIDTH - 20, FONT));
  const heights = matrix.rows.map((_, index) => {
    const chips = max(matrix.cells[index] ?? [], (cell) => cell.actors.length) ?? 0;
    return Math.max((labelLines[index]?.length ?? 1) * LINE, Math.max(1, chips) * CHIP_STEP - (CHIP_STEP - BOX)) + 2 * PAD;
  });
  const tops = [HEADER, ...Array.from(cumsum(heights), (sum) => HEADER + sum)];
  const height = tops.at(-1) ?? HEADER;
  const widest = max(matrix.cells.flat().flatMap((cell) => cell.actors.map((actor) => chipWidth(actor.roles.length, ACTOR_SHORT_LABELS[actor.actorId])))) ?? 0;
  const headerWidest = max(matrix.columns, (column) => textWidth(column.label, FONT, true)) ?? 0;
  const columnWidth = Math.ceil(Math.max(104, widest + 2 * PAD, headerWidest + 16));
  const x = scaleBand<string>()
    .domain(matrix.columns.map((column) => column.id))
    .range([0, matrix.columns.length * columnWidth]);
  const width = matrix.columns.length * columnWidth;

  const bands = (span: number) => rowBands(tops, heights, span);

  const labels = matrixLabels(
    { width: LABEL_WIDTH, height, header: HEADER, tops, heights },
    { text: 'Uppgift', y: HEADER - 12, fontSize: FONT },
    'Slag av uppgift',
    matrix.rows.map((row, index) => {
      const lines = labelLines[index] ?? [row.label];
      const top = (tops[index] ?? 0) + ((heights[index] ?? 0) - lines.length * LINE) / 2 + 12;
      return h(
        'a',
        { class: 'row-link', href: row.href },
        multilineText(lines, { 'font-size': FONT, fill: PALETTE.link, 'text-decoration': 'underline' }, 8, top, LINE),
      );
    }),
  );

  const column = (index: number): SvgElement => {
    const documentColumn = matrix.columns[index]!;
    const count = matrix.counts[documentColumn.id] ?? 0;
    return h(
      'g',
      { class: 'matrix__column', 'data-kommun': documentColumn.id, 'data-index': index, transform: translate(x(documentColumn.id) ?? 0, 0) },
      h('text', { x: num(columnWidth / 2), y: 20, 'text-anchor': 'middle', 'font-size': FONT, 'font-weight': 700, fill: PALETTE.text }, documentColumn.label),
      h(
        'text',
        { x: num(columnWidth / 2), y: 37, 'text-anchor': 'middle', 'font-size': 12, fill: PALETTE.muted },
        `${count} ${count === 1 ? 'uppgift' : 'uppgifter'}`,
      ),
      matrix.rows.map((row, rowIndex) => {
        const cell = matrix.cells[rowIndex]?.[index];
        const top = tops[rowIndex] ?? 0;
        const cellHeight = heights[rowIndex] ?? 0;
        if (!cell || cell.actors.length === 0) {
          return h(
            'text',
            {
              class: 'cell__empty',
              x: num(columnWidth / 2),
              y: num(top + cellHeight / 2 + 5),
              'text-anchor': 'middle',
              'font-size': FONT,
              fill: PALETTE.muted,
            },
            '–',
          );
        }
        const chipsTop = top + (cellHeight - (cell.actors.length * CHIP_STEP - (CHIP_STEP - BOX))) / 2;
        return h(
          'a',
          {
            class: 'cell',
            href: `#${cell.anchor}`,
            'data-cell': '',
            'data-row': rowIndex,
            'data-col': index,
            'aria-label': cellName(cell, documentColumn.label, row.label),
          },
          h('rect', { class: 'cell__hit', x: 3, y: num(top + 3), width: columnWidth - 6, height: num(cellHeight - 6), rx: 4, fill: 'transparent' }),
          cell.actors.map((actor, chipIndex) => actorChip(actor.roles, ACTOR_SHORT_LABELS[actor.actorId], PAD, num(chipsTop + chipIndex * CHIP_STEP), LETTERS)),
        );
      }),
    );
  };

  const body = h(
    'svg',
    { class: 'matrix__body', width, height, viewBox: `0 0 ${width} ${height}`, 'data-column-width': columnWidth, 'aria-label': 'Vem gör vad, per kommun' },
    roleLetterDefs(LETTERS),
    h(
      'g',
      { class: 'matrix__bands' },
      bands(width),
      h('line', { class: 'js-span', x1: 0, x2: width, y1: HEADER - 0.5, y2: HEADER - 0.5, stroke: PALETTE.text }),
    ),
    matrix.columns.map((_, index) => column(index)),
  );
  return { labels, body, width: LABEL_WIDTH + width, height };
}
