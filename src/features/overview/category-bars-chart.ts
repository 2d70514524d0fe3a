/**
 * Layout of the overview's aggregate chart (used above `PER_DOCUMENT_MAX` documents): one
 * horizontal bar per canonical category, as long as all documents, split into those whose section
 * is named by a heading, those whose category was guessed from the text, and those without the
 * category. Each bar has its label and its count above it, so the chart reads at 390 px without
 * shrinking. d3-scale at build time; rendered as static SVG by `CategoryBarsChart.astro`.
 */
import { scaleLinear } from 'd3-scale';
import type { CategoryCount } from '../../lib/aggregate.ts';
import { formatShare } from '../../lib/aggregate.ts';
import type { CoverageStatus } from '../../lib/coverage-matrix.ts';

export interface CategoryBarsOptions {
  readonly width?: number;
  readonly fontSize?: number;
  readonly barHeight?: number;
}

export interface BarSegment {
  readonly status: CoverageStatus;
  readonly x: number;
  readonly width: number;
  /** Documents in the segment. */
  readonly count: number;
}

export interface CategoryBar {
  readonly category: string;
  readonly label: string;
  /** `285 av 300 (95 %)`. */
  readonly value: string;
  /** Baseline of the label and value. */
  readonly textY: number;
  readonly barY: number;
  /** Segments in drawing order: missing (the whole bar) first, then named, then guessed. */
  readonly segments: readonly BarSegment[];
  /** Everything the bar shows, in words, for `aria-label` and `<title>`. */
  readonly description: string;
}

export interface CategoryBarsLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly barHeight: number;
  /** Where the bars start and how long a bar of every document is. */
  readonly barX: number;
  readonly barWidth: number;
  readonly bars: readonly CategoryBar[];
  /** Gridlines with their labels (`0 %` … `100 %`) under the bars. */
  readonly ticks: readonly { readonly x: number; readonly text: string }[];
  readonly gridTop: number;
  readonly gridBottom: number;
  readonly tickY: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The bar of one category in words. */
export function describeBar(count: CategoryCount): string {
  const guessed = count.guessed === 0 ? '' : `, i ${count.guessed} av dem gissat från texten`;
  return `${count.label}: ${count.covered} av ${count.total} dokument har ett eget avsnitt (${formatShare(count.share)})${guessed}; ${count.missing} saknar det`;
}

/** Lay out the bars for the five category counts (all over the same documents). */
export function layoutCategoryBars(counts: readonly CategoryCount[], options: CategoryBarsOptions = {}): CategoryBarsLayout {
  const width = options.width ?? 340;
  const fontSize = options.fontSize ?? 14;
  const barHeight = options.barHeight ?? 22;
  const total = counts[0]?.total ?? 0;
  const barX = 1;
  const barWidth = width - 2;
  const x = scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([barX, barX + barWidth]);
  const step = fontSize + 6 + barHeight + 14;
  const top = 2;

  const bars = counts.map((count, index): CategoryBar => {
    const textY = round(top + index * step + fontSize);
    const barY = round(textY + 6);
    const named = x(count.heading) - barX;
    const guessed = x(count.heading + count.guessed) - x(count.heading);
    const segments: BarSegment[] = [
      { status: 'missing', x: barX, width: barWidth, count: count.missing },
      ...(count.heading > 0 ? [{ status: 'heading' as const, x: barX, width: round(named), count: count.heading }] : []),
      ...(count.guessed > 0 ? [{ status: 'guessed' as const, x: round(barX + named), width: round(guessed), count: count.guessed }] : []),
    ];
    return {
      category: count.category,
      label: count.label,
      value: `${count.covered} av ${count.total} (${formatShare(count.share)})`,
      textY,
      barY,
      segments,
      description: describeBar(count),
    };
  });

  const gridTop = round(top + fontSize + 2);
  const gridBottom = round(top + counts.length * step - 8);
  const tickY = round(gridBottom + fontSize + 2);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ x: round(x(share * Math.max(total, 1))), text: formatShare(share) }));
  return { width, height: Math.ceil(tickY + 6), fontSize, barHeight, barX, barWidth, bars, ticks, gridTop, gridBottom, tickY };
}
