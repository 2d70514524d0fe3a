import type { PhrasingContent, RootContent } from 'mdast';
import type { Block, Phrase } from '../../schema/policy-document.ts';

/** mdast phrasing → flat phrases, adjacent runs of the same emphasis merged, white space folded. */
export function toPhrases(nodes: readonly PhrasingContent[], marks: { emphasis?: boolean; strong?: boolean } = {}): Phrase[] {
  const phrases: Phrase[] = [];
  for (const node of nodes) {
    if (node.type === 'text') push(phrases, { text: node.value, ...marks });
    else if (node.type === 'emphasis') for (const phrase of toPhrases(node.children, { ...marks, emphasis: true })) push(phrases, phrase);
    else if (node.type === 'strong') for (const phrase of toPhrases(node.children, { ...marks, strong: true })) push(phrases, phrase);
    else if ('value' in node && typeof node.value === 'string') push(phrases, { text: node.value, ...marks });
    else if ('children' in node) for (const phrase of toPhrases(node.children as PhrasingContent[], marks)) push(phrases, phrase);
  }
  return trim(phrases);
}

function push(phrases: Phrase[], phrase: Phrase): void {
  const text = phrase.text.replace(/\s+/gu, ' ');
  if (text === '') return;
  const last = phrases.at(-1);
  if (last && Boolean(last.emphasis) === Boolean(phrase.emphasis) && Boolean(last.strong) === Boolean(phrase.strong)) {
    // Both texts are folded already: only where they meet can two spaces stand together.
    last.text += last.text.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
    return;
  }
  const next: Phrase = { text };
  if (phrase.emphasis) next.emphasis = true;
  if (phrase.strong) next.strong = true;
  phrases.push(next);
}

function trim(phrases: Phrase[]): Phrase[] {
  const first = phrases[0];
  if (first) first.text = first.text.replace(/^\s+/u, '');
  const last = phrases.at(-1);
  if (last) last.text = last.text.trimEnd();
  return phrases.filter((phrase) => phrase.text !== '');
}

export function phrasesText(phrases: readonly Phrase[]): string {
  return phrases.map((phrase) => phrase.text).join('').replace(/\s+/gu, ' ').trim();
}

/** A section's body nodes → the public blocks (a heading inside front matter becomes a paragraph). */
export function toBlocks(nodes: readonly RootContent[]): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const startLine = node.position!.start.line;
    const endLine = node.position!.end.line;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const phrases = toPhrases(node.children);
      if (phrases.length > 0) blocks.push({ type: 'paragraph', phrases, startLine, endLine });
    } else if (node.type === 'list') {
      const items = node.children.map((item) => ({
        phrases: toPhrases(item.children.flatMap((child) => (child.type === 'paragraph' ? child.children : []))),
        startLine: item.position!.start.line,
        endLine: item.position!.end.line,
      }));
      if (items.length === 0) continue;
      if (node.ordered) blocks.push({ type: 'list', ordered: true, start: node.start ?? 1, items, startLine, endLine });
      else blocks.push({ type: 'list', ordered: false, items, startLine, endLine });
    }
  }
  return blocks;
}

/** Plain text of blocks: one line per paragraph or list item, white space folded within each. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((block) => (block.type === 'paragraph' ? [phrasesText(block.phrases)] : block.items.map((item) => phrasesText(item.phrases))))
    .filter((text) => text !== '')
    .join('\n');
}
