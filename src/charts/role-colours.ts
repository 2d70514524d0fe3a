/**
 * The colour of each role in the `/ansvar/` charts. A role is never shown by colour alone: every
 * mark carries the role's letter (`roles.ts`). Every fill meets 3:1 against the white page, and
 * its letter meets 4.5:1 against the fill (`tests/unit/ansvar.test.ts` checks both). `informed`,
 * the weakest role, is drawn as an outline.
 */
import type { RoleKey } from '../taxonomy/roles.ts';

export interface RoleColour {
  /** Fill of the letter box. */
  readonly fill: string;
  /** Outline of the letter box. */
  readonly stroke: string;
  /** The letter's colour. */
  readonly text: string;
}

export const ROLE_COLOURS: Readonly<Record<RoleKey, RoleColour>> = {
  decides: { fill: '#1d4f91', stroke: '#1d4f91', text: '#ffffff' },
  leads: { fill: '#6a3d9a', stroke: '#6a3d9a', text: '#ffffff' },
  'carries-out': { fill: '#2d6a2f', stroke: '#2d6a2f', text: '#ffffff' },
  'follows-up': { fill: '#8a4a00', stroke: '#8a4a00', text: '#ffffff' },
  represents: { fill: '#a2275f', stroke: '#a2275f', text: '#ffffff' },
  monitors: { fill: '#0d6470', stroke: '#0d6470', text: '#ffffff' },
  supports: { fill: '#55555f', stroke: '#55555f', text: '#ffffff' },
  informed: { fill: '#ffffff', stroke: '#55555f', text: '#1b1b1f' },
};

/** The page background the colours are checked against. */
export const CHART_BACKGROUND = '#ffffff';
