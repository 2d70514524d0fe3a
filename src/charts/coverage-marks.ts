/**
 * The marks the site's charts draw, styled in one place so that a chart and its legend agree.
 * A mark never says something by colour alone: each state has its own fill (filled, light or
 * empty), its own outline (solid or dashed) and its own glyph (✓, ?, –). Colours meet 3:1 against
 * white for the marks and 4.5:1 for glyphs against their fill (WCAG 1.4.11 and 1.4.3).
 */
import { PALETTE } from './palette.ts';

/** A glyph inside a mark: drawn as a path (`check`, `dash`) or as text. */
export type Glyph = { readonly kind: 'check' } | { readonly kind: 'dash' } | { readonly kind: 'text'; readonly text: string } | { readonly kind: 'none' };

export interface MarkStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  /** `stroke-dasharray`, or `null` for a solid outline. */
  readonly dash: string | null;
  readonly glyph: Glyph;
  readonly glyphColor: string;
  /** What the mark means, for the legend (`Avsnitt finns`). */
  readonly meaning: string;
}

/** The three states of a coverage mark. */
export const COVERAGE_MARKS = {
  heading: {
    fill: PALETTE.link,
    stroke: PALETTE.link,
    strokeWidth: 2,
    dash: null,
    glyph: { kind: 'check' },
    glyphColor: PALETTE.background,
    meaning: 'Avsnitt finns (rubriken säger det)',
  },
  guessed: {
    fill: PALETTE.blue.pale,
    stroke: PALETTE.link,
    strokeWidth: 2,
    dash: '5 3',
    glyph: { kind: 'text', text: '?' },
    glyphColor: PALETTE.blue.darkest,
    meaning: 'Avsnitt finns, men kategorin är gissad från texten',
  },
  missing: {
    fill: PALETTE.background,
    stroke: PALETTE.outline,
    strokeWidth: 1.5,
    dash: '2 3',
    glyph: { kind: 'dash' },
    glyphColor: PALETTE.muted,
    meaning: 'Avsnitt saknas',
  },
} as const satisfies Record<string, MarkStyle>;

/**
 * The three parts of a bar in the aggregate chart (`category-bars.ts`): the same fills and
 * outlines as the coverage marks, without glyphs (a bar's part can be a few pixels wide), meaning
 * documents rather than one document's cell.
 */
export const BAR_MARKS = {
  heading: { ...COVERAGE_MARKS.heading, glyph: { kind: 'none' }, meaning: 'Dokument med avsnittet (rubriken säger det)' },
  guessed: { ...COVERAGE_MARKS.guessed, glyph: { kind: 'none' }, meaning: 'Dokument med avsnittet, men kategorin gissad från texten' },
  missing: { ...COVERAGE_MARKS.missing, glyph: { kind: 'none' }, meaning: 'Dokument utan avsnittet' },
} as const satisfies Record<string, MarkStyle>;

/** Path data of a glyph drawn inside a square mark of side `size`, centred on (0, 0). */
export function glyphPath(glyph: Glyph, size: number): string | null {
  const s = size;
  const r = (value: number) => Math.round(value * 10) / 10;
  if (glyph.kind === 'check') return `M${r(-0.24 * s)},${r(0.01 * s)}L${r(-0.07 * s)},${r(0.18 * s)}L${r(0.25 * s)},${r(-0.17 * s)}`;
  if (glyph.kind === 'dash') return `M${r(-0.18 * s)},0L${r(0.18 * s)},0`;
  return null;
}
