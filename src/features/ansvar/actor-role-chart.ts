/**
 * One small multiple: a document's actors (rows, from fullmäktige downwards) × roles (columns,
 * each headed by its letter box), each cell a box of the role's colour with the number of duties.
 * Small enough for a phone without scrolling; the numbers are also in the table beside it.
 */
import { scaleBand } from 'd3-scale';
import { getRole } from '../../taxonomy/roles.ts';
import type { ActorRoleMatrix } from './actor-role-matrix.ts';
import { actorLabel } from './actors.ts';
import { lowerFirst } from '../../lib/swedish.ts';
import { BOX, roleBox } from '../../charts/role-marks.ts';
import { ROLE_COLOURS } from '../../charts/role-colours.ts';
import { h, multilineText, num, type SvgElement } from '../../charts/svg.ts';
import { wrapText } from '../../charts/text.ts';
import { PALETTE } from '../../charts/palette.ts';

const LABEL_WIDTH = 140;
const CELL = 25;
const HEADER = 28;
const ROW = 34;
const FONT = 12;
const MARK = 21;

/** The small multiple of one document; its accessible name is `label` (the chart's finding). */
export function actorRoleChart(matrix: ActorRoleMatrix, label: string): SvgElement {
  const x = scaleBand<string>()
    .domain(matrix.roles)
    .range([LABEL_WIDTH, LABEL_WIDTH + matrix.roles.length * CELL]);
  const width = LABEL_WIDTH + matrix.roles.length * CELL;
  const height = HEADER + Math.max(1, matrix.rows.length) * ROW;
  return h(
    'svg',
    { class: 'actor-roles', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    matrix.roles.map((role) => h('g', {}, h('title', {}, getRole(role).label), roleBox(role, num((x(role) ?? 0) + (CELL - BOX) / 2), 4))),
    h('line', { x1: 0, x2: width, y1: HEADER - 0.5, y2: HEADER - 0.5, stroke: PALETTE.text }),
    matrix.rows.length === 0 ? h('text', { x: 4, y: HEADER + 22, 'font-size': FONT, fill: PALETTE.text }, 'Inga uppgifter angivna.') : null,
    matrix.rows.map((row, index) => {
      const top = HEADER + index * ROW;
      const lines = wrapText(actorLabel(row.actorId), LABEL_WIDTH - 8, FONT).slice(0, 2);
      return h(
        'g',
        { class: 'actor-roles__row' },
        index % 2 === 1 ? h('rect', { x: 0, y: top, width, height: ROW, fill: PALETTE.zebra }) : null,
        h('line', { x1: 0, x2: width, y1: top + ROW - 0.5, y2: top + ROW - 0.5, stroke: PALETTE.line }),
        multilineText(lines, { 'font-size': FONT, fill: PALETTE.text }, 4, top + (ROW - lines.length * 14) / 2 + 11, 14),
        matrix.roles.map((role, roleIndex) => {
          const count = row.counts[roleIndex] ?? 0;
          if (count === 0) return null;
          const left = (x(role) ?? 0) + (CELL - MARK) / 2;
          const colour = ROLE_COLOURS[role];
          return h(
            'g',
            {},
            h('title', {}, `${actorLabel(row.actorId)} ${lowerFirst(getRole(role).label)}: ${count}`),
            h('rect', {
              x: num(left + 0.5),
              y: num(top + (ROW - MARK) / 2 + 0.5),
              width: MARK - 1,
              height: MARK - 1,
              rx: 3,
              fill: colour.fill,
              stroke: colour.stroke,
            }),
            h(
              'text',
              { x: num(left + MARK / 2), y: num(top + ROW / 2 + 4.5), 'text-anchor': 'middle', 'font-size': FONT, 'font-weight': 700, fill: colour.text },
              String(count),
            ),
          );
        }),
      );
    }),
  );
}
