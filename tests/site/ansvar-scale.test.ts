/**
 * Vem gör vad at scale: the site built from the 300-document corpus (tests/support/corpus-site.ts).
 * /ansvar/ draws the counts over all documents and the chart for a handful, not 300 columns; the
 * pages per kind and per actor sum, and every county has its pages with that county's documents
 * only; every /ansvar/ page stays within budget, and the heaviest pass axe.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { measurePage } from '../../scripts/bench/page-weight.ts';
import { nationalDutyMatrix } from '../../src/features/ansvar/national.ts';
import { defaultDocumentIds } from '../../src/lib/default-selection.ts';
import { countySlug } from '../../src/lib/counties.ts';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';
import { CORPUS_SIZE } from '../support/corpus-site.ts';
import { withoutSoftHyphens } from '../../src/ui/soft-hyphen.ts';

const out = inject('corpusDist');
const open = useBrowser('corpus');

const { file, read, text, published } = builtSite(out);

/** Every built page under /ansvar/. */
function ansvarPages(folder = file('/ansvar/'), path = '/ansvar/'): string[] {
  const pages = existsSync(join(folder, 'index.html')) ? [path] : [];
  for (const name of readdirSync(folder)) if (statSync(join(folder, name)).isDirectory()) pages.push(...ansvarPages(join(folder, name), `${path}${name}/`));
  return pages;
}

describe(`Vem gör vad with ${CORPUS_SIZE} documents`, () => {
  test('every /ansvar/ page, county pages included, stays within 60 KiB gzip and 20 KiB of JavaScript', () => {
    const pages = ansvarPages();
    expect(pages.length).toBeGreaterThan(100);
    const over = pages
      .map((page) => measurePage(page, read))
      .filter((weight) => !weight.withinBudget)
      .map((weight) => `${weight.page}: ${weight.firstVisit.gzip} B`);
    expect(over).toEqual([]);
  });

  test('/ansvar/ counts every document per kind and actor, and charts only the default handful', async () => {
    const documents = published();
    const national = nationalDutyMatrix(documents);
    const { page } = await open('/ansvar/');
    expect(await page.locator('#hela-landet').innerText()).toBe(`I alla ${CORPUS_SIZE} dokumenten`);
    for (const row of national.rows) {
      const shown = await page.$$eval(`#hela-landet-tabell ~ tbody tr[data-kind="${row.kind}"] td[data-actor]`, (cells) =>
        cells.map((cell) => Number(cell.getAttribute('data-count'))),
      );
      expect(shown, row.kind).toEqual(row.cells.map((cell) => cell.count));
    }
    const columns = await page.$$eval('svg.matrix__body g[data-kommun]', (groups) => groups.map((group) => group.getAttribute('data-kommun')));
    expect(columns).toEqual(defaultDocumentIds(documents));
    expect(await page.locator('.small-multiples figure').count()).toBe(5);
  });

  test('the county pages of /ansvar/ together chart every document once, each its county’s only', async () => {
    const documents = published();
    const { page } = await open('/ansvar/');
    const links = await page.$$eval('#lan-for-lan + ul a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    const counties = [...new Set(documents.map((document) => document.county))];
    expect(links).toHaveLength(counties.length);
    let charted = 0;
    for (const link of links) {
      const html = text(link);
      const columns = [...html.matchAll(/<g class="matrix__column" data-kommun="([^"]+)"/gu)].map((match) => match[1]);
      const own = documents.filter((document) => `/ansvar/lan/${countySlug(document.county)}/` === link).map((document) => document.id);
      expect(columns, link).toEqual(own);
      charted += columns.length;
    }
    expect(charted).toBe(CORPUS_SIZE);
  });

  test('a kind’s page sums all documents; its county page gives the sentences of that county’s documents', async () => {
    const documents = published();
    const { page } = await open('/ansvar/vanorter/');
    expect(await page.locator('#totals-fynd').innerText()).toMatch(
      new RegExp(`^\\d+ av ${CORPUS_SIZE} dokument \\(\\d+\\s%\\) anger vem som ansvarar för ”Vänorter och samarbetsavtal”\\.`, 'u'),
    );
    expect(await page.locator('.sources__group').count()).toBe(0);
    await page.getByRole('link', { name: 'Stockholms län' }).click();
    await page.waitForURL('**/ansvar/vanorter/stockholms-lan/');
    const stockholm = documents.filter((document) => document.county === 'Stockholms län');
    expect(await page.locator('.sources__group').count()).toBe(stockholm.length);
    expect(withoutSoftHyphens(await page.locator('h1').innerText())).toBe('Vänorter och samarbetsavtal i Stockholms län: vem gör vad?');
    // Another kind, same county.
    expect(await page.locator('#uppgifter a[href="/ansvar/uppfoljning/stockholms-lan/"]').count()).toBe(1);
  });

  test('/ansvar/, a kind’s page and the largest county page pass axe and do not scroll sideways at 1280 and 390 px, and without JavaScript', async () => {
    const everyWay = [{ width: 1280 }, { width: 390 }, { width: 390, javaScriptEnabled: false }];
    for (const [path, ways] of [
      ['/ansvar/', everyWay],
      ['/ansvar/vanorter/', everyWay],
      ['/ansvar/aktor/kommunstyrelsen/', [{ width: 1280 }]],
      ['/ansvar/lan/vastra-gotalands-lan/', [{ width: 1280 }]],
      ['/ansvar/vanorter/vastra-gotalands-lan/', [{ width: 390 }]],
    ] as const) {
      for (const options of ways) {
        const { page, context } = await open(path, options);
        expect(await axeViolations(page), `${path} ${JSON.stringify(options)}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} ${JSON.stringify(options)}`).toBeLessThanOrEqual(options.width);
        await context.close();
      }
    }
    // Nine axe runs on pages of 300 documents: a minute is not enough while another file runs beside it.
  }, 240_000);
});
