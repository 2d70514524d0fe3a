/**
 * Rendered markup (what Astro's container gives a test) read back into a tree of the shape the
 * charts are built in (`src/charts/svg.ts`), so that one set of queries (`./chart-tree.ts`) reads
 * both. Astro writes well-formed markup: quoted attributes, every element closed (or void), text
 * escaped; this reads that, not every HTML a browser would forgive.
 */
import type { SvgChild, SvgElement } from '../../src/charts/svg.ts';

/** Elements HTML never closes. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD' };

/** Text with its character references replaced by the characters (`&amp;` → `&`, `&#39;` → `'`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu;

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) attrs[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  return attrs;
}

interface OpenElement {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly children: SvgChild[];
}

/** The markup as a tree under a `#fragment` element; a stray end tag or an unclosed element is an error. */
export function parseMarkup(html: string): SvgElement {
  const root: OpenElement = { tag: '#fragment', attrs: {}, children: [] };
  const open: OpenElement[] = [root];
  const tag =
    /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/giu;
  let at = 0;
  const addText = (text: string) => {
    if (text !== '') open.at(-1)!.children.push(decodeEntities(text));
  };
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    addText(html.slice(at, match.index));
    at = tag.lastIndex;
    const [whole, endName, startName, attrSource = '', selfClosing] = match;
    if (whole.startsWith('<!')) continue;
    if (endName !== undefined) {
      const element = open.pop();
      if (element === undefined || element === root || element.tag !== endName.toLowerCase()) throw new Error(`Unexpected </${endName}> at ${match.index}`);
      continue;
    }
    const element: OpenElement = { tag: startName!.toLowerCase(), attrs: attributes(attrSource), children: [] };
    open.at(-1)!.children.push(element);
    if (RAW_TEXT.has(element.tag)) {
      const end = html.indexOf(`</${element.tag}`, at);
      if (end < 0) throw new Error(`<${element.tag}> is not closed`);
      element.children.push(html.slice(at, end));
      tag.lastIndex = html.indexOf('>', end) + 1;
      at = tag.lastIndex;
    } else if (!VOID.has(element.tag) && selfClosing !== '/') {
      open.push(element);
    }
  }
  addText(html.slice(at));
  if (open.length > 1) throw new Error(`<${open.at(-1)!.tag}> is not closed`);
  return root;
}
