/**
 * Every colour the charts draw with, in one place. Components' CSS uses the page's custom
 * properties (`src/ui/global.css`); SVG built at build time takes its colours from here.
 * Fills meet 3:1 against the background and text on them 4.5:1 (`tests/unit/ansvar.test.ts`).
 */
export const PALETTE = {
  /** The page and chart background the contrasts are checked against. */
  background: '#ffffff',
  /** Labels and values. */
  text: '#1b1b1f',
  /** Secondary labels: counts, axis titles, the `–` of an empty cell. */
  muted: '#4a4a55',
  /** Grid and row rules. */
  line: '#c9c9d3',
  /** Every other row's band. */
  zebra: '#f4f4f7',
  /** Links drawn inside an SVG (the page's link colour). */
  link: '#1d4f91',
  /** An outline for something absent or weak (a theme not named, a guessed category). */
  outline: '#6b6b76',
  /** The one blue ramp, lightest to darkest: shares, weights, coverage. */
  blue: {
    lightest: '#dce6f4',
    pale: '#dce7f7',
    light: '#a9c2e6',
    mid: '#5f8acb',
    strong: '#1d4f91',
    darkest: '#123664',
  },
  /** The shades of a share, most to fewest (`share-scale.ts`; `components/share-shades.css` repeats them for CSS). */
  shares: ['#7aa1d7', '#9fbce4', '#c3d5ef', '#e3ecf8', '#ffffff'],
  /** One colour per role (fill, outline, letter); `informed`, the weakest, is an outline. */
  roles: {
    decides: { fill: '#1d4f91', stroke: '#1d4f91', text: '#ffffff' },
    leads: { fill: '#6a3d9a', stroke: '#6a3d9a', text: '#ffffff' },
    'carries-out': { fill: '#2d6a2f', stroke: '#2d6a2f', text: '#ffffff' },
    'follows-up': { fill: '#8a4a00', stroke: '#8a4a00', text: '#ffffff' },
    represents: { fill: '#a2275f', stroke: '#a2275f', text: '#ffffff' },
    monitors: { fill: '#0d6470', stroke: '#0d6470', text: '#ffffff' },
    supports: { fill: '#55555f', stroke: '#55555f', text: '#ffffff' },
    informed: { fill: '#ffffff', stroke: '#55555f', text: '#1b1b1f' },
  },
} as const;
