/** Tables of shares (`src/charts/components/Share*.astro`): a cell prints its percentage and count, its shade from the one scale, the key names the shades. */
import { describe, expect, test } from 'vitest';
import ShareCell from '../../src/charts/components/ShareCell.astro';
import ShareLegend from '../../src/charts/components/ShareLegend.astro';
import ShareTableFigure from '../../src/charts/components/ShareTableFigure.astro';
import { SHARE_BINS, SPREAD_BINS } from '../../src/charts/share-scale.ts';
import { attribute, first, hasClass, shownText, spokenText, withTag } from '../support/chart-tree.ts';
import { render } from '../support/render-component.ts';

describe('ShareCell', () => {
  test('prints the percentage and the count, the total spoken only, shaded by its step', async () => {
    const cell = first(await render(ShareCell, { count: 186, total: 300, 'data-category': 'goals' }), 'td');
    // Two lines: the percentage, and below it the count.
    expect(
      withTag(cell, 'span')
        .filter((span) => span.attrs.class !== 'visually-hidden')
        .map(shownText),
    ).toEqual(['62 %', '186']);
    expect(spokenText(cell)).toBe('62 %186 av 300');
    expect(hasClass(cell, 'share-cell--half')).toBe(true);
    expect([attribute(cell, 'data-count'), attribute(cell, 'data-category')]).toEqual(['186', 'goals']);
  });

  test('shows the total when asked, and words for screen readers after the count', async () => {
    const cell = first(await render(ShareCell, { count: 3, total: 4, showTotal: true, hiddenSuffix: 'beslutar' }), 'td');
    expect(
      withTag(cell, 'span')
        .filter((span) => span.attrs.class !== 'visually-hidden')
        .map(shownText),
    ).toEqual(['75 %', '3 av 4']);
    expect(spokenText(cell)).toBe('75 %3 av 4 beslutar');
    expect(hasClass(cell, 'share-cell--many')).toBe(true);
  });

  test('a dash for none, “inget dokument” for a screen reader, when asked; the step follows the scale given', async () => {
    const none = first(await render(ShareCell, { count: 0, total: 12, dashForNone: true, bins: SPREAD_BINS }), 'td');
    expect([shownText(none), spokenText(none)]).toEqual(['–', '– inget dokument']);
    const spread = first(await render(ShareCell, { count: 6, total: 12, bins: SPREAD_BINS }), 'td');
    expect(hasClass(spread, 'share-cell--all')).toBe(true);
  });
});

describe('ShareLegend', () => {
  test('names what the shades are of and lists every step of the scale, highest first', async () => {
    const legend = first(await render(ShareLegend, { label: 'andel dokument med avsnittet' }), 'ul');
    expect(attribute(legend, 'aria-label')).toBe('Färgerna i tabellen: andel dokument med avsnittet');
    expect(withTag(legend, 'li').map(shownText)).toEqual(SHARE_BINS.map((bin) => bin.label));
    expect(withTag(legend, 'li').map((item) => SHARE_BINS.find((bin) => hasClass(first(item, 'span'), `share-cell--${bin.key}`))?.label)).toEqual(
      SHARE_BINS.map((bin) => bin.label),
    );
    for (const swatch of withTag(legend, 'span')) expect(attribute(swatch, 'aria-hidden')).toBe('true');
    const spread = first(await render(ShareLegend, { label: 'andel dokument', bins: SPREAD_BINS }), 'ul');
    expect(withTag(spread, 'li').map(shownText)).toEqual(['50 % eller mer', '25–49 %', '10–24 %', '1–9 %', '0 %']);
  });
});

describe('ShareTableFigure', () => {
  test('a figure named by its finding; the table scrolls in a region named by its caption', async () => {
    const figure = first(
      await render(
        ShareTableFigure,
        { id: 'lan', finding: 'Mål finns överallt.', legend: 'andel', caption: 'Andel per län' },
        { default: '<tbody><tr><th scope="row">Ale</th></tr></tbody>' },
      ),
      'figure',
    );
    const caption = first(figure, 'figcaption');
    expect([attribute(figure, 'aria-labelledby'), attribute(caption, 'id'), shownText(caption)]).toEqual(['lan-fynd', 'lan-fynd', 'Mål finns överallt.']);
    const region = withTag(figure, 'div').find((div) => attribute(div, 'role') === 'region')!;
    expect([attribute(region, 'aria-labelledby'), attribute(first(region, 'caption'), 'id'), shownText(first(region, 'caption'))]).toEqual([
      'lan-tabell',
      'lan-tabell',
      'Andel per län',
    ]);
    expect(attribute(region, 'tabindex')).toBe('0');
    expect(shownText(first(region, 'tbody'))).toBe('Ale');
  });

  test('with nothing to count, the finding alone', async () => {
    const figure = first(await render(ShareTableFigure, { id: 'x', finding: 'Inga dokument.', legend: 'andel', caption: 'C', showTable: false }), 'figure');
    expect([withTag(figure, 'table'), withTag(figure, 'ul')]).toEqual([[], []]);
    expect(shownText(figure)).toBe('Inga dokument.');
  });
});
