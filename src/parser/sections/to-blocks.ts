import type { PhrasingContent, RootContent, Text } from 'mdast';
import type { Block, Phrase } from '../../schema/policy-document.ts';

/** A phrase being built: its text in pieces, joined once at the end. */
interface PhraseDraft {
  readonly parts: string[];
  /** Whether the text so far ends in a space. */
  endsInSpace: boolean;
  readonly emphasis: boolean;
  readonly strong: boolean;
}

/**
 * mdast phrasing → flat phrases, adjacent runs of the same emphasis merged, white space folded.
 * A phrase's text is gathered in pieces and joined once: appending to a string and then reading
 * its end flattens the whole string each time, which made a paragraph of many lines quadratic.
 */
export function toPhrases(nodes: readonly PhrasingContent[], marks: { emphasis?: boolean; strong?: boolean } = {}): Phrase[] {
  // Plain text (most paragraphs): one phrase, its white space folded and trimmed, without drafts.
  if (!marks.emphasis && !marks.strong && allText(nodes)) {
    const text = folded(nodes.length === 1 ? nodes[0]!.value : nodes.map((node) => node.value).join('')).trim();
    return text === '' ? [] : [{ text }];
  }
  const drafts: PhraseDraft[] = [];
  collect(drafts, nodes, Boolean(marks.emphasis), Boolean(marks.strong));
  const phrases = drafts.map((draft) => {
    const phrase: Phrase = { text: draft.parts.join('') };
    if (draft.emphasis) phrase.emphasis = true;
    if (draft.strong) phrase.strong = true;
    return phrase;
  });
  return trim(phrases);
}

/** White space that folding changes: two in a row, or one that is not a plain space. */
const UNFOLDED = /\s\s|[^\S ]/u;
/** Runs of white space as one space; a text that has none to fold is returned as it is, unread by the replace. */
const folded = (text: string): string => (UNFOLDED.test(text) ? text.replace(/\s+/gu, ' ') : text);

const allText = (nodes: readonly PhrasingContent[]): nodes is readonly Text[] => nodes.every((node) => node.type === 'text');

function collect(drafts: PhraseDraft[], nodes: readonly PhrasingContent[], emphasis: boolean, strong: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text') push(drafts, node.value, emphasis, strong);
    // Emphasis is read as phrases of its own, trimmed, then merged into these.
    else if (node.type === 'emphasis')
      for (const phrase of toPhrases(node.children, { emphasis: true, strong })) push(drafts, phrase.text, true, Boolean(phrase.strong));
    else if (node.type === 'strong')
      for (const phrase of toPhrases(node.children, { emphasis, strong: true })) push(drafts, phrase.text, Boolean(phrase.emphasis), true);
    else if ('value' in node && typeof node.value === 'string') push(drafts, node.value, emphasis, strong);
    else if ('children' in node)
      for (const phrase of toPhrases(node.children as PhrasingContent[], { emphasis, strong }))
        push(drafts, phrase.text, Boolean(phrase.emphasis), Boolean(phrase.strong));
  }
}

function push(drafts: PhraseDraft[], raw: string, emphasis: boolean, strong: boolean): void {
  const text = raw.replace(/\s+/gu, ' ');
  if (text === '') return;
  const last = drafts.at(-1);
  if (last && last.emphasis === emphasis && last.strong === strong) {
    // Both texts are folded already: only where they meet can two spaces stand together.
    const piece = last.endsInSpace && text.startsWith(' ') ? text.slice(1) : text;
    if (piece === '') return;
    last.parts.push(piece);
    last.endsInSpace = piece.endsWith(' ');
    return;
  }
  drafts.push({ parts: [text], endsInSpace: text.endsWith(' '), emphasis, strong });
}

function trim(phrases: Phrase[]): Phrase[] {
  const first = phrases[0];
  if (first) first.text = first.text.replace(/^\s+/u, '');
  const last = phrases.at(-1);
  if (last) last.text = last.text.trimEnd();
  return phrases.filter((phrase) => phrase.text !== '');
}

export function phrasesText(phrases: readonly Phrase[]): string {
  // One phrase already folded and trimmed (as `toPhrases` makes them) is its own text.
  const only = phrases.length === 1 ? phrases[0]!.text : undefined;
  if (only !== undefined && !UNFOLDED.test(only) && only === only.trim()) return only;
  return phrases
    .map((phrase) => phrase.text)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
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
