import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { CleanLine } from '../noise/index.ts';
import { parseInline } from './dialect.ts';
import type { BlockLine } from './mdast-data.ts';
import { oneOf, trimEndWhere, trimStartWhere } from '../text/trim.ts';

/**
 * `- `, `* `, `• `, `– `, `o ` … at the start of a line; a lone marker is a bullet torn from its text.
 * The item's text starts after the whole run of spaces after the marker: `(?![ \t])` keeps a line
 * that fails (a line break in it) from being tried again with every shorter run.
 */
export const BULLET = /^[ \t]*([-*+•–—·▪●◦■□➢►✓]|o(?=[ \t]))(?:[ \t]+(?![ \t])(.*))?$/u;

const SPACE_OR_TAB = oneOf(' \t');
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/**
 * A heading written `## Text ##`: one to six `#`, a space or tab, the text, and optionally closing
 * `#`s after a space or tab; the spaces and tabs around the text are not part of it. Read in time
 * linear in the line. The pattern this replaces, `/^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u`, tried
 * every end of the text with every split of the spaces after it (`#` and 2,000 tabs before a line
 * break took more than 4 s); tests/unit/regex-rewrites.test.ts holds the answers equal.
 */
export function atxHeading(text: string): { depth: number; content: string } | undefined {
  let depth = 0;
  while (text[depth] === '#') depth++;
  if (depth < 1 || depth > 6 || (text[depth] !== ' ' && text[depth] !== '\t')) return undefined;
  const content = trimStartWhere(text.slice(depth), SPACE_OR_TAB);
  if (LINE_BREAK.test(content)) return undefined;
  const withoutSpaces = trimEndWhere(content, SPACE_OR_TAB);
  const withoutHashes = trimEndWhere(withoutSpaces, oneOf('#'));
  const closingHashes = withoutHashes.length < withoutSpaces.length && withoutHashes !== '' && SPACE_OR_TAB(withoutHashes.at(-1)!);
  return { depth, content: closingHashes ? trimEndWhere(withoutHashes, SPACE_OR_TAB) : withoutSpaces };
}

const ORDERED = /^[ \t]*(\d{1,2})[.)][ \t]+(\S.*)$/u;

/**
 * Blank lines separate blocks; consecutive lines make one paragraph (a new page starts a new one);
 * lines starting with a bullet make a list (a lone bullet takes the next line as its text, as PDF
 * extraction leaves it); `#` lines are headings. Every node's position is its source lines.
 * Whether a bare line is a heading is decided later, by `recognizeHeadings`, with the whole
 * document in view.
 */
