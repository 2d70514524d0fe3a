import { appendAll } from '../arrays.ts';
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import '../file-data.ts';
import { FUNCTION_WORDS, headingKey, isCategoryHeading } from './heading-cues.ts';
import { paragraphFromLines, span } from './parse-blocks.ts';
import { paragraphSlices } from './paragraph-slices.ts';

export interface InlineHeadingOptions {
  readonly tocEntries: readonly string[];
  readonly tocText: string;
  /** Also look for unnumbered headings (`… i kursiverad text. Mervärden Internationella projekt ska …`). */
  readonly unnumbered: boolean;
}

interface Split {
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly number?: string;
}

/** A word that opens a sentence or heading: capitalised, or an abbreviation such as `EU`. */
const CAPITALISED = /^\p{Lu}/u;
const WORD = /^[\p{L}][\p{L}-]*$/u;
const ACTOR_ALONE = /^(kommun|stads)?(fullmäktige|styrelsen?|nämnd(en|erna)?)$/iu;
const MAX_TITLE_WORDS = 7;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
const MAX_TOC_TITLE_WORDS = 12;

/**
 * Scraped transcripts glue headings to the text that follows them: `2. Syfte Kommunens
 * verksamheter …`. A numbered heading is split off where its title is one the document's own table
 * of contents names (or, without one, where the title's words end at a capitalised word); in a
 * transcript, short capitalised phrases between a sentence end and a capitalised sentence start
 * (`Mervärden Internationella projekt ska …`) are split off as subheadings.
 */
/** The unified plugin: headings run into the text, guided by the table of contents the noise stage found (`file.data.noise`). */
export function inlineHeadings() {
  return (tree: Root, file: VFile): void => {
    const noise = file.data.noise;
    splitInlineHeadings(tree, { tocEntries: noise?.tocEntries ?? [], tocText: noise?.tocText ?? '', unnumbered: noise?.transcript ?? false });
  };
}

const DIGIT = /\d/u;

export function splitInlineHeadings(tree: Root, options: InlineHeadingOptions): void {
  const toc = [options.tocText, ...options.tocEntries].map((entry) => entry.toLowerCase()).join(' | ');
  const next: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.data?.lines) {
      next.push(node);
      continue;
    }
    const text = node.data.lines.map((line) => line.text).join(' ');
    const splits = findSplits(text, toc, options.unnumbered);
    if (splits.length === 0) next.push(node);
    else appendAll(next, applySplits(node, splits));
  }
  tree.children = next;
}

function findSplits(text: string, toc: string, unnumbered: boolean): Split[] {
  const splits: Split[] = [];
  // Outside a transcript a heading run into the text is numbered: text without a digit has none.
  if (!unnumbered && !DIGIT.test(text)) return splits;
  const tokens = [...text.matchAll(/\S+/gu)].map((match) => ({ word: match[0], start: match.index }));
  const list = tokens.map((t) => t.word);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = tokens[index - 1]?.word;
    // A heading run into the text stands after a sentence's end, or (in a transcript) is a heading the
    // taxonomy knows, run in after a line that had no full stop: `… i Europa Syfte Det internationella …`.
    const atBoundary = previous === undefined || /[.!?:]$/u.test(previous) || /^\d{1,2}\.$/u.test(token.word) || (unnumbered && namesCategory(list, index));
    if (!atBoundary) continue;
    const numbered = /^(\d{1,2}(?:\.\d{1,2})*)\.?$/u.exec(token.word);
    const first = numbered ? index + 1 : index;
    if (numbered && (previous === undefined || /[.!?:]$/u.test(previous))) {
      const length = titleLength(list, first, toc, true);
      if (length > 0) {
        const last = tokens[first + length - 1]!;
        splits.push({ start: token.start, end: last.start + last.word.length, title: joinWords(tokens, first, length), number: numbered[1]! });
        index = first + length - 1;
      }
      continue;
    }
    if (!numbered && unnumbered) {
      const length = titleLength(list, first, toc, false);
      if (length > 0) {
        const last = tokens[first + length - 1]!;
        splits.push({ start: token.start, end: last.start + last.word.length, title: joinWords(tokens, first, length) });
        index = first + length - 1;
      }
    }
  }
  return splits;
}

