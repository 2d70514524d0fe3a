import type { PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Extension } from 'micromark-util-types';

/**
 * The Markdown that steering documents actually use inside a line: `*emphasis*` and `**strong**`.
 * Every other construct of CommonMark is switched off, so that text which merely looks like
 * Markdown — backslashes, `&amp;`, `[links](…)`, `<tags>`, backticks, indentation — stays exactly
 * as written instead of being interpreted, altered or dropped.
 */
export const inlineDialect: Extension = {
  disable: {
    null: [
      'blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'list',
      'setextUnderline', 'thematicBreak', 'autolink', 'characterEscape', 'characterReference',
      'codeText', 'hardBreakEscape', 'hardBreakTrailing', 'htmlText', 'labelStartImage',
      'labelStartLink', 'labelEnd',
    ],
  },
};

/** Parse one line's text into phrasing content (text, emphasis, strong), with no positions. */
export function parseInline(text: string): PhrasingContent[] {
  if (!/[*_]/u.test(text)) return text === '' ? [] : [{ type: 'text', value: text }];
  const root = fromMarkdown(text, { extensions: [inlineDialect] });
  const first = root.children[0];
  if (!first || first.type !== 'paragraph' || root.children.length > 1) return [{ type: 'text', value: text }];
  // The paragraph drops leading white space; keep the text otherwise as parsed.
  return stripPositions(first.children);
}

function stripPositions(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node) => {
    const copy = { ...node } as PhrasingContent & { position?: unknown };
    delete copy.position;
    if ('children' in copy) (copy as { children: PhrasingContent[] }).children = stripPositions(copy.children as PhrasingContent[]);
    return copy;
  });
}
