/**
 * Teman at scale: the site built from the 300-document corpus (tests/support/corpus-site.ts).
 * /teman/ counts the themes over every document and draws the dot matrix for the comparison's
 * default handful only; every county has a page with the matrix of its documents, and together
 * they chart every document once; every /teman/ page stays within budget, and /teman/ and the
 * largest county page pass axe.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { measurePage } from '../../scripts/bench/page-weight.ts';
import { defaultDocumentIds } from '../../src/lib/default-selection.ts';
import { countySlug } from '../../src/lib/counties.ts';
import { themeCounts, type ThemeCount } from '../../src/features/teman/theme-aggregate.ts';
import { themeMap } from '../../src/features/teman/theme-map.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { THEMES } from '../../src/taxonomy/themes.ts';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';
import { CORPUS_SIZE } from '../support/corpus-site.ts';

const out = inject('corpusDist');
const open = useBrowser('corpus');

const { file, read, text: html, published } = builtSite(out);
const matrixColumns = (page: string) => [...page.matchAll(/<g class="matrix__column" data-kommun="([^"]+)"/gu)].map((match) => match[1]);

let documents: PolicyDocument[];
let counts: ThemeCount[];
beforeAll(() => {
  documents = published();
  counts = themeCounts(themeMap(documents));
});

describe(`Teman with ${CORPUS_SIZE} documents`, () => {
  test('/teman/ and every county page stay within 60 KiB gzip', () => {
    const pages = ['/teman/', ...readdirSync(file('/teman/lan/')).map((slug) => `/teman/lan/${slug}/`)];
    expect(pages.length).toBeGreaterThan(21);
    const over = pages
      .map((page) => measurePage(page, read))
      .filter((weight) => !weight.withinBudget)
      .map((weight) => `${weight.page}: ${weight.firstVisit.gzip} B`);
    expect(over).toEqual([]);
  });

  test('/teman/ counts every document per theme and weight, and draws the dot matrix for the default handful only', async () => {
    expect(documents).toHaveLength(CORPUS_SIZE);
    const { page } = await open('/teman/', { javaScriptEnabled: false });
    expect(await page.locator('svg.theme-bars [role="img"]').count()).toBe(THEMES.length);
    const rows = await page.$$eval('.theme-counts tbody tr', (trs) =>
      trs.map((tr) => ({
        theme: tr.getAttribute('data-theme'),
        cells: [...tr.querySelectorAll('td[data-weight]')].map((td) => Number(td.textContent?.replace(/\s/gu, ''))),
      })),
    );
    expect(rows).toEqual(counts.map((count) => ({ theme: count.themeId, cells: [...count.byWeight.map((entry) => entry.documents), count.notNamed] })));
    for (const row of rows) expect(row.cells.reduce((sum, value) => sum + value, 0)).toBe(CORPUS_SIZE);
    expect(await page.locator('#teman-per-lan-fynd').innerText()).toMatch(/^Oftast ett prioriterat område eller mål är .+: i \d+\s% av alla dokument, från /u);
    expect(await page.locator('#alla-teman-fynd').innerText()).toMatch(
      new RegExp(`^Oftast ett prioriterat område är .+: i \\d+ av ${CORPUS_SIZE} dokument`, 'u'),
    );
    // County by county: every county a row, and the totals agree with the national counts (a goal or a priority area).
    const counties = new Set(documents.map((document) => document.county)).size;
    expect(await page.locator('.county-themes tbody tr').count()).toBe(counties);
    const totals = await page.$$eval('.county-themes tfoot td[data-theme]', (cells) =>
      cells.map((cell) => [cell.getAttribute('data-theme'), Number(cell.getAttribute('data-count'))]),
    );
    expect(totals.length).toBeGreaterThan(0);
    for (const [theme, count] of totals) {
      const national = counts.find((candidate) => candidate.themeId === theme)!;
      expect(count, String(theme)).toBe(national.byWeight.filter((entry) => entry.weight >= 3).reduce((sum, entry) => sum + entry.documents, 0));
    }
    const columns = await page.$$eval('svg.matrix__body g[data-kommun]', (groups) => groups.map((group) => group.getAttribute('data-kommun')));
    expect(columns).toEqual(defaultDocumentIds(documents));
    expect(await page.locator('.theme-table thead th[data-kommun]').count()).toBe(5);
    expect(await page.locator('form[data-document-picker]').count()).toBe(0);
  });

  test('the county pages together chart every document once, each its county’s only, and lead back to /teman/', async () => {
    const { page } = await open('/teman/', { javaScriptEnabled: false });
    const links = await page.$$eval('nav[aria-labelledby="lan"] a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links).toHaveLength(new Set(documents.map((document) => document.county)).size);
    let charted = 0;
    for (const link of links) {
      const own = documents.filter((document) => `/teman/lan/${countySlug(document.county)}/` === link).map((document) => document.id);
      const columns = matrixColumns(html(link));
      expect(columns, link).toEqual(own);
      charted += columns.length;
    }
    expect(charted).toBe(CORPUS_SIZE);
    const tableLinks = await page.$$eval('.county-themes tbody th a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(tableLinks).toEqual(links);

    await page.locator('nav[aria-labelledby="lan"]').getByRole('link', { name: 'Stockholms län' }).click();
    await page.waitForURL('**/teman/lan/stockholms-lan/');
    expect(await page.locator('h1').innerText()).toBe('Teman i Stockholms län');
    expect(await page.locator('nav[aria-label="Brödsmulor"] a').getAttribute('href')).toBe('/teman/');
    expect(await page.locator('.county-nav [aria-current="page"]').innerText()).toBe('Stockholms län');
    expect(await page.locator('.theme-table tbody tr').count()).toBe(THEMES.length);
  });

  test('on a county page the picker hides a municipality’s column', async () => {
    const { page, pageErrors } = await open('/teman/lan/hallands-lan/');
    const picker = page.locator('form[data-document-picker]');
    const first = (await picker.locator('input[type="checkbox"]').first().getAttribute('value'))!;
    const second = (await picker.locator('input[type="checkbox"]').nth(1).getAttribute('value'))!;
    await picker.locator('input[type="checkbox"]').first().check();
    expect(await page.locator(`g[data-kommun="${first}"]`).getAttribute('display')).toBeNull();
    expect(await page.locator(`g[data-kommun="${second}"]`).getAttribute('display')).toBe('none');
    expect(pageErrors).toEqual([]);
  });

  test('print: the national chart and both tables fit the paper width', async () => {
    const { page } = await open('/teman/', { width: 700 });
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() =>
      [
        ['svg.theme-bars', '.theme-bars-figure'],
        ['.theme-counts table', '.theme-bars-figure'],
        ['.county-themes table', '.county-themes figure'],
      ].map(
        ([inner, outer]) =>
          [inner, document.querySelector(inner!)!.getBoundingClientRect().right - document.querySelector(outer!)!.getBoundingClientRect().right] as const,
      ),
    );
    for (const [selector, over] of overflow) expect(over, selector).toBeLessThanOrEqual(1);
  });

  test('/teman/ passes axe and does not scroll sideways at 1280 and 390 px and without JavaScript, nor the largest county page (with its picker) at 1280 px', async () => {
    const largest = [...new Set(documents.map((document) => document.county))]
      .map((county) => ({ county, size: documents.filter((document) => document.county === county).length }))
      .sort((a, b) => b.size - a.size)[0]!;
    // A county page of 49 documents has about a thousand links: axe takes 5 s a run there.
    const everyWay = [{ width: 1280 }, { width: 390 }, { width: 390, javaScriptEnabled: false }];
    for (const [path, ways] of [
      ['/teman/', everyWay],
      [`/teman/lan/${countySlug(largest.county)}/`, [{ width: 1280 }]],
    ] as const) {
      for (const options of ways) {
        const { page, context } = await open(path, options);
        expect(await axeViolations(page), `${path} ${JSON.stringify(options)}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} ${JSON.stringify(options)}`).toBeLessThanOrEqual(options.width);
        await context.close();
      }
    }
    // Four axe runs on pages of 300 documents: over a minute at load ~25 with a second file beside it.
  }, 240_000);
});
