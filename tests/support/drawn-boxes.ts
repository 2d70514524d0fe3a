/**
 * Where the browser draws a chart's parts, with the page's own fonts: read in the page (the
 * function is sent to it, so it uses nothing from outside itself), as boxes in CSS pixels.
 */

export interface DrawnBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface DrawnText {
  readonly text: string;
  readonly box: DrawnBox;
}

export interface DrawnCoverageChart {
  readonly chart: DrawnBox;
  /** The slanted category names over the columns. */
  readonly columnLabels: readonly DrawnText[];
  /** The documents' names, left of their rows. */
  readonly rowLabels: readonly DrawnText[];
  /** The totals' label and numbers under the columns. */
  readonly totals: readonly DrawnText[];
  /** The squares of the marks (not their focus rings). */
  readonly marks: readonly DrawnBox[];
}

/** Run in the page on the overview's `svg.coverage-chart`. */
export function drawnCoverageChart(svg: SVGSVGElement): DrawnCoverageChart {
  const box = (element: Element): DrawnBox => {
    const rect = element.getBoundingClientRect();
    return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
  };
  const texts = (selector: string): DrawnText[] =>
    [...svg.querySelectorAll(selector)].map((element) => ({
      // The text drawn, without a `<title>` that keeps a shortened label whole.
      text: [...element.childNodes]
        .filter((node) => node.nodeName !== 'title')
        .map((node) => node.textContent ?? '')
        .join(''),
      box: box(element),
    }));
  return {
    chart: box(svg),
    columnLabels: texts('.coverage-chart__columns text'),
    rowLabels: texts('.coverage-chart__row-label'),
    totals: texts('.coverage-chart__totals text'),
    marks: [...svg.querySelectorAll('.coverage-chart__mark rect:not(.coverage-chart__ring)')].map(box),
  };
}

/** Does `inner` lie within `outer`, give or take half a pixel of rounding? */
export const drawnWithin = (inner: DrawnBox, outer: DrawnBox): boolean =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/** Do two boxes share more than half a pixel each way? */
export const drawnOverlap = (a: DrawnBox, b: DrawnBox): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
