/**
 * A table cell that holds a share of documents (`ShareNumber`, `ShareCell`) as a reader sees it:
 * the percentage on one line and the count below it, or a dash for none.
 */
import type { SvgElement } from '../../src/charts/svg.ts';
import { shownText, withClass } from './chart-tree.ts';

/** `62 % | 186 av 300`, `62 % | 186`, or `–` for a cell that prints no share. */
export function shownShare(cell: SvgElement): string {
  const [share] = withClass(cell, 'share-number__share');
  const [count] = withClass(cell, 'share-number__count');
  return share && count ? `${shownText(share)} | ${shownText(count)}` : shownText(cell);
}
