import { appendAll } from '../arrays.ts';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Removal } from '../../schema/policy-document.ts';
import '../file-data.ts';

const ENDS_SENTENCE = /[.!?:;…"”»)\]]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

export const TORN_SENTENCE_REASON = 'Mening som delades av en sidbrytning har fogats ihop; tomrader och sidnummer mellan delarna är borttagna.';

/**
 * A sentence cut by a page break arrives as two paragraphs: `… samt att ge` ⏎⏎ `kommunstyrelsen i
 * uppdrag …`. When a paragraph of some length ends without closing punctuation and the next one
 * starts in lower case right after a page break or a short gap, the two are one paragraph again.
 */
/** The unified plugin: joins torn sentences, recording each join in `file.data.removed`. */
export function tornSentences() {
  return (tree: Root, file: VFile): void => joinTornSentences(tree, (file.data.removed ??= []));
}

export function joinTornSentences(tree: Root, removed: Removal[]): void {
  // One pass: each node joins the paragraph before it or follows it (splicing a joined one out
  // of the list would move every node after it, once per join).
  const next: RootContent[] = [];
  for (const second of tree.children) {
    const first = next.at(-1);
    if (first?.type !== 'paragraph' || second.type !== 'paragraph' || !isTorn(first, second)) {
      next.push(second);
      continue;
    }
    const firstEnd = first.position!.end.line;
    const secondStart = second.position!.start.line;
    first.children.push({ type: 'text', value: ' ' });
    appendAll(first.children, second.children);
    appendAll(first.data!.lines!, second.data!.lines!);
    first.position = { start: first.position!.start, end: second.position!.end };
    removed.push({ reason: TORN_SENTENCE_REASON, ruleId: 'page-break-join', startLine: firstEnd, endLine: secondStart, text: '' });
  }
  tree.children = next;
}

function isTorn(first: Paragraph, second: Paragraph): boolean {
  const lastLine = first.data?.lines?.at(-1)?.text ?? '';
  const nextLine = second.data?.lines?.[0]?.text ?? '';
  if (ENDS_SENTENCE.test(lastLine) || !STARTS_LOWER.test(nextLine)) return false;
  if (!hasWords(first.data!.lines!, 8)) return false;
  const gap = second.position!.start.line - first.position!.end.line;
  return second.data?.pageBreakBefore === true || gap <= 3;
}

/**
 * Do the lines, joined by a space, hold `least` words or more? Counted line by line up to `least`: a
 * paragraph that grows by a join on every page is not counted again whole each time.
 */
function hasWords(lines: readonly { text: string }[], least: number): boolean {
  let words = 0;
  for (const { text } of lines) {
    // A line with white space at an end (never made by the parser) is counted as the whole text would be.
    if (text === '' || text !== text.trim())
      return (
        lines
          .map((line) => line.text)
          .join(' ')
          .split(/\s+/u).length >= least
      );
    words += text.split(/\s+/u).length;
    if (words >= least) return true;
  }
  return false;
}
