/** /jamfor/: the comparison table, its address, its controls, long cells and print, as a reader meets them. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { withoutSoftHyphens as read } from '../../src/ui/soft-hyphen.ts';
import { axeViolations, useBrowser } from '../support/browser.ts';

const open = useBrowser();

// Text is compared as a reader reads it: without the soft hyphens in long words (src/ui/hyphenate.ts).

/** The municipalities of the shown column headers, left to right. */
const shownColumns = (page: Page) =>
  page.$$eval('thead th[data-col]', (headers) =>
    headers
      .filter((header) => (header as HTMLElement).offsetParent !== null)
      .map((header) => header.querySelector('.compare-table__municipality')!.textContent!.replaceAll('\u00AD', '').trim()),
  );
/** The labels of the shown rows, top to bottom. */
const shownRows = (page: Page) =>
  page.$$eval('tbody tr', (rows) =>
    rows
      .filter((row) => (row as HTMLElement).offsetParent !== null)
      .map((row) => row.querySelector('.compare-table__category-label')!.textContent!.replaceAll('\u00AD', '').trim()),
  );
/** Per shown row, the document ids of its shown cells, left to right. */
const shownCells = (page: Page) =>
  page.$$eval('tbody tr', (rows) =>
    rows
      .filter((row) => (row as HTMLElement).offsetParent !== null)
      .map((row) => [...row.querySelectorAll('td')].filter((cell) => cell.offsetParent !== null).map((cell) => cell.dataset.col)),
  );
const query = (page: Page) => new URL(page.url()).search;
const FIVE_ROWS = ['Syfte', 'Mål', 'Prioriterade områden', 'Ansvar', 'Uppföljning'];
const FIVE_COLUMNS = ['Eksjö', 'Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö'];

describe('without JavaScript', () => {
  test('all five documents and the five main categories show, as a table with caption and headers', async () => {
    const { page } = await open('/jamfor/', { javaScriptEnabled: false });
    expect(await shownColumns(page)).toEqual(FIVE_COLUMNS);
    expect(await shownRows(page)).toEqual(FIVE_ROWS);
    expect((await shownCells(page)).flat()).toHaveLength(25);
    expect(await page.locator('table caption').innerText()).toContain('Avsnitten sida vid sida');
    expect(await page.locator('tbody tr:visible th[scope="row"]').count()).toBe(5);
    expect(await page.locator('thead th[scope="col"][data-col]').count()).toBe(5);
    expect(await page.locator('[data-compare-controls]').isVisible()).toBe(false);
    expect(await page.getByText('Med JavaScript påslaget kan du också välja kategorier').isVisible()).toBe(true);
    expect(await page.locator('button[data-copy-citation]:visible').count()).toBe(0);
    expect(await page.locator('.compare-table__toggle').count()).toBe(0);
  });

  test('a missing category is an explicit gap that says "Saknas" and where the subject comes up anyway', async () => {
    const { page } = await open('/jamfor/', { javaScriptEnabled: false });
    const followUp = page.locator('tr[data-row="uppfoljning"] td[data-col="tyreso"]');
    expect(read(await followUp.innerText())).toMatch(/^Saknas\s+Dokumentet har inget avsnitt om uppföljning\./mu);
    expect(await followUp.getByRole('link', { name: '4 Ansvar' }).getAttribute('href')).toBe('/dokument/tyreso/#ansvar');
    expect(read(await followUp.innerText())).toContain('”Respektive nämnd redovisar i årsredovisningen');
    expect(await page.locator('tr[data-row="syfte"] td[data-col="tyreso"]').innerText()).toContain('Saknas');
    for (const cell of await page.locator('tbody tr:visible td').all()) expect((await cell.innerText()).trim()).not.toBe('');
  });

  test("a cell shows each section with its number, text, lists, source lines and permalink: Hylte's Mål", async () => {
    const { page } = await open('/jamfor/', { javaScriptEnabled: false });
    const cell = page.locator('tr[data-row="mal"] td[data-col="hylte"]');
    expect(await cell.locator('h3').allInnerTexts()).toEqual(['4 Mål']);
    expect((await cell.locator('h4').allInnerTexts()).map(read)).toEqual([
      'Strategiskt och integrerat',
      'Mervärden',
      'Förståelse och integration',
      'Miljö och klimat',
    ]);
    expect(await cell.getByText('Källa: rad 16', { exact: true }).count()).toBeGreaterThan(0);
    expect(await cell.getByRole('link', { name: 'Länk till avsnittet: Hylte, 4 Mål' }).getAttribute('href')).toBe('/dokument/hylte/#mal');
    expect(await cell.getByText('Kategorin ärvd från ”4 Mål”').count()).toBe(4);
    expect(await page.locator('tr[data-row="syfte"] td[data-col="eskilstuna"] ul li').count()).toBe(2);
    expect(await page.locator('tr[data-row="uppfoljning"] td[data-col="eskilstuna"]').innerText()).toContain('Ur dokumenthuvudet');
  });
});

