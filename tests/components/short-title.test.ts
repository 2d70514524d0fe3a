/** A document's title where space is short (`src/ui/ShortTitle.astro`): cut at a word, the whole title kept for whoever wants it. */
import { describe, expect, test } from 'vitest';
import ShortTitle from '../../src/ui/ShortTitle.astro';
import { attribute, first, shownText } from '../support/chart-tree.ts';
import { render } from '../support/render-component.ts';

const LONG =
  'Riktlinjer för kommunens internationella arbete med vänorter, nätverk, projekt och extern finansiering inom Europeiska unionen och Norden, antagna av kommunfullmäktige';

describe('ShortTitle', () => {
  test('a long title is cut at a word boundary with “…”; the title attribute holds it whole', async () => {
    const span = first(await render(ShortTitle, { title: LONG, class: 'document-title' }), 'span');
    const shown = shownText(span);
    expect(shown).toMatch(/ …$/u);
    expect(LONG.startsWith(shown.replace(/ …$/u, ''))).toBe(true);
    expect(LONG[shown.length - 2]).toMatch(/[\s,]/u);
    expect(Array.from(shown).length).toBeLessThanOrEqual(122);
    expect([attribute(span, 'title'), attribute(span, 'class')]).toEqual([LONG, 'document-title']);
  });

  test('a title that fits is shown whole, with no title attribute to repeat it', async () => {
    const span = first(await render(ShortTitle, { title: 'Internationell policy för Eksjö kommun' }), 'span');
    expect([shownText(span), attribute(span, 'title')]).toEqual(['Internationell policy för Eksjö kommun', undefined]);
  });

  test('a title is text, never markup', async () => {
    const span = first(await render(ShortTitle, { title: 'Policy <i>utkast</i> & bilaga' }), 'span');
    expect([shownText(span), span.children.every((child) => typeof child === 'string')]).toEqual(['Policy <i>utkast</i> & bilaga', true]);
  });
});
