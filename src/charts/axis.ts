/** Axis ticks of a band scale, computed once for any chart: where each label goes and what it says. */
import type { ScaleBand } from 'd3-scale';

export interface BandTick {
  readonly key: string;
  readonly label: string;
  /** The band's start. */
  readonly start: number;
  /** The band's centre. */
  readonly center: number;
}

/** One tick per band of `scale`, labelled by `label`. */
export function bandTicks(scale: ScaleBand<string>, label: (key: string) => string): BandTick[] {
  const round = (value: number) => Math.round(value * 10) / 10;
  return scale.domain().map((key) => {
    const start = scale(key) ?? 0;
    return { key, label: label(key), start: round(start), center: round(start + scale.bandwidth() / 2) };
  });
}
