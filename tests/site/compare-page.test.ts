/**
 * /jamfor/ reads like a page (issue 13): the page scrolls, not a box inside it, with the column
 * headers in view; jump links take a phone reader to each category, clear of anything sticky; and
 * each cell's copy button is seen, reached and used while the cell is collapsed.
 */
import { withoutSoftHyphens } from '../../src/ui/soft-hyphen.ts';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { CANONICAL_CATEGORY_KEYS, getCategory } from '../../src/taxonomy/categories.ts';

const open = useBrowser();

/** The five main categories as the jump links name them, in the taxonomy's order. */
const FIVE = CANONICAL_CATEGORY_KEYS.map((key) => getCategory(key));

/** Where the shown column headers are in the window: the top of the highest and the bottom of the lowest (the cells stick, not the row). */
const headerBox = (page: Page) =>
  page.evaluate(() => {
    const cells = [...document.querySelectorAll('table[data-compare-table] thead th')]
      .filter((cell) => cell.checkVisibility())
      .map((cell) => cell.getBoundingClientRect());
    return { top: Math.min(...cells.map((cell) => cell.top)), bottom: Math.max(...cells.map((cell) => cell.bottom)) };
  });

describe('the page scrolls, with the column headers in view', () => {
  test('at 1280 px the window scrolls the table, no box inside the page does, and the headers stay at the top', async () => {
    const { page } = await open('/jamfor/');
    const scroll = await page.evaluate(() => {
      const table = document.querySelector('table[data-compare-table]')!;
      const boxes: string[] = [];
      for (let element = table.parentElement; element && element !== document.documentElement; element = element.parentElement) {
        const style = getComputedStyle(element);
        if (/(auto|scroll)/u.test(style.overflowY) || element.scrollHeight > element.clientHeight + 1) boxes.push(element.className || element.tagName);
      }
      return { page: document.scrollingElement!.scrollHeight, window: window.innerHeight, boxes };
    });
    expect(scroll.page).toBeGreaterThan(scroll.window * 2);
    expect(scroll.boxes).toEqual([]);

    await page.evaluate(() => window.scrollBy(0, 1500));
    await page.waitForFunction(() => window.scrollY >= 1500);
    const headers = await page.$$eval('thead th[data-col]', (cells) => cells.map((cell) => cell.getBoundingClientRect().top));
    expect(headers).toHaveLength(5);
    for (const top of headers) expect(Math.abs(top)).toBeLessThan(2);
    // The rows scrolled under the headers: a cell of the first row is above them now.
    expect(await page.locator('tr[data-row="syfte"] td[data-col="eksjo"]').evaluate((cell) => cell.getBoundingClientRect().top)).toBeLessThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });

  test('with more columns than the window holds, the page scrolls sideways and the category names stay at the left', async () => {
    const { page } = await open('/jamfor/', { width: 900 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeGreaterThan(900);
    await page.evaluate(() => window.scrollTo(document.documentElement.scrollWidth, 1200));
    await page.waitForFunction((width) => window.scrollX >= width - 900 - 1, wide);
    const category = await page.locator('tr[data-row="mal"] th[scope="row"]').boundingBox();
    expect(Math.abs(category!.x)).toBeLessThan(2);
    expect(Math.abs((await headerBox(page)).top)).toBeLessThan(2);
  });
});

describe('jump links to the categories', () => {
  for (const width of [390, 1280]) {
    test(`at ${width} px each link moves to its category, in view and clear of the sticky headers, and Tab goes on from there`, async () => {
      const { page } = await open('/jamfor/', { width });
      const nav = page.getByRole('navigation', { name: 'Gå till kategori:' });
      expect(await nav.getByRole('link').allInnerTexts()).toEqual(FIVE.map((category) => category.label));
      for (const category of [...FIVE].reverse()) {
        await nav.getByRole('link', { name: category.label, exact: true }).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction((hash) => window.location.hash === hash, `#kategori-${category.urlKey}`);
        const target = page.locator(`#kategori-${category.urlKey}`);
        await page.waitForFunction(
          (id) => {
            const top = document.getElementById(id)!.getBoundingClientRect().top;
            return top >= 0 && top < window.innerHeight / 2;
          },
          `kategori-${category.urlKey}`,
          { timeout: 5000 },
        );
        const top = (await target.boundingBox())!.y;
        // At 1280 px the column headers stick to the top: the row header shows below them.
        if (width === 1280) expect(top).toBeGreaterThanOrEqual((await headerBox(page)).bottom - 1);
        expect(withoutSoftHyphens(await target.innerText())).toContain(category.label);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.row)).toBe(category.urlKey);
      }
    });
  }

  test('the links follow the rows shown: ?k= names them', async () => {
    const { page } = await open('/jamfor/?k=ansvar,bakgrund', { width: 390 });
    expect(await page.getByRole('navigation', { name: 'Gå till kategori:' }).getByRole('link').allInnerTexts()).toEqual(['Ansvar', 'Bakgrund']);
    await page.getByRole('link', { name: 'Bakgrund', exact: true }).click();
    await page.waitForFunction(() => window.location.hash === '#kategori-bakgrund');
    expect(new URL(page.url()).search).toBe('?k=ansvar,bakgrund');
  });
});

