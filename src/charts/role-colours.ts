/**
 * The colour of each role in the `/ansvar/` charts. A role is never shown by colour alone: every
 * mark carries the role's letter (`roles.ts`). Every fill meets 3:1 against the white page, and
 * its letter meets 4.5:1 against the fill (`tests/unit/ansvar.test.ts` checks both). `informed`,
 * the weakest role, is drawn as an outline.
 */
import type { RoleKey } from '../taxonomy/roles.ts';
import { PALETTE } from './palette.ts';

export interface RoleColour {
  /** Fill of the letter box. */
  readonly fill: string;
  /** Outline of the letter box. */
  readonly stroke: string;
  /** The letter's colour. */
  readonly text: string;
}

export const ROLE_COLOURS: Readonly<Record<RoleKey, RoleColour>> = PALETTE.roles;

/** The page background the colours are checked against. */
export const CHART_BACKGROUND = PALETTE.background;
