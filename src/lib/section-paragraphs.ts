/**
 * A section's paragraphs as a reader cites them: every paragraph and every list item is one, in
 * reading order, numbered from 1 (`paragraphAnchor` in ./routes.ts makes `syfte-p2` of the
 * number). The document page (`src/ui/SectionBlocks.astro`) and the search's section texts both
 * number them here, so a search hit links to the paragraph the page shows under that number.
 */
import type { Block, Phrase } from '../schema/policy-document.ts';

/** For each block, the numbers of its paragraphs: one for a paragraph, one per item of a list. */
export function sectionParagraphNumbers(blocks: readonly Block[]): number[][] {
  let next = 1;
  return blocks.map((block) => (block.type === 'paragraph' ? [next++] : block.items.map(() => next++)));
}

/** One paragraph or list item: its number and its plain text. */
export interface NumberedParagraph {
  readonly number: number;
  readonly text: string;
}

const plain = (phrases: readonly Phrase[]): string => phrases.map((phrase) => phrase.text).join('');

/** The section's paragraphs and list items, numbered, each as plain text. */
export function numberedParagraphs(blocks: readonly Block[]): NumberedParagraph[] {
  const numbers = sectionParagraphNumbers(blocks);
  return blocks.flatMap((block, index) =>
    block.type === 'paragraph'
      ? [{ number: numbers[index]![0]!, text: plain(block.phrases) }]
      : block.items.map((item, itemIndex) => ({ number: numbers[index]![itemIndex]!, text: plain(item.phrases) })),
  );
}