describe('copying a collapsed cell', () => {
  test('its button is seen and focused while the cell stays collapsed, and copies every section with its citation', async () => {
    const { page, context } = await open('/jamfor/?d=hylte&k=mal');
    const origin = new URL(page.url()).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const body = page.locator('#cell-hylte-mal');
    expect(await body.getAttribute('class')).toContain('is-collapsed');
    const button = page.getByRole('button', { name: 'Kopiera texten med källhänvisning: Hylte, Mål' });
    expect(await button.isVisible()).toBe(true);
    await button.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kopiera texten');
    // Focus is on the button, outside the cut part: the cell stays collapsed, the button in view.
    expect(await body.getAttribute('class')).toContain('is-collapsed');
    const box = (await button.boundingBox())!;
    const cell = (await page.locator('tr[data-row="mal"] td[data-col="hylte"]').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(cell.y + cell.height);
    await page.keyboard.press('Enter');

    const headings = (await body.locator('.compare-entry__heading').allInnerTexts()).map(withoutSoftHyphens);
    const lastWords = withoutSoftHyphens((await body.locator('.compare-entry__text').last().locator('p, li').last().textContent())!)
      .trim()
      .slice(-40);
    const citations = await body
      .locator('[data-copy-citation]')
      .evaluateAll((buttons) => buttons.map((element) => element.getAttribute('data-copy-citation')!));
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(lastWords);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(headings).toHaveLength(5);
    for (const heading of headings) expect(copied).toContain(heading);
    for (const citation of citations) expect(copied).toContain(citation.replace('{origin}', origin));
    expect(copied.startsWith('4 Mål\n\n')).toBe(true);
    expect(copied).toContain(`${origin}/dokument/hylte/#mal`);
    expect(copied).not.toContain('\u00ad');
    // Nothing of the cell's text is left out: every paragraph and list item is in the copy.
    const parts = await body.locator('.compare-entry__text p, .compare-entry__text li').allTextContents();
    for (const part of parts)
      expect(copied.replace(/\s+/gu, ' ')).toContain(
        part
          .replace(/\u00ad/gu, '')
          .replace(/\s+/gu, ' ')
          .trim(),
      );
    expect(await page.getByText('Texten är kopierad med källhänvisning.').isVisible()).toBe(true);
  });

  test('a gap has nothing to copy, and without JavaScript no copy button shows', async () => {
    const { page } = await open('/jamfor/?k=uppfoljning');
    expect(await page.locator('tr[data-row="uppfoljning"] td[data-col="tyreso"] button[data-copy-cell]').count()).toBe(0);
    expect(await page.locator('tr[data-row="uppfoljning"] td[data-col="hylte"] button[data-copy-cell]').isVisible()).toBe(true);
    const plain = await open('/jamfor/', { javaScriptEnabled: false });
    expect(await plain.page.locator('button[data-copy-cell]:visible').count()).toBe(0);
  });
});
