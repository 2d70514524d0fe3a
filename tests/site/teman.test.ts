/** `/teman/` in a browser: the theme map, its table and weights without JavaScript, its links, the keyboard and print. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_WEIGHTS } from '../../src/features/teman/weights.ts';
import { THEMES } from '../../src/taxonomy/themes.ts';
import { axeViolations, DIST, useBrowser } from '../support/browser.ts';

const open = useBrowser();
const DOCUMENT_IDS = ['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso'];

/** Does the built page at `href` (`/dokument/hylte/#ansvar`) exist and carry the fragment's id? */
function resolves(href: string): boolean {
  const [path = '', fragment] = href.split('#');
  const file = join(DIST, ...path.split('/').filter(Boolean), 'index.html');
  return existsSync(file) && (fragment === undefined || readFileSync(file, 'utf8').includes(`id="${fragment}"`));
}

describe('without JavaScript', () => {
  test('the map is a figure with a finding, a dot per named theme and a table with the same weights', async () => {
    const { page } = await open('/teman/', { width: 390, javaScriptEnabled: false });
    const caption = (await page.locator('figure figcaption').textContent()) ?? '';
    expect(caption).toMatch(/^Utbildning och språk är ett prioriterat område i 3 av 5 dokument/u);
    const dots = await page.locator('svg a.cell').evaluateAll((links) =>
      links.map((link) => ({
        href: link.getAttribute('href') ?? '',
        weight: link.querySelector('text')?.textContent ?? '',
        name: link.getAttribute('aria-label') ?? '',
      })),
    );
    expect(dots.length).toBeGreaterThan(40);
    const table = page.locator('figure table');
    expect(await table.locator('caption').textContent()).toContain('Teman per kommun');
    expect(await table.locator('tbody tr').count()).toBe(THEMES.length);
    const weightsInTable = await table.locator('.theme-table__weight strong').allTextContents();
    expect(weightsInTable.sort()).toEqual(dots.map((dot) => dot.weight).sort());
    for (const dot of dots) {
      const url = new URL(dot.href, 'http://site.invalid');
      expect(url.pathname).toBe('/sok/');
      expect(DOCUMENT_IDS).toContain(url.searchParams.get('kommun'));
      expect(url.searchParams.get('q')?.length).toBeGreaterThan(1);
      expect(dot.name).toContain(`vikt ${dot.weight} av 4`);
    }
  });

  test('the weights are stated on the page, and every section link leads to its section', async () => {
    const { page } = await open('/teman/', { javaScriptEnabled: false });
    const weights = await page.locator('#vikter ~ table tbody tr, .weights__table tbody tr').allTextContents();
    expect(weights).toHaveLength(THEME_WEIGHTS.length);
    for (const [index, entry] of THEME_WEIGHTS.entries()) expect(weights[index]).toContain(`${entry.weight}${entry.label}.`);
    const sections = await page.locator('.theme-table a[href^="/dokument/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(sections.length).toBeGreaterThan(50);
    for (const href of new Set(sections)) expect(resolves(href), href).toBe(true);
    expect(await page.locator('#ordlista ~ dl dt').count()).toBe(THEMES.length);
    expect(await page.locator('form[data-document-picker]').isVisible()).toBe(true);
    expect(await page.locator('form[data-document-picker] input:checked').count()).toBe(0);
  });

  test('a theme no document names is shown as a row of gaps', async () => {
    const { page } = await open('/teman/', { javaScriptEnabled: false });
    const row = page.locator('.theme-table tbody tr', { hasText: 'Säkerhet, beredskap och solidaritet' });
    expect(await row.locator('td').allTextContents()).toEqual(['0 nämns inte', '0 nämns inte', '0 nämns inte', '0 nämns inte', '0 nämns inte']);
  });
});

describe('with JavaScript', () => {
  test('Tab reaches the dots with visible focus, and Enter follows the dot to the search', async () => {
    const { page, pageErrors } = await open('/teman/');
    let href: string | null = null;
    for (let step = 0; step < 40 && !href; step++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => (document.activeElement?.matches('svg a.cell') ? document.activeElement.getAttribute('href') : null));
    }
    expect(href).toMatch(/^\/sok\/\?q=/u);
    const fill = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.cell__hit')!).fill);
    expect(fill).toBe('rgb(255, 191, 71)');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=/u);
    expect(new URL(page.url()).searchParams.get('kommun')).toBe('eksjo');
    expect(pageErrors).toEqual([]);
  });

  test('the picker hides a municipality’s column in the chart and the table', async () => {
    const { page } = await open('/teman/');
    for (const name of ['Eksjö', 'Eskilstuna', 'Järfälla', 'Tyresö']) await page.locator('form[data-document-picker]').getByLabel(name).check();
    expect(await page.locator('g[data-kommun="hylte"]').getAttribute('display')).toBe('none');
    expect(await page.locator('.theme-table th[data-kommun="hylte"]').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('d')).toBe('eksjo,eskilstuna,jarfalla,tyreso');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('print: the map is visible and nothing is cut at paper width', async () => {
  const { page } = await open('/teman/', { width: 640 });
  await page.emulateMedia({ media: 'print' });
  const box = await page.locator('[data-matrix]').evaluate((matrix) => {
    const figure = matrix.closest('figure')!.getBoundingClientRect();
    const svgs = [...matrix.querySelectorAll(':scope > svg')].map((svg) => svg.getBoundingClientRect());
    return { figureRight: figure.right, right: Math.max(...svgs.map((svg) => svg.right)), heights: svgs.map((svg) => Math.round(svg.height)) };
  });
  expect(box.right).toBeLessThanOrEqual(box.figureRight + 1);
  expect(box.heights[0]).toBeGreaterThan(300);
  expect(Math.abs((box.heights[0] ?? 0) - (box.heights[1] ?? 0))).toBeLessThanOrEqual(1);
});
