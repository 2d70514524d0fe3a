import type { Paragraph, Root } from 'mdast';
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
  const children = tree.children;
  for (let index = 0; index + 1 < children.length; ) {
    const first = children[index]!;
    const second = children[index + 1]!;
    if (first.type !== 'paragraph' || second.type !== 'paragraph' || !isTorn(first, second)) {
      index++;
      continue;
    }
    const firstEnd = first.position!.end.line;
    const secondStart = second.position!.start.line;
    first.children.push({ type: 'text', value: ' ' }, ...second.children);
    first.data!.lines!.push(...second.data!.lines!);
    first.position = { start: first.position!.start, end: second.position!.end };
    children.splice(index + 1, 1);
    removed.push({ reason: TORN_SENTENCE_REASON, ruleId: 'page-break-join', startLine: firstEnd, endLine: secondStart, text: '' });
  }
}

function isTorn(first: Paragraph, second: Paragraph): boolean {
  const lastLine = first.data?.lines?.at(-1)?.text ?? '';
  const nextLine = second.data?.lines?.[0]?.text ?? '';
  if (ENDS_SENTENCE.test(lastLine) || !STARTS_LOWER.test(nextLine)) return false;
  const words = first
    .data!.lines!.map((line) => line.text)
    .join(' ')
    .split(/\s+/u).length;
  if (words < 8) return false;
  const gap = second.position!.start.line - first.position!.end.line;
  return second.data?.pageBreakBefore === true || gap <= 3;
}
