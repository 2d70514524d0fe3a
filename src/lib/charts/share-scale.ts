/**
 * Shades for shares (0–100 %) in the county matrix: five steps from white to mid blue. A shade
 * never carries the share alone: every shaded cell prints its percentage and count, in the page's
 * text colour, which meets 4.5:1 on each shade (checked in tests/unit/overview-scale.test.ts).
 */
import { wholePercent } from '../overview/aggregate.ts';

export interface ShareBin {
  /** Class-name suffix (`share--all`). */
  readonly key: 'all' | 'most' | 'many' | 'half' | 'few';
  /** Lowest whole per cent in the step (inclusive). */
  readonly min: number;
  /** The step in words, for the legend (`90–99 %`). */
  readonly label: string;
  readonly fill: string;
}

/** The steps, from the highest share down. */
export const SHARE_BINS: readonly ShareBin[] = [
  { key: 'all', min: 100, label: '100 %', fill: '#7aa1d7' },
  { key: 'most', min: 90, label: '90–99 %', fill: '#9fbce4' },
  { key: 'many', min: 75, label: '75–89 %', fill: '#c3d5ef' },
  { key: 'half', min: 50, label: '50–74 %', fill: '#e3ecf8' },
  { key: 'few', min: 0, label: 'under 50 %', fill: '#ffffff' },
];

/** The step of a share, by the whole per cent the cell prints (`wholePercent`), so shade and number agree. */
export function shareBin(share: number): ShareBin {
  const whole = wholePercent(share);
  return SHARE_BINS.find((bin) => whole >= bin.min) ?? SHARE_BINS[SHARE_BINS.length - 1]!;
}
