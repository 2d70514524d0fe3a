/**
 * A chart as data: a tree of SVG elements that the layout modules build at build time (with d3's
 * scales) and that `Svg.astro` renders with Astro's escaping. `renderSvg` serialises the same tree
 * outside Astro (for tests), escaping every text and attribute value as the page does.
 */

export type SvgAttributeValue = string | number | undefined;

export interface SvgElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, SvgAttributeValue>>;
  readonly children: readonly SvgChild[];
}

/** An element or a text node. */
export type SvgChild = SvgElement | string;

/** What `h` takes as children: nodes, nested arrays of them, and `null`/`false` for nothing. */
export type SvgInput = SvgChild | null | false | readonly SvgInput[];

function flatten(input: SvgInput, into: SvgChild[]): SvgChild[] {
  if (Array.isArray(input)) for (const child of input as readonly SvgInput[]) flatten(child, into);
  else if (input !== null && input !== false) into.push(input as SvgChild);
  return into;
}

/** `h('rect', { x: 0 })`: one element; `undefined` attributes and `null`/`false` children are left out, nested arrays flattened. */
export function h(tag: string, attrs: Readonly<Record<string, SvgAttributeValue>> = {}, ...children: readonly SvgInput[]): SvgElement {
  return { tag, attrs, children: flatten(children, []) };
}

/** Numbers in SVG attributes: at most two decimals, no `-0`, so the markup does not depend on float noise. */
export function num(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** `translate(x y)` with rounded numbers. */
export const translate = (x: number, y: number): string => `translate(${num(x)} ${num(y)})`;

const escapeText = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/gu, '&quot;');

/** The markup of a tree, every value escaped; elements without children are closed explicitly, as in HTML. */
export function renderSvg(node: SvgChild, indent = ''): string {
  if (typeof node === 'string') return `${indent}${escapeText(node)}`;
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
  const inline = node.children.every((child) => typeof child === 'string');
  if (inline) return `${indent}<${node.tag}${attrs}>${node.children.map((child) => escapeText(child as string)).join('')}</${node.tag}>`;
  const inner = node.children.map((child) => renderSvg(child, `${indent}  `)).join('\n');
  return `${indent}<${node.tag}${attrs}>\n${inner}\n${indent}</${node.tag}>`;
}

// ---------------------------------------------------------------------------------------------
// Text metrics: the layout runs at build time without a browser, so widths are estimated.

/** A `<text>` of several lines (`<tspan>`s), its first baseline at `y`. */
export function multilineText(
  lines: readonly string[],
  attrs: Readonly<Record<string, SvgAttributeValue>>,
  x: number,
  y: number,
  lineHeight: number,
): SvgElement {
  return h(
    'text',
    { ...attrs, x: num(x), y: num(y) },
    // A space ends every line but the last, unless it ends in a hyphen (a word broken across lines):
    // without it a screen reader runs the words together ("Antarstyrdokumentet").
    lines.map((line, index) =>
      h('tspan', { x: num(x), dy: index === 0 ? undefined : lineHeight }, index < lines.length - 1 && !line.endsWith('-') ? `${line} ` : line),
    ),
  );
}
