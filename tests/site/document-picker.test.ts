/**
 * One document picker on /jamfor/, /ansvar/ and /teman/ (issue 13): the same boxes, the same `?d=`
 * (as the pages have always written it, and as the picker's form sends it), and on a phone two
 * documents out of five in two taps, with JavaScript and without.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser.ts';

const open = useBrowser();

const PAGES = ['/jamfor/', '/ansvar/', '/teman/'] as const;
const ALL = ['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso'];

/**
 * The documents a page shows: the comparison's columns, or the chart columns of Vem gör vad and
 * Teman. (Displayed: neither it nor an ancestor is `display: none`; Chromium's checkVisibility
 * calls an SVG group visible either way.)
 */
function shownDocuments(page: Page, path: string): Promise<string[]> {
  return page.evaluate(
    (selector) => {
      const displayed = (element: Element) => {
        for (let node: Element | null = element; node; node = node.parentElement) if (getComputedStyle(node).display === 'none') return false;
        return true;
      };
      const ids = [...document.querySelectorAll<Element>(selector)]
        .filter(displayed)
        .map((element) => element.getAttribute('data-col') ?? element.getAttribute('data-kommun')!);
      return [...new Set(ids)].sort();
    },
    path === '/jamfor/' ? 'table[data-compare-table] thead th[data-col]' : 'svg g[data-kommun]',
  );
}

const ticked = (page: Page) =>
  page.locator('form[data-document-picker] input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));

describe.each(PAGES)('%s', (path) => {
  test('the same ?d= shows the same documents, and ticks their boxes', async () => {
    for (const query of ['?d=tyreso,hylte', '?d=tyreso&d=hylte', '?d=TYRESO,%20Hylte']) {
      const { page, pageErrors } = await open(`${path}${query}`);
      expect(await shownDocuments(page, path), query).toEqual(['hylte', 'tyreso']);
      expect((await ticked(page)).sort(), query).toEqual(['hylte', 'tyreso']);
      expect(pageErrors).toEqual([]);
    }
  });

  test('on a phone, two documents out of five take two taps; "Visa alla kommuner" shows all again', async () => {
    const { page } = await open(path, { width: 390 });
    const picker = page.locator('form[data-document-picker]');
    expect(await shownDocuments(page, path)).toEqual(ALL);
    expect(await ticked(page)).toEqual([]);
    let taps = 0;
    for (const name of ['Hylte', 'Tyresö']) {
      await picker.getByText(name, { exact: true }).click();
      taps += 1;
    }
    expect(taps).toBe(2);
    expect(await shownDocuments(page, path)).toEqual(['hylte', 'tyreso']);
    expect(new URL(page.url()).searchParams.get('d')).toBe('hylte,tyreso');
    expect(await picker.locator('[data-picker-status]').textContent()).toBe('2 av 5 kommuner visas.');
    expect(await axeViolations(page)).toEqual([]);

    await picker.getByRole('button', { name: 'Visa alla kommuner' }).click();
    expect(await shownDocuments(page, path)).toEqual(ALL);
    expect(await ticked(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.has('d')).toBe(false);
  });

  test('without JavaScript the boxes choose too: two taps show two documents, unticking shows all', async () => {
    const { page } = await open(path, { width: 390, javaScriptEnabled: false });
    const picker = page.locator('form[data-document-picker]');
    expect(await picker.isVisible()).toBe(true);
    expect(await shownDocuments(page, path)).toEqual(ALL);
    await picker.getByText('Hylte', { exact: true }).click();
    await picker.getByText('Tyresö', { exact: true }).click();
    expect(await shownDocuments(page, path)).toEqual(['hylte', 'tyreso']);
    await picker.getByRole('button', { name: 'Visa alla kommuner' }).click();
    expect(await shownDocuments(page, path)).toEqual(ALL);
  });
});

test('on /jamfor/ the order of the taps is the order of the columns, and the panel stays in step', async () => {
  const { page } = await open('/jamfor/');
  const picker = page.locator('form[data-document-picker]');
  await picker.getByLabel('Tyresö').check();
  await picker.getByLabel('Eksjö').check();
  const columns = () =>
    page.$$eval('thead th[data-col]', (headers) => headers.filter((header) => header.checkVisibility()).map((header) => header.getAttribute('data-col')));
  expect(await columns()).toEqual(['tyreso', 'eksjo']);
  expect(new URL(page.url()).search).toBe('?d=tyreso,eksjo');
  await page.getByText('Ändra urvalet').click();
  await page.getByRole('button', { name: 'Ta bort: Tyresö' }).click();
  expect(await ticked(page)).toEqual(['eksjo']);
  await page.getByRole('button', { name: 'Återställ' }).click();
  expect(await ticked(page)).toEqual([]);
  expect(await columns()).toEqual(ALL);
});
