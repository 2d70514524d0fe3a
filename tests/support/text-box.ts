/**
 * Where a chart's text is drawn, estimated with the charts' own text measure (`src/charts/text.ts`):
 * a label is the box from its baseline's start to its end, 0.8 em above the baseline and 0.2 em
 * below it, turned by its rotation. Boxes are axis-aligned, in the chart's user units.
 */
import { textWidth } from '../../src/charts/text.ts';

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const ASCENT = 0.8;
const DESCENT = 0.2;

export interface TextPlacement {
  /** The anchor point of the baseline. */
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly bold?: boolean;
  /** Degrees, clockwise as in SVG (`rotate(-45)` runs up to the right). */
  readonly rotate?: number;
}

/** The box a text takes when drawn as `placement` says. */
export function textBox(text: string, placement: TextPlacement): Box {
  const { x, y, fontSize, anchor = 'start', bold = false, rotate = 0 } = placement;
  const width = textWidth(text, fontSize, bold);
  const start = anchor === 'start' ? 0 : anchor === 'middle' ? -width / 2 : -width;
  const corners = [
    [start, -ASCENT * fontSize],
    [start + width, -ASCENT * fontSize],
    [start, DESCENT * fontSize],
    [start + width, DESCENT * fontSize],
  ] as const;
  const radians = (rotate * Math.PI) / 180;
  const points = corners.map(([dx, dy]) => ({
    x: x + dx * Math.cos(radians) - dy * Math.sin(radians),
    y: y + dx * Math.sin(radians) + dy * Math.cos(radians),
  }));
  return {
    left: Math.min(...points.map((point) => point.x)),
    right: Math.max(...points.map((point) => point.x)),
    top: Math.min(...points.map((point) => point.y)),
    bottom: Math.max(...points.map((point) => point.y)),
  };
}

/** The box of a rectangle. */
export const rectangle = (x: number, y: number, width: number, height: number): Box => ({ left: x, right: x + width, top: y, bottom: y + height });

/** Do two boxes share any area (touching edges do not)? */
export const overlap = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Is `inner` wholly within `outer`? */
export const within = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
