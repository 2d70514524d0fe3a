/**
 * Words the browser breaks across lines without a hyphen, read in the page: for every word of
 * letters in the elements a selector names, where its characters change line; a break is bad when
 * the character before it is neither a soft hyphen (drawn as `-` at the line's end) nor a hyphen.
 * Also the elements whose text overflows their box. The function is sent to the page, so it uses
 * nothing from outside itself.
 */

export interface BrokenWord {
  /** The word as it is in the page, soft hyphens removed. */
  readonly word: string;
  /** The word as drawn, with `|` where a line ends. */
  readonly drawn: string;
  /** The element's tag and class. */
  readonly where: string;
}

export interface WordBreaks {
  /** Words broken without a hyphen. */
  readonly broken: readonly BrokenWord[];
  /** Words broken at a soft hyphen, as drawn (`Kommun-|fullmäktige`). */
  readonly hyphenated: readonly string[];
  /** Elements whose content is wider than their box (`tag.class: scrollWidth > clientWidth`). */
  readonly overflowing: readonly string[];
}

/** Run in the page: `page.evaluate(readWordBreaks, 'td, th, h1, h2')`. */
export function readWordBreaks(selector: string): WordBreaks {
  const broken: BrokenWord[] = [];
  const hyphenated: string[] = [];
  const overflowing: string[] = [];
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/u).join('.')}` : ''}`;
  const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const range = document.createRange();
  const elements = [...document.querySelectorAll(selector)].filter(visible);
  for (const element of elements) {
    if (element instanceof HTMLElement && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
      overflowing.push(`${describe(element)}: ${element.scrollWidth} > ${element.clientWidth}`);
    }
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !visible(parent) || parent.closest('svg, [hidden], .visually-hidden, .sr-only')) continue;
      // The nearest matched element owns the text (a heading inside a cell is checked once).
      if (parent.closest(selector) !== element) continue;
      for (const match of text.matchAll(/[\p{L}\u00AD]{6,}/gu)) {
        const start = match.index;
        const end = start + match[0].length;
        range.setStart(node, start);
        range.setEnd(node, end);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size < 2) continue;
        let drawn = '';
        let previousTop: number | null = null;
        let bad = false;
        let soft = false;
        for (let index = start; index < end; index += 1) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          // Chromium gives the character after a soft hyphen that ends a line two boxes: the drawn
          // hyphen's and its own; the last is the character's.
          const rect = [...range.getClientRects()].filter((candidate) => candidate.width > 0).at(-1);
          const char = text.charAt(index);
          if (!rect) continue;
          if (previousTop !== null && rect.top > previousTop + 2) {
            const before = drawn.at(-1);
            if (before === '-') soft = true;
            else bad = true;
            drawn += '|';
          }
          drawn += char === '\u00AD' ? '-' : char;
          previousTop = rect.top;
        }
        if (bad) broken.push({ word: match[0].replace(/\u00AD/gu, ''), drawn, where: describe(element) });
        else if (soft) hyphenated.push(drawn);
      }
    }
  }
  return { broken, hyphenated, overflowing };
}
