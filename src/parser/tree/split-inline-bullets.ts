import type { List, ListItem, Root, RootContent } from 'mdast';
import { paragraphFromLines, span } from './parse-blocks.ts';
import { paragraphSlices } from './paragraph-slices.ts';
import { namesCategory } from './split-inline-headings.ts';

/** A bullet inside a line, before a capitalised item: `… uppfylls. • Fler projekt …`. */
const INLINE_BULLET = /(?<=^|\s)[•●▪◦■►➢](?=\s+\p{Lu})/gu;
const BULLET_GLYPH = /[•●▪◦■►➢]/u;

/**
 * A page transcript writes a page as one line, so a list on the page runs into the text around
 * it: `Mål • De internationella kontakterna ska … • Fler projekt …`. Each bullet inside a line
 * starts a list item; the text before the first bullet stays a paragraph (a heading run into it is
 * split off later), and the items keep their source lines. Where a heading the taxonomy knows runs
 * into the last item (`• Fler utbyten Ansvar Kommunstyrelsen …`), the list ends there and the rest
 * is a paragraph again.
 */
/** Where the list that starts at the last bullet ends: at a heading the taxonomy knows, run into the last item, or at the text's end. */
function listEnd(text: string, lastBullet: number): number {
  const tokens = [...text.slice(lastBullet).matchAll(/\S+/gu)].map((match) => ({ word: match[0], start: lastBullet + match.index }));
  const words = tokens.map((token) => token.word);
  for (let index = 2; index < tokens.length; index++) if (namesCategory(words, index)) return tokens[index]!.start;
  return text.length;
}

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
    // The bullet is a glyph on one of the lines: a paragraph without one is passed over unread.
    if (!node.data.lines.some((line) => BULLET_GLYPH.test(line.text))) {
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
    // The page goes on after its list: a heading the taxonomy knows, run into the last item, ends the list there.
    const end = listEnd(slices.text, bullets.at(-1)!);
    const items: ListItem[] = bullets.flatMap((start, index) => {
      const lines = slices.slice(start + 1, bullets[index + 1] ?? end);
      if (lines.length === 0) return [];
      const paragraph = paragraphFromLines(lines);
      return [{ type: 'listItem', spread: false, children: [paragraph], position: paragraph.position!, data: { lines } } satisfies ListItem];
    });
    if (items.length === 0) continue;
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: items,
      position: span(items[0]!.position!.start.line, items.at(-1)!.position!.end.line, 0),
    };
    next.push(list);
    const after = slices.slice(end, slices.text.length);
    if (after.length > 0) next.push(paragraphFromLines(after));
  }
  tree.children = next;
}
