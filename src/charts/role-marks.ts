/**
 * The marks the `/ansvar/` charts share: a role's letter box (colour and letter, never colour
 * alone) and an actor chip (letter boxes, then the actor's short label).
 */
import { ROLE_KEYS, getRole, type RoleKey } from '../taxonomy/roles.ts';
import { ROLE_COLOURS } from './role-colours.ts';
import { PALETTE } from './palette.ts';
import { h, num, translate, type SvgElement } from './svg.ts';
import { textWidth } from './text.ts';

/** Side of a letter box, and the step from one box to the next. */
export const BOX = 16;
export const BOX_STEP = 18;
/** Font size of labels in the charts. */
export const FONT = 13;

/**
 * The letters of the roles as symbols, for charts whose cells are links (`roleBox(…, prefix)`):
 * a letter drawn through `<use>` is not text of the link, so a link's visible text is its actors'
 * short labels alone, whatever part of the cell is scrolled out of view, and its accessible name
 * can always contain it (WCAG 2.5.3). `prefix` makes the ids unique on the page.
 */
export function roleLetterDefs(prefix: string): SvgElement {
  return h(
    'defs',
    {},
    ROLE_KEYS.map((role) =>
      h(
        'symbol',
        { id: `${prefix}-${role}`, viewBox: `0 0 ${BOX} ${BOX}` },
        h(
          'text',
          { x: BOX / 2, y: num(BOX * 0.74), 'text-anchor': 'middle', 'font-size': num(BOX * 0.69), 'font-weight': 700, fill: ROLE_COLOURS[role].text },
          getRole(role).letter,
        ),
      ),
    ),
  );
}

/**
 * A role's letter in a box of the role's colour, its top left corner at `x`, `y`. With `prefix`
 * the letter is drawn from `roleLetterDefs(prefix)`; without, it is text (for charts that are an image).
 */
export function roleBox(role: RoleKey, x: number, y: number, prefix?: string): SvgElement {
  const colour = ROLE_COLOURS[role];
  return h(
    'g',
    { class: 'role-box' },
    h('rect', { x: num(x + 0.5), y: num(y + 0.5), width: BOX - 1, height: BOX - 1, rx: 2, fill: colour.fill, stroke: colour.stroke }),
    prefix
      ? h('use', { href: `#${prefix}-${role}`, x: num(x), y: num(y), width: BOX, height: BOX })
      : h(
          'text',
          { x: num(x + BOX / 2), y: num(y + BOX * 0.74), 'text-anchor': 'middle', 'font-size': num(BOX * 0.69), 'font-weight': 700, fill: colour.text },
          getRole(role).letter,
        ),
  );
}

/** The width of a chip: its boxes, a gap, its label. */
export function chipWidth(roles: number, label: string): number {
  return roles * BOX_STEP + 5 + textWidth(label, FONT);
}

/**
 * An actor's chip: one box per role (letters from `roleLetterDefs(prefix)`), then the label, its
 * top left corner at `x`, `y`. The label is written with a leading space, which SVG does not draw:
 * it keeps the labels of a cell apart as words (`KF KS`) for whatever reads the text.
 */
export function actorChip(roles: readonly RoleKey[], label: string, x: number, y: number, prefix: string): SvgElement {
  return h(
    'g',
    { class: 'chip', transform: translate(x, y) },
    roles.map((role, index) => roleBox(role, index * BOX_STEP, 0, prefix)),
    h('text', { x: roles.length * BOX_STEP + 3, y: 12.5, 'font-size': FONT, fill: PALETTE.text }, ` ${label}`),
  );
}