export function parseBlocks(lines: readonly CleanLine[]): Root {
  const children: RootContent[] = [];
  let paragraph: BlockLine[] = [];
  let paragraphBreak = false;
  let list: List | undefined;
  let item: ListItem | undefined;
  let blankSinceItem = false;

  const closeParagraph = () => {
    if (paragraph.length > 0) children.push(makeParagraph(paragraph, paragraphBreak));
    paragraph = [];
  };
  /** The last line of the open list: its position is set once, when it closes. */
  let listEndLine = 0;
  const closeList = () => {
    if (list) extend(list, listEndLine);
    list = undefined;
    item = undefined;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const text = line.text;
    if (text.trim() === '') {
      closeParagraph();
      if (item) blankSinceItem = true;
      continue;
    }
    const atx = atxHeading(text);
    if (atx) {
      closeParagraph();
      closeList();
      children.push({
        type: 'heading',
        depth: atx.depth as 1 | 2 | 3 | 4 | 5 | 6,
        children: parseInline(atx.content),
        position: span(line.line, line.line, text.length),
        data: { kind: 'atx', line: line.line },
      });
      continue;
    }
    const bullet = BULLET.exec(text);
    if (bullet) {
      closeParagraph();
      let content = bullet[2] ?? '';
      let endLine = line.line;
      if (content.trim() === '') {
        // A bullet torn from its text: the text is on the next non-blank line.
        let nextIndex = index + 1;
        while (nextIndex < lines.length && lines[nextIndex]!.text.trim() === '') nextIndex++;
        const next = lines[nextIndex];
        if (next && !BULLET.test(next.text) && !atxHeading(next.text)) {
          content = next.text;
          endLine = next.line;
          index = nextIndex;
        }
      }
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [], position: span(line.line, endLine, 0) };
        children.push(list);
      }
      const blockLine = toBlockLine(line.line, content);
      // Positions are never changed in place (`extend` makes a new one), so the item and its paragraph share one.
      const position = span(line.line, endLine, text.length);
      item = {
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [...blockLine.phrases], position }],
        position,
        data: { lines: [blockLine] },
      };
      list.children.push(item);
      listEndLine = endLine;
      blankSinceItem = false;
      continue;
    }
    if (item && !blankSinceItem) {
      // A continuation line of the list item above (no blank line between them).
      const blockLine = toBlockLine(line.line, text);
      item.data!.lines!.push(blockLine);
      const itemParagraph = item.children[0] as Paragraph;
      itemParagraph.children.push({ type: 'text', value: ' ' }, ...blockLine.phrases);
      extend(item, line.line);
      extend(itemParagraph, line.line);
      listEndLine = line.line;
      continue;
    }
    if (list) closeList();
    // A new page starts a new block (a transcript writes each page as one line); a sentence torn
    // by the page break is joined again by `joinTornSentences`.
    if (line.pageBreakBefore) closeParagraph();
    if (paragraph.length === 0) paragraphBreak = line.pageBreakBefore;
    paragraph.push(toBlockLine(line.line, text));
  }
  closeParagraph();
  closeList();
  return { type: 'root', children, position: span(1, Math.max(1, lines.length), 0) };
}

function toBlockLine(line: number, text: string): BlockLine {
  const trimmed = text.trim();
  return { line, text: trimmed, phrases: parseInline(trimmed) };
}

/** A paragraph, or an ordered list when every line starts with the next number (`1.`, `2.` …). */
function makeParagraph(lines: BlockLine[], pageBreakBefore: boolean): Paragraph | List {
  const first = lines[0]!;
  const last = lines.at(-1)!;
  if (lines.length < 2) return paragraphOf(lines, pageBreakBefore);
  const numbers = lines.map((line) => ORDERED.exec(line.text));
  const ordered = numbers.every((match, index) => match && Number(match[1]) === Number(numbers[0]![1]) + index);
  if (ordered) {
    return {
      type: 'list',
      ordered: true,
      start: Number(numbers[0]![1]),
      spread: false,
      position: span(first.line, last.line, 0),
      children: lines.map((line, index) => {
        const item = toBlockLine(line.line, numbers[index]![2]!);
        return {
          type: 'listItem',
          spread: false,
          position: span(line.line, line.line, line.text.length),
          children: [{ type: 'paragraph', children: [...item.phrases] }],
          data: { lines: [item] },
        } satisfies ListItem;
      }),
    };
  }
  return paragraphOf(lines, pageBreakBefore);
}

/** A paragraph of source lines: their phrases joined by a space, positioned on their lines. */
export function paragraphFromLines(lines: readonly BlockLine[], pageBreakBefore = false): Paragraph {
  return paragraphOf([...lines], pageBreakBefore);
}

/** `paragraphFromLines` for lines no one else holds: the paragraph keeps the array itself. */
function paragraphOf(lines: BlockLine[], pageBreakBefore: boolean): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ type: 'text', value: ' ' });
    children.push(...line.phrases);
  });
  const last = lines.at(-1)!;
  return {
    type: 'paragraph',
    children,
    position: span(lines[0]!.line, last.line, last.text.length),
    data: { lines, pageBreakBefore },
  };
}

export function span(startLine: number, endLine: number, endColumn: number): Position {
  return { start: { line: startLine, column: 1 }, end: { line: endLine, column: endColumn + 1 } };
}

function extend(node: { position?: Position }, endLine: number): void {
  if (node.position && node.position.end.line < endLine) node.position = { start: node.position.start, end: { line: endLine, column: 1 } };
}
