/**
 * Shades for shares (0–100 %) of documents in tables: five steps from white to mid blue. A shade
 * never carries the share alone: every shaded cell prints its percentage and count, in the page's
 * text colour, which meets 4.5:1 on each shade (checked in tests/unit/overview-scale.test.ts).
 * Two scales use the same five shades: `SHARE_BINS` for shares that are mostly high (how many
 * documents cover a category) and `SPREAD_BINS` for shares spread low (how many documents give a
 * duty to one actor among a dozen).
 */
import { wholePercent } from '../lib/aggregate.ts';
import { PALETTE } from './palette.ts';

export interface ShareBin {
  /** The shade, as a class-name suffix (`share-cell--all`); shared by both scales. */
  readonly key: 'all' | 'most' | 'many' | 'half' | 'few';
  /** Lowest whole per cent in the step (inclusive). */
  readonly min: number;
  /** The step in words, for the legend (`90–99 %`). */
  readonly label: string;
  readonly fill: string;
}

/** The steps, from the highest share down. */
export const SHARE_BINS: readonly ShareBin[] = [
  { key: 'all', min: 100, label: '100 %', fill: PALETTE.shares[0] },
  { key: 'most', min: 90, label: '90–99 %', fill: PALETTE.shares[1] },
  { key: 'many', min: 75, label: '75–89 %', fill: PALETTE.shares[2] },
  { key: 'half', min: 50, label: '50–74 %', fill: PALETTE.shares[3] },
  { key: 'few', min: 0, label: 'under 50 %', fill: PALETTE.background },
];

/** The steps for shares spread low, from the highest down: the same shades, lower bounds. */
export const SPREAD_BINS: readonly ShareBin[] = [
  { key: 'all', min: 50, label: '50 % eller mer', fill: PALETTE.shares[0] },
  { key: 'most', min: 25, label: '25–49 %', fill: PALETTE.shares[1] },
  { key: 'many', min: 10, label: '10–24 %', fill: PALETTE.shares[2] },
  { key: 'half', min: 1, label: '1–9 %', fill: PALETTE.shares[3] },
  { key: 'few', min: 0, label: '0 %', fill: PALETTE.background },
];

/** The step of a share, by the whole per cent the cell prints (`wholePercent`), so shade and number agree. */
export function shareBin(share: number, bins: readonly ShareBin[] = SHARE_BINS): ShareBin {
  const whole = wholePercent(share);
  return bins.find((bin) => whole >= bin.min) ?? bins[bins.length - 1]!;
}
