/**
 * DOM for search results, built node by node: every text from the index or from the query goes in
 * as a text node (`textContent`), never as HTML.
 */
import { shortTitle } from '../../../lib/format.ts';
import type { HitText, HitView } from '../worker/hit-view.ts';
import type { Segment } from '../worker/snippet.ts';

/** Create an element with a class and, optionally, text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Append segments to `parent`: marked ones as `<mark>` (a theme's words with their own look), the rest as text. */
export function appendSegments(parent: Node, segments: readonly Segment[]): void {
  for (const segment of segments) {
    parent.appendChild(
      segment.mark ? element('mark', segment.theme ? 'search-hit__theme-word' : undefined, segment.text) : document.createTextNode(segment.text),
    );
  }
}

/** What a hit from a cover letter says, and what a theme hit says before the theme's name. */
export const COVER_LETTER_FLAG = 'Ur följebrevet (tjänsteskrivelsen)';
export const THEME_FLAG = 'träff via temat';

/**
 * One result: municipality and document, the section's heading as a link to it (an `h3`, or an
 * `h4` under a municipality's heading), its category, whether it is from a cover letter or found
 * through a theme, and what comes with its section's text (`appendHitText`), if it is in yet.
 */
export function hitElement(view: HitView, headingLevel: 'h3' | 'h4' = 'h3'): HTMLLIElement {
  const item = element('li', 'search-hit');
  const title = shortTitle(view.documentTitle);
  const source = item.appendChild(element('p', 'search-hit__source', `${view.place} · ${title.text}`));
  if (title.shortened) source.title = view.documentTitle;

  const heading = element(headingLevel, 'search-hit__heading');
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
  if (view.coverLetter) meta.append(' ', element('span', 'search-hit__flag search-hit__flag--cover', COVER_LETTER_FLAG));
  if (view.theme) meta.append(' ', element('span', 'search-hit__flag search-hit__flag--theme', `${THEME_FLAG} ${view.theme.label}`));
  item.appendChild(meta);

  appendHitText(item, view);
  return item;
}

/**
 * Add what comes with a hit's section text to its element (it may come after the rest): the
 * snippets, the heading's link narrowed to the paragraph that holds the matches, and the copy button
 * with the citation (`data-copy-citation`, shown by `enhanceCopyButtons` in src/ui/copy-citation.ts).
 */
export function appendHitText(item: HTMLLIElement, text: HitText): void {
  for (const snippet of text.snippets) {
    const paragraph = element('p', 'search-hit__snippet');
    if (snippet.clippedStart) paragraph.appendChild(element('span', 'search-hit__gap', '… '));
    appendSegments(paragraph, snippet.segments);
    if (snippet.clippedEnd) paragraph.appendChild(element('span', 'search-hit__gap', ' …'));
    item.appendChild(paragraph);
  }
  const link = item.querySelector<HTMLAnchorElement>('.search-hit__heading a');
  if (link && text.paragraphHref) link.href = text.paragraphHref;
  if (text.citation === null) return;
  const cite = element('p', 'search-hit__cite');
  const button = cite.appendChild(element('button', 'secondary search-hit__copy', 'Kopiera källhänvisning'));
  button.type = 'button';
  button.hidden = true;
  button.dataset.copyCitation = text.citation;
  button.appendChild(element('span', 'visually-hidden', ` till ”${link?.textContent ?? ''}”`));
  item.appendChild(cite);
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

/** A municipality's heading over its hits, when hits are grouped: `Hylte kommun (2 träffar)`. */
export interface GroupLabel {
  readonly label: string;
  readonly count: number;
}

/**
 * The list of hits, flat (`li.search-hit` in the list) or grouped by municipality (a `li` per
 * municipality with its heading and count, and its hits in a nested list). Keeps the hits in order,
 * so that snippets that come later find their hit, and "Visa fler träffar" continues the last
 * municipality's list.
 */
export class ResultList {
  readonly #list: HTMLOListElement;
  #items: HTMLLIElement[] = [];
  #grouped = false;
  #groups: { readonly key: string; readonly hits: HTMLOListElement }[] = [];

  constructor(list: HTMLOListElement) {
    this.#list = list;
  }

  get length(): number {
    return this.#items.length;
  }

  /** The `index`-th hit's element. */
  item(index: number): HTMLLIElement | undefined {
    return this.#items[index];
  }

  /** Empty the list; its hits will be grouped by municipality or not. */
  clear(grouped: boolean): void {
    this.#grouped = grouped;
    this.#items = [];
    this.#groups = [];
    this.#list.replaceChildren();
    this.#list.classList.toggle('search-results__list--grouped', grouped);
  }

  /** Keep the first `count` hits only (and the municipalities they are in). */
  truncate(count: number): void {
    for (const item of this.#items.splice(count)) item.remove();
    while (this.#groups.length > 0 && this.#groups.at(-1)!.hits.children.length === 0) {
      this.#groups.pop()!.hits.closest('li')?.remove();
    }
  }

  /** Add hits after those shown; `group` names a hit's municipality and its count of hits, when grouped. */
  append(views: readonly HitView[], group: (view: HitView) => GroupLabel): void {
    const fragment = document.createDocumentFragment();
    for (const view of views) {
      const item = hitElement(view, this.#grouped ? 'h4' : 'h3');
      this.#items.push(item);
      if (!this.#grouped) {
        fragment.appendChild(item);
        continue;
      }
      let last = this.#groups.at(-1);
      if (last?.key !== view.municipalityKey) {
        const { label, count } = group(view);
        const groupItem = element('li', 'search-group');
        const heading = groupItem.appendChild(element('h3', 'search-group__heading', `${label} `));
        heading.appendChild(element('span', 'search-group__count', groupCount(count)));
        const hits = groupItem.appendChild(element('ol', 'search-group__hits'));
        fragment.appendChild(groupItem);
        last = { key: view.municipalityKey, hits };
        this.#groups.push(last);
      }
      // A municipality continued from the hits shown before goes on under its heading.
      last.hits.appendChild(item);
    }
    this.#list.appendChild(fragment);
  }
}

/** `(1 träff)`, `(12 träffar)`. */
export function groupCount(count: number): string {
  return `(${count} ${count === 1 ? 'träff' : 'träffar'})`;
}
