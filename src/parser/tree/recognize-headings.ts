import type { Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import '../file-data.ts';
import { toString } from 'mdast-util-to-string';
import { headingKey, isAllCaps, isCategoryHeading, looksLikeHeading, NUMBERED_HEADING } from './heading-cues.ts';
import type { BlockLine } from './mdast-data.ts';
import { paragraphFromLines, span } from './parse-blocks.ts';

export interface RecognizeHeadingsOptions {
  /** The document's title, to mark the lines that repeat it. */
  readonly title: string | null;
  readonly tocEntries: readonly string[];
}

/**
 * Decide which paragraphs are headings, with the whole document in view: a line of its own that
 * is numbered (`4. Mål`, `2.1 Barn och …`), listed in the document's table of contents, written in
 * capitals, or short and heading-shaped (`Ansvar och organisation`). A heading line directly on
 * top of its paragraph (no blank line between, as PDF extraction leaves it) is split off when the
 * table of contents or a category names it. Lines repeating the title are marked as such.
 */
/** The unified plugin: heading lines, with the title and table of contents the noise stage found (`file.data.noise`). */
export function headingLines() {
  return (tree: Root, file: VFile): void => {
    const noise = file.data.noise;
    recognizeHeadings(tree, { title: noise?.title?.text ?? null, tocEntries: noise?.tocEntries ?? [] });
  };
}

export function recognizeHeadings(tree: Root, options: RecognizeHeadingsOptions): void {
  const toc = new Set(options.tocEntries.map(headingKey));
  const titleKey = options.title ? headingKey(options.title) : null;
  const isTitleKey = (key: string) => titleKey !== null && (key === titleKey || startsWithTitle(key, titleKey));
  const isTitle = (text: string) => isTitleKey(headingKey(text));
  const next: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (isTitle(toString(node))) node.data = { ...node.data, isTitle: true };
      next.push(node);
      continue;
    }
    if (node.type !== 'paragraph' || !node.data?.lines?.length) {
      next.push(node);
      continue;
    }
    const [first, ...rest] = node.data.lines;
    // The line's key is made once: the title, the table of contents and the kind all read it.
    const key = headingKey(first!.text);
    const kind = headingKind(first!.text, key, toc, isTitleKey);
    if (kind && rest.length === 0) {
      next.push(toHeading(first!, kind, isTitleKey(key)));
    } else if (kind && rest.length > 0 && (toc.has(key) || isCategoryHeading(first!.text)) && /^\p{Lu}/u.test(rest[0]!.text)) {
      next.push(toHeading(first!, kind, false), paragraphFromLines(rest));
    } else {
      next.push(node);
    }
  }
  tree.children = next;
}

function startsWithTitle(key: string, titleKey: string): boolean {
  // The cover page of a transcript: the title followed by the deciding body.
  return key.startsWith(`${titleKey} `) && /^(kommun|stads)?(fullmäktige|styrelsen)$/u.test(key.slice(titleKey.length + 1));
}

function headingKind(
  text: string,
  key: string,
  toc: ReadonlySet<string>,
  isTitleKey: (key: string) => boolean,
): NonNullable<Heading['data']>['kind'] | undefined {
  if (isTitleKey(key)) return 'bare';
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered && looksLikeHeading(numbered[2]!)) return 'numbered';
  if (toc.has(key) && text.length <= 120) return 'toc';
  if (isAllCaps(text) && text.length <= 60 && looksLikeHeading(text)) return 'caps';
  if (looksLikeHeading(text)) return 'bare';
  return undefined;
}

function toHeading(line: BlockLine, kind: NonNullable<Heading['data']>['kind'], isTitle: boolean): Heading {
  const numbered = kind === 'numbered' ? NUMBERED_HEADING.exec(line.text) : null;
  return {
    type: 'heading',
    depth: numbered ? (Math.min(6, numbered[1]!.split('.').length) as Heading['depth']) : 1,
    children: [...line.phrases],
    position: span(line.line, line.line, line.text.length),
    data: { kind, line: line.line, ...(isTitle ? { isTitle } : {}) },
  };
}
