/** Every county with documents as links to their pages of one kind (`src/ui/CountyNav.astro`): a navigation named by its heading, the counties in Swedish order, the current one marked and not linked. */
import { beforeAll, describe, expect, test } from 'vitest';
import { countyLinks } from '../../src/lib/county-links.ts';
import { groupByCounty, type CountyGroup } from '../../src/lib/counties.ts';
import { COUNTY_BASES, routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { slugify } from '../../src/taxonomy/municipalities.ts';
import CountyNav from '../../src/ui/CountyNav.astro';
import { attribute, first, shownText, spokenText, withTag } from '../support/chart-tree.ts';
import { render } from '../support/render-component.ts';
import { parseSpreadInSiteOrder } from '../support/seed-spread.ts';

let documents: PolicyDocument[];
let groups: CountyGroup[];
beforeAll(async () => {
  documents = await parseSpreadInSiteOrder();
  groups = groupByCounty(documents);
});

const counties = () => [...new Set(documents.map((document) => document.county!))].sort(new Intl.Collator('sv').compare);
const countIn = (county: string) => documents.filter((document) => document.county === county).length;

describe('the county navigation', () => {
  test('a navigation named by its heading, “Alla län” unless told otherwise', async () => {
    const nav = first(await render(CountyNav, { counties: countyLinks(groups, COUNTY_BASES.overview) }), 'nav');
    expect([attribute(nav, 'aria-labelledby'), attribute(first(nav, 'h2'), 'id'), shownText(first(nav, 'h2'))]).toEqual(['andra-lan', 'andra-lan', 'Alla län']);
    const named = first(await render(CountyNav, { counties: countyLinks(groups, COUNTY_BASES.teman), heading: 'Teman län för län', id: 'lan' }), 'nav');
    expect([attribute(named, 'aria-labelledby'), attribute(first(named, 'h2'), 'id'), shownText(first(named, 'h2'))]).toEqual([
      'lan',
      'lan',
      'Teman län för län',
    ]);
  });

  test('every county in Swedish order, linking to its page of the kind given, with its count of documents in words for a screen reader', async () => {
    const nav = first(await render(CountyNav, { counties: countyLinks(groups, COUNTY_BASES.ansvar) }), 'nav');
    const items = withTag(nav, 'li');
    expect(items.map((item) => [shownText(first(item, 'a')), attribute(first(item, 'a'), 'href')])).toEqual(
      counties().map((county) => [county, routes.county('ansvar', slugify(county))]),
    );
    expect(items.map(shownText)).toEqual(counties().map((county) => `${county} (${countIn(county)})`));
    expect(items.map(spokenText)).toEqual(counties().map((county) => `${county} (${countIn(county)} dokument)`));
  });

  test('the current county is marked as the page, not a link; the others stay links', async () => {
    const current = groups[3]!;
    const nav = first(await render(CountyNav, { counties: countyLinks(groups, COUNTY_BASES.teman, current.slug) }), 'nav');
    const marked = withTag(nav, 'span').filter((span) => attribute(span, 'aria-current') === 'page');
    expect(marked.map(shownText)).toEqual([current.label]);
    expect(withTag(nav, 'a').map(shownText)).toEqual(counties().filter((county) => county !== current.label));
  });

  test('what the count counts can be named for a screen reader', async () => {
    const nav = first(await render(CountyNav, { counties: countyLinks(groups, COUNTY_BASES.teman), unit: 'kommuner' }), 'nav');
    expect(spokenText(withTag(nav, 'li')[0]!)).toBe(`${counties()[0]} (${countIn(counties()[0]!)} kommuner)`);
  });
});