describe('with JavaScript', () => {
  test('the default view is 5 columns × 5 rows, with no note and no script error', async () => {
    const { page, pageErrors, externalRequests } = await open('/jamfor/');
    expect(await shownColumns(page)).toEqual(FIVE_COLUMNS);
    expect(await shownRows(page)).toEqual(FIVE_ROWS);
    expect(await shownCells(page)).toEqual(FIVE_ROWS.map(() => ['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']));
    expect(await page.locator('[data-compare-notes] p').count()).toBe(0);
    expect(await page.getByText('Visar 5 av 5 dokument').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  test('?d=tyreso,hylte&k=ansvar shows exactly those columns, in that order, and that row', async () => {
    const { page } = await open('/jamfor/?d=tyreso,hylte&k=ansvar');
    expect(await shownColumns(page)).toEqual(['Tyresö', 'Hylte']);
    expect(await shownRows(page)).toEqual(['Ansvar']);
    expect(await shownCells(page)).toEqual([['tyreso', 'hylte']]);
    expect(await page.locator('tr[data-row="ansvar"] td:visible h3').first().innerText()).toBe('4 Ansvar');
  });

  test('other categories can be shown from the address, and unknown ids are ignored with a visible note', async () => {
    const { page } = await open('/jamfor/?d=hylte,stockholm,hylte&k=samarbeten,bakgrund,nej');
    expect(await shownColumns(page)).toEqual(['Hylte']);
    expect(await shownRows(page)).toEqual(['Bakgrund', 'Samarbeten']);
    const notes = await page.locator('[data-compare-notes]').innerText();
    expect(notes).toContain('”stockholm”');
    expect(notes).toContain('”nej”');
  });

  test('what the address says is shown as text, never as markup', async () => {
    const { page, dialogs } = await open(`/jamfor/?d=${encodeURIComponent('<img src=x onerror=alert(1)>')}&k=${encodeURIComponent('<b>fet</b>')}`);
    const notes = page.locator('[data-compare-notes]');
    expect(await notes.innerText()).toContain('”<img src=x onerror=alert(1)>”');
    expect(await notes.innerText()).toContain('”<b>fet</b>”');
    expect(await notes.locator('img, b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await shownColumns(page)).toEqual(FIVE_COLUMNS);
  });

  test('the controls add, remove and reorder columns and pick rows, and the address follows', async () => {
    const { page } = await open('/jamfor/?d=tyreso,hylte&k=ansvar');
    await page.getByText('Ändra urvalet').click();
    await page.getByRole('button', { name: 'Flytta höger: Tyresö' }).click();
    expect(await shownColumns(page)).toEqual(['Hylte', 'Tyresö']);
    expect(query(page)).toBe('?d=hylte,tyreso&k=ansvar');
    await page.getByLabel('Lägg till dokument').selectOption({ label: 'Eksjö' });
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    expect(await shownColumns(page)).toEqual(['Hylte', 'Tyresö', 'Eksjö']);
    expect(query(page)).toBe('?d=hylte,tyreso,eksjo&k=ansvar');
    await page.getByRole('button', { name: 'Ta bort: Hylte' }).click();
    expect(await shownColumns(page)).toEqual(['Tyresö', 'Eksjö']);
    await page.getByLabel(/^Uppföljning/u).check();
    await page.getByLabel(/^Ansvar/u).uncheck();
    expect(await shownRows(page)).toEqual(['Uppföljning']);
    expect(query(page)).toBe('?d=tyreso,eksjo&k=uppfoljning');
    expect(await shownCells(page)).toEqual([['tyreso', 'eksjo']]);
    await page.getByRole('button', { name: 'Återställ' }).click();
    expect(query(page)).toBe('');
    expect(await shownColumns(page)).toEqual(FIVE_COLUMNS);
    expect(await shownRows(page)).toEqual(FIVE_ROWS);
  });

  test('the last column cannot be removed nor the last row unchecked', async () => {
    const { page } = await open('/jamfor/?d=eksjo&k=mal');
    await page.getByText('Ändra urvalet').click();
    expect(await page.getByRole('button', { name: 'Ta bort: Eksjö' }).isDisabled()).toBe(true);
    await page.locator('#jamfor-k-mal').click();
    expect(await page.locator('#jamfor-k-mal').isChecked()).toBe(true);
    expect(await shownRows(page)).toEqual(['Mål']);
    await expect.poll(() => page.locator('[data-compare-status]').textContent()).toBe('Minst en kategori måste visas.');
  });

  test('the controls work from the keyboard, with visible focus that stays on the moved item', async () => {
    const { page } = await open('/jamfor/?d=eksjo,hylte,tyreso&k=ansvar');
    await page.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details[data-compare-controls]').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytta höger: Eksjö');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await shownColumns(page)).toEqual(['Hylte', 'Eksjö', 'Tyresö']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytta höger: Eksjö');
    await page.keyboard.press('Space');
    expect(await shownColumns(page)).toEqual(['Hylte', 'Tyresö', 'Eksjö']);
    expect(query(page)).toBe('?d=hylte,tyreso,eksjo&k=ansvar');
    // At the right edge "Flytta höger" is disabled; focus moved to "Flytta vänster" of the same item.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytta vänster: Eksjö');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ta bort: Tyresö');
    await page.keyboard.press('Enter');
    expect(await shownColumns(page)).toEqual(['Hylte', 'Eksjö']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ta bort: Eksjö');
    await page.locator('#jamfor-k-uppfoljning').focus();
    await page.keyboard.press('Space');
    expect(await shownRows(page)).toEqual(['Ansvar', 'Uppföljning']);
    expect(query(page)).toBe('?d=hylte,eksjo&k=ansvar,uppfoljning');
    await expect.poll(() => page.locator('[data-compare-status]').textContent()).toBe('Uppföljning visas.');
  });

  test('long cells collapse behind "Visa mer", keep their text in the page, and print in full on A4 landscape', async () => {
    const { page } = await open('/jamfor/');
    const toggle = page.locator('tr[data-row="syfte"] td[data-col="hylte"] .compare-table__toggle');
    const body = page.locator('#cell-hylte-syfte');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-controls')).toBe('cell-hylte-syfte');
    const clipped = await body.evaluate((element) => ({ shown: element.clientHeight, full: element.scrollHeight, text: element.textContent! }));
    expect(clipped.shown).toBeLessThan(clipped.full);
    const lastWords = (await body.locator('p').last().textContent())!.trim().slice(-40);
    expect(clipped.text).toContain(lastWords);

    await page.emulateMedia({ media: 'print' });
    expect(await body.evaluate((element) => element.clientHeight >= element.scrollHeight)).toBe(true);
    expect(await toggle.isVisible()).toBe(false);
    expect(await page.locator('[data-compare-controls]').isVisible()).toBe(false);
    expect(await page.locator('button[data-copy-citation]:visible').count()).toBe(0);
    const pageSize = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .find((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
        ?.style.getPropertyValue('size'),
    );
    expect(pageSize?.toLowerCase()).toBe('a4 landscape');
    await page.emulateMedia({ media: 'screen' });

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.innerText()).toContain('Visa mindre');
    expect(await body.evaluate((element) => element.clientHeight >= element.scrollHeight)).toBe(true);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.innerText()).toContain('Visa mer');
  });

  test('"Visa alla" opens every long cell at once and "Dölj alla" cuts them again', async () => {
    const { page } = await open('/jamfor/');
    const collapsed = () => page.locator('.compare-table__cell-body.is-collapsed').count();
    const before = await collapsed();
    expect(before).toBeGreaterThan(1);
    await page.getByRole('button', { name: /^Visa alla: långa celler/u }).click();
    expect(await collapsed()).toBe(0);
    expect(await page.locator('.compare-table__toggle[aria-expanded="false"]').count()).toBe(0);
    await page.getByRole('button', { name: /^Dölj alla/u }).click();
    expect(await collapsed()).toBe(before);
  });

  test('keyboard focus inside a collapsed cell opens it, so nothing focused is hidden', async () => {
    const { page } = await open('/jamfor/');
    const body = page.locator('#cell-hylte-syfte');
    await body.locator('button[data-copy-citation]').focus();
    expect(await page.locator('tr[data-row="syfte"] td[data-col="hylte"] .compare-table__toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await body.evaluate((element) => element.clientHeight >= element.scrollHeight)).toBe(true);
  });

  test('the copy button copies the exact citation with the site address', async () => {
    const { page, context } = await open('/jamfor/?d=tyreso&k=ansvar');
    const origin = new URL(page.url()).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    // The button sits in a long, collapsed cell: focusing it opens the cell, Enter copies.
    await page.getByRole('button', { name: 'Kopiera källhänvisning: Tyresö, 4 Ansvar' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(
        `Tyresö kommun, ”Riktlinjer för internationellt samarbete i Tyresö kommun”, avsnitt ”4 Ansvar”, källtextens rad 82–92. ${origin}/dokument/tyreso/#ansvar`,
      );
    expect(await page.getByText('Citatet är kopierat.').isVisible()).toBe(true);
  });

  test('on a 390 px phone the cells stack, each labelled by its document, with no sideways scrolling', async () => {
    const { page } = await open('/jamfor/?k=ansvar', { width: 390 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const labels = await page.locator('tr[data-row="ansvar"] .compare-table__cell-label:visible').allInnerTexts();
    expect(labels.map((label) => label.split('\n')[0])).toEqual(FIVE_COLUMNS);
    const [first, second] = await page.locator('tr[data-row="ansvar"] td').all();
    expect((await second!.boundingBox())!.y).toBeGreaterThan((await first!.boundingBox())!.y + (await first!.boundingBox())!.height - 1);
  });

  test('with the controls open and a picked view, axe finds no violations', async () => {
    for (const width of [1280, 390]) {
      const { page } = await open('/jamfor/?d=tyreso,hylte,nej&k=ansvar,uppfoljning', { width });
      await page.getByText('Ändra urvalet').click();
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
