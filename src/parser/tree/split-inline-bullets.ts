import type { List, ListItem, Root, RootContent } from 'mdast';
import { paragraphFromLines, span } from './parse-blocks.ts';
import { paragraphSlices } from './paragraph-slices.ts';

/** A bullet inside a line, before a capitalised item: `… uppfylls. • Fler projekt …`. */
const INLINE_BULLET = /(?<=^|\s)[•●▪◦■►➢](?=\s+\p{Lu})/gu;

/**
 * A page transcript writes a page as one line, so a list on the page runs into the text around
 * it: `Mål • De internationella kontakterna ska … • Fler projekt …`. Each bullet inside a line
 * starts a list item; the text before the first bullet stays a paragraph (a heading run into it is
 * split off later), and the items keep their source lines.
 */
export function inlineBullets() {
  return splitInlineBullets;
}

export function splitInlineBullets(tree: Root): void {
  const next: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.data?.lines) {
      next.push(node);
      continue;
    }
    const slices = paragraphSlices(node);
    const bullets = [...slices.text.matchAll(INLINE_BULLET)].map((match) => match.index);
    if (bullets.length === 0) {
      next.push(node);
      continue;
    }
    const before = slices.slice(0, bullets[0]!);
    if (before.length > 0) next.push(paragraphFromLines(before, node.data.pageBreakBefore === true));
    const items: ListItem[] = bullets.flatMap((start, index) => {
      const lines = slices.slice(start + 1, bullets[index + 1] ?? slices.text.length);
      if (lines.length === 0) return [];
      const paragraph = paragraphFromLines(lines);
      return [{ type: 'listItem', spread: false, children: [paragraph], position: paragraph.position!, data: { lines } } satisfies ListItem];
    });
    if (items.length === 0) continue;
    const list: List = { type: 'list', ordered: false, spread: false, children: items, position: span(items[0]!.position!.start.line, items.at(-1)!.position!.end.line, 0) };
    next.push(list);
  }
  tree.children = next;
}