/** Does a category's heading (`Syfte`, `Ansvar`, `Prioriterade områden`) start at `index`, followed by a capitalised word? */
export function namesCategory(list: readonly string[], index: number): boolean {
  if (!CAPITALISED.test(list[index] ?? '') || !/\p{Ll}$/u.test(list[index - 1] ?? '')) return false;
  for (let length = 1; length <= 3; length++) {
    const following = list[index + length];
    if (following === undefined) return false;
    const words = list.slice(index, index + length);
    if (!words.every((word) => WORD.test(word))) return false;
    if (CAPITALISED.test(following) && isCategoryHeading(words.join(' '))) return true;
  }
  return false;
}

function joinWords(tokens: { word: string }[], first: number, length: number): string {
  return tokens
    .slice(first, first + length)
    .map((t) => t.word)
    .join(' ');
}

/**
 * How many words from `first` make a heading, or 0. The heading is a capitalised word followed by
 * lower-case words, ending right before a capitalised word that starts a sentence of three words
 * or more. With a table of contents, a numbered heading's title must be in it (longest match wins).
 */
function titleLength(list: string[], first: number, toc: string, numbered: boolean): number {
  const opening = list[first];
  if (!opening || !CAPITALISED.test(opening) || !WORD.test(opening)) return 0;
  if (FUNCTION_WORDS.has(opening.toLowerCase())) return 0;
  // An abbreviation (`EU`, `KF`) or a label in capitals (`STRATEGI`) opens a sentence or a cover line, not a heading run into the text.
  if (!numbered && ACRONYM.test(opening)) return 0;
  const guidedByToc = numbered && toc.trim() !== '';
  let best = 0;
  for (let length = 1; length <= (guidedByToc ? MAX_TOC_TITLE_WORDS : MAX_TITLE_WORDS); length++) {
    const word = list[first + length - 1];
    if (!word || !WORD.test(word)) break;
    // Without a table of contents to confirm it, a title is one capitalised word and lower-case words.
    if (!guidedByToc && length > 1 && CAPITALISED.test(word)) break;
    const following = list[first + length];
    // The text after a heading opens with a capital; where the table of contents names the heading, it may open with a number or a small letter.
    if (!following || (!CAPITALISED.test(following) && !guidedByToc)) continue;
    if (list.length - (first + length) < 3) continue;
    if (FUNCTION_WORDS.has(word.toLowerCase())) continue;
    const title = list.slice(first, first + length).join(' ');
    if (ACTOR_ALONE.test(title)) continue;
    if (guidedByToc && !toc.includes(headingKey(title))) continue;
    best = length;
    if (!guidedByToc) break;
  }
  return best;
}

/** Cut a paragraph at the splits: text before, then for each split a heading and the text after it. */
function applySplits(paragraph: Paragraph, splits: Split[]): RootContent[] {
  const slices = paragraphSlices(paragraph);
  const out: RootContent[] = [];
  const pushText = (start: number, end: number, pageBreakBefore: boolean) => {
    const pieces = slices.slice(start, end);
    if (pieces.length > 0) out.push(paragraphFromLines(pieces, pageBreakBefore));
  };
  let previousEnd = 0;
  splits.forEach((split, index) => {
    pushText(previousEnd, split.start, index === 0 && paragraph.data?.pageBreakBefore === true);
    const line = slices.lineAt(split.start);
    const heading: Heading = {
      type: 'heading',
      depth: split.number ? (Math.min(6, split.number.split('.').length) as Heading['depth']) : 2,
      children: [{ type: 'text', value: split.title }],
      position: span(line, line, 0),
      data: { kind: 'inline', line, ...(split.number ? { number: split.number } : {}) },
    };
    out.push(heading);
    previousEnd = split.end;
  });
  pushText(previousEnd, slices.text.length, false);
  return out;
}
