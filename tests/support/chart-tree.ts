/**
 * Queries over a tree of elements: a chart as `src/charts/svg.ts` builds it, or rendered markup read
 * back by `./markup.ts`. They ask what a reader gets: the text shown, the names and the links.
 */
import type { SvgChild, SvgElement } from '../../src/charts/svg.ts';

/** The element and every element inside it, in document order. */
export function descendants(node: SvgChild): SvgElement[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(descendants)];
}

/** The text of a node and everything inside it, as written (a `<title>` included). */
export function textOf(node: SvgChild): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/**
 * The text a reader sees: `<title>` (a tooltip) and whatever is hidden from view left out, runs of
 * white space as one, and no soft hyphens (U+00AD, put in long words by `src/ui/hyphenate.ts`: a
 * hyphen is drawn only where a line breaks).
 */
export function shownText(node: SvgChild): string {
  const shown = (child: SvgChild): string =>
    typeof child === 'string'
      ? child
      : child.tag === 'title' || child.tag === 'style' || hasClass(child, 'visually-hidden')
        ? ''
        : child.children.map(shown).join('');
  return shown(node).replaceAll('\u00AD', '').replace(/\s+/gu, ' ').trim();
}

/** The text a screen reader gets from a node: everything but what is `aria-hidden`, runs of white space as one, soft hyphens unspoken. */
export function spokenText(node: SvgChild): string {
  const spoken = (child: SvgChild): string =>
    typeof child === 'string' ? child : child.attrs['aria-hidden'] === 'true' || child.tag === 'style' ? '' : child.children.map(spoken).join('');
  return spoken(node).replaceAll('\u00AD', '').replace(/\s+/gu, ' ').trim();
}

export const attribute = (element: SvgElement, name: string): string | undefined =>
  element.attrs[name] === undefined ? undefined : String(element.attrs[name]);

/** A numeric attribute; fails loudly when it is missing or not a number. */
export function numberAttribute(element: SvgElement, name: string): number {
  const value = Number(element.attrs[name]);
  if (element.attrs[name] === undefined || Number.isNaN(value)) throw new Error(`<${element.tag}> has no numeric ${name}: ${String(element.attrs[name])}`);
  return value;
}

export const hasClass = (element: SvgElement, name: string): boolean => (attribute(element, 'class') ?? '').split(/\s+/u).includes(name);

export const withTag = (node: SvgChild, tag: string): SvgElement[] => descendants(node).filter((element) => element.tag === tag);
export const withClass = (node: SvgChild, name: string): SvgElement[] => descendants(node).filter((element) => hasClass(element, name));

/** The first element of `tag` inside `node` (the node itself included); fails when there is none. */
export function first(node: SvgChild, tag: string): SvgElement {
  const found = withTag(node, tag)[0];
  if (!found) throw new Error(`No <${tag}> in <${typeof node === 'string' ? 'text' : node.tag}>`);
  return found;
}

/** The element's own `<title>` child (its tooltip), or `undefined`. */
export const ownTitle = (element: SvgElement): string | undefined => {
  const title = element.children.find((child): child is SvgElement => typeof child !== 'string' && child.tag === 'title');
  return title === undefined ? undefined : textOf(title);
};

/** The offset of a `translate(x y)` or `translate(x,y)` at the start of a transform, (0, 0) without one. */
export function translation(element: SvgElement): { x: number; y: number } {
  const match = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/u.exec(attribute(element, 'transform') ?? '');
  return match ? { x: Number(match[1]), y: Number(match[2]) } : { x: 0, y: 0 };
}

/** The rotation of a `rotate(a)` in a transform, in degrees (0 without one). */
export function rotation(element: SvgElement): number {
  const match = /rotate\(\s*(-?[\d.]+)\s*\)/u.exec(attribute(element, 'transform') ?? '');
  return match ? Number(match[1]) : 0;
}
