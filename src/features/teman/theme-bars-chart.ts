/**
 * The national theme chart (above `PER_DOCUMENT_MAX` documents): one horizontal bar per theme, as
 * long as all documents, stacked from the left by weight — priority area, goal, purpose, mentioned
 * elsewhere — in the fills of the dot matrix (`dotFill`), the rest (documents that do not name the
 * theme) left white with a dashed outline. Each part prints its count where it is wide enough, the
 * bar its total to the right, and each bar says all of it in words (`aria-label` and `<title>`), so
 * nothing is told by colour alone. The label goes above its bar, so the chart reads at 390 px
 * without shrinking. d3-scale at build time; rendered as static SVG by `Svg.astro`.
 */
import { scaleLinear } from 'd3-scale';

import { h, multilineText, num, type SvgElement } from '../../charts/svg.ts';
import { textWidth, wrapText } from '../../charts/text.ts';
import { formatShare } from '../../lib/aggregate.ts';
import { formatCount } from '../../lib/aggregate-finding.ts';
import { DOT_STROKE, dotFill } from './dot-matrix-chart.ts';
import type { ThemeCount } from './theme-aggregate.ts';
import { MAX_WEIGHT } from './weights.ts';
import { PALETTE } from '../../charts/palette.ts';

export const BARS_WIDTH = 340;
const FONT = 14;
const LINE = 17;
const BAR = 22;
/** Space between a bar and the next theme's label. */
const GAP = 14;
const AXIS = FONT + 8;
/** Outline of the part of a bar without the theme, as the overview's missing mark. */
export const NOT_NAMED_STROKE = PALETTE.outline;
export const NOT_NAMED_DASH = '2 3';

/** The colour of a count printed on a part of weight `weight`: white on the darkest fill, else the text colour (both 4.5:1). */
export const countColour = (weight: number): string => (weight === MAX_WEIGHT ? PALETTE.background : PALETTE.text);

/** One theme's bar in words. */
export function describeThemeBar(count: ThemeCount): string {
  const parts = count.byWeight.map((entry, index) => {
    const label = entry.weight === 1 ? 'nämns annars' : entry.label.toLowerCase();
    return `${label} i ${formatCount(entry.documents)}${index === 0 ? ' dokument' : ''}`;
  });
  return `${count.label}: ${parts.join(', ')}; nämns inte i ${formatCount(count.notNamed)}. Nämns i ${formatCount(count.named)} av ${formatCount(count.total)} (${formatShare(count.share)}).`;
}

/** The bar's total to its right (`214 av 300`). */
const valueText = (count: ThemeCount) => `${formatCount(count.named)} av ${formatCount(count.total)}`;

/** The chart of the theme counts (all over the same documents), in their order. */
export function themeBarsChart(counts: readonly ThemeCount[], label: string): SvgElement {
  const total = counts[0]?.total ?? 0;
  const valueWidth = Math.ceil(Math.max(0, ...counts.map((count) => textWidth(valueText(count), FONT))));
  const barWidth = BARS_WIDTH - valueWidth - 8;
  const x = scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([0, barWidth]);

  let y = AXIS + 6;
  const bars = counts.map((count) => {
    const lines = wrapText(count.label, BARS_WIDTH, FONT, true);
    const labelY = y + FONT;
    const barY = y + lines.length * LINE + 4;
    y = barY + BAR + GAP;
    let start = 0;
    const parts = count.byWeight
      .filter((entry) => entry.documents > 0)
      .map((entry) => {
        const left = x(start);
        const width = x(start + entry.documents) - left;
        start += entry.documents;
        const text = formatCount(entry.documents);
        const fits = width >= textWidth(text, FONT - 1, true) + 6;
        return h(
          'g',
          { 'data-weight': entry.weight, 'data-count': entry.documents },
          h('rect', { x: num(left), y: num(barY), width: num(width), height: BAR, fill: dotFill(entry.weight), stroke: DOT_STROKE, 'stroke-width': 1 }),
          fits &&
            h(
              'text',
              {
                x: num(left + width / 2),
                y: num(barY + BAR / 2 + 5),
                'text-anchor': 'middle',
                'font-size': FONT - 1,
                'font-weight': 700,
                fill: countColour(entry.weight),
              },
              text,
            ),
        );
      });
    const description = describeThemeBar(count);
    return h(
      'g',
      { class: 'theme-bars__bar', role: 'img', 'aria-label': description, 'data-theme': count.themeId, 'data-named': count.named },
      h('title', {}, description),
      multilineText(lines, { class: 'theme-bars__label', 'font-weight': 700, fill: PALETTE.text, 'aria-hidden': 'true' }, 0, labelY, LINE),
      h('rect', {
        x: 0,
        y: num(barY),
        width: num(barWidth),
        height: BAR,
        fill: PALETTE.background,
        stroke: NOT_NAMED_STROKE,
        'stroke-width': 1,
        'stroke-dasharray': NOT_NAMED_DASH,
        'data-weight': 0,
        'data-count': count.notNamed,
      }),
      parts,
      h('text', { class: 'theme-bars__value', x: num(barWidth + 8), y: num(barY + BAR / 2 + 5), fill: PALETTE.text, 'aria-hidden': 'true' }, valueText(count)),
    );
  });

  const height = Math.ceil(y - GAP + 4);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const at = x(share * Math.max(total, 1));
    const anchor = share === 0 ? 'start' : share === 1 ? 'end' : 'middle';
    return [
      h('line', { x1: num(at), x2: num(at), y1: AXIS, y2: height, stroke: PALETTE.line, 'stroke-width': 1 }),
      h('text', { x: num(at), y: FONT, 'text-anchor': anchor, 'font-size': FONT - 2, fill: PALETTE.muted }, formatShare(share)),
    ];
  });

  return h(
    'svg',
    { class: 'theme-bars', width: BARS_WIDTH, height, viewBox: `0 0 ${BARS_WIDTH} ${height}`, role: 'group', 'aria-label': label, 'font-size': FONT },
    h('g', { 'aria-hidden': 'true' }, ticks),
    bars,
  );
}
