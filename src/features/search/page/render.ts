/**
 * DOM for search results, built node by node: every text from the index or from the query goes in
 * as a text node (`textContent`), never as HTML.
 */
import { shortTitle } from '../../../lib/format.ts';
import type { HitView } from '../worker/hit-view.ts';
import type { Segment, Snippet } from '../worker/snippet.ts';

/** Create an element with a class and, optionally, text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Append segments to `parent`: marked ones as `<mark>`, the rest as text. */
export function appendSegments(parent: Node, segments: readonly Segment[]): void {
  for (const segment of segments) parent.appendChild(segment.mark ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
}

/** One result: municipality and document, the section's heading as a link to it, its category, snippets (if it has them yet). */
export function hitElement(view: HitView): HTMLLIElement {
  const item = element('li', 'search-hit');
  const title = shortTitle(view.documentTitle);
  const source = item.appendChild(element('p', 'search-hit__source', `${view.place} · ${title.text}`));
  if (title.shortened) source.title = view.documentTitle;

  const heading = element('h3', 'search-hit__heading');
  const link = element('a');
  link.href = view.href;
  if (view.number) {
    link.appendChild(element('span', 'search-hit__number', view.number));
    // A real space: the number's margin alone would let a screen reader read "2Bakgrund".
    link.appendChild(document.createTextNode(' '));
  }
  appendSegments(link, view.heading);
  heading.appendChild(link);
  item.appendChild(heading);

  const meta = element('p', 'search-hit__meta');
  meta.appendChild(element('span', 'tag', view.categoryLabel));
  item.appendChild(meta);

  appendSnippets(item, view.snippets);
  return item;
}

/** Add a hit's snippets to its element (they may come after the rest of it). */
export function appendSnippets(item: HTMLLIElement, snippets: readonly Snippet[]): void {
  for (const snippet of snippets) {
    const paragraph = element('p', 'search-hit__snippet');
    if (snippet.clippedStart) paragraph.appendChild(element('span', 'search-hit__gap', '… '));
    appendSegments(paragraph, snippet.segments);
    if (snippet.clippedEnd) paragraph.appendChild(element('span', 'search-hit__gap', ' …'));
    item.appendChild(paragraph);
  }
}

/** A note above the results: paragraphs, and optionally a list of tips (text or nodes). */
export function noteElement(paragraphs: readonly (string | Node)[], tips: readonly (string | Node)[] = []): HTMLDivElement {
  const note = element('div', 'search-note');
  for (const paragraph of paragraphs) {
    const p = element('p');
    p.append(paragraph);
    note.appendChild(p);
  }
  if (tips.length > 0) {
    const list = element('ul');
    for (const tip of tips) {
      const item = element('li');
      item.append(tip);
      list.appendChild(item);
    }
    note.appendChild(list);
  }
  return note;
}
