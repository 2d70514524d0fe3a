/**
 * /jamfor/ with 300 documents (the synthetic corpus, `npm run corpus`): the first visit stays
 * within budget because the page holds only the default handful of columns; every other column is
 * a fragment fetched when a reader picks the document or names it in `?d=`; the picker finds
 * documents by name without diacritics, by county and type; /jamfor/valj/ reaches every document
 * without JavaScript.
 *
 * The corpus site is built once for all site tests (tests/support/corpus-site.ts);
 * `CORPUS_DIST_DIR=<folder>` reuses a build made with `CONTENT_DIR=corpus` instead.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { gzipSize, KIB, measurePage } from '../../scripts/bench/page-weight.ts';
import type { CatalogEntry } from '../../src/features/compare/catalog.ts';
import { defaultDocumentIds } from '../../src/lib/default-selection.ts';
import { builtSite } from '../support/built-site.ts';
import { CORPUS_SIZE } from '../support/corpus-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { axeViolations } from '../support/browser.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const out = inject('corpusDist');
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await serveStatic(out);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

const { read, text } = builtSite(out);
const catalog = () => JSON.parse(text('/jamfor/dokument.json')) as CatalogEntry[];

interface Opened {
  page: Page;
  pageErrors: string[];
  externalRequests: string[];
  /** Same-site paths the page fetched after it loaded (`/jamfor/kolumn/ale.html`). */
  fetched: string[];
  /** Requests to paths matching this fail, as with a lost connection; set it to `null` to reconnect. */
  network: { failing: RegExp | null };
}

/**
 * Open a page of the corpus build. Without JavaScript the page's scripts are stripped, as in
 * tests/support/browser.ts; requests to paths matching `failing` fail, as with a lost connection.
 */
async function open(path: string, options: { width?: number; javaScriptEnabled?: boolean; failing?: RegExp } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'sv-SE' });
  contexts.push(context);
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  const fetched: string[] = [];
  const network = { failing: options.failing ?? null };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(server.url)) {
      externalRequests.push(url);
      return route.abort();
    }
    const { pathname } = new URL(url);
    if (route.request().resourceType() === 'fetch') fetched.push(pathname);
    if (network.failing?.test(pathname)) return route.abort('internetdisconnected');
    if (options.javaScriptEnabled === false) {
      if (route.request().resourceType() === 'script') return route.abort();
      if (route.request().resourceType() === 'document') {
        const response = await route.fetch();
        return route.fulfill({ response, body: (await response.text()).replace(/<script\b[\s\S]*?<\/script>/giu, '') });
      }
    }
    return route.continue();
  });
  await context.addInitScript({ path: AXE_PATH });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { page, pageErrors, externalRequests, fetched, network };
}

/** The ids of the shown column headers, left to right. */
const shownColumns = (page: Page) =>
  page.$$eval('thead th[data-col]', (headers) =>
    headers.filter((header) => (header as HTMLElement).offsetParent !== null).map((header) => (header as HTMLElement).dataset.col!),
  );
/** Per shown row, the document ids of its shown cells. */
const shownCells = (page: Page) =>
  page.$$eval('tbody tr', (rows) =>
    rows
      .filter((row) => (row as HTMLElement).offsetParent !== null)
      .map((row) => [...row.querySelectorAll('td')].filter((cell) => cell.offsetParent !== null).map((cell) => cell.dataset.col)),
  );
const query = (page: Page) => decodeURIComponent(new URL(page.url()).search);

/** What the documents' data says the default handful is. */
function expectedDefault(): string[] {
  const documents = JSON.parse(text('/data/documents.json')) as { id: string; county: string | null; adopted: { date: string | null } }[];
  const order = new Map(catalog().map((entry, index) => [entry.id, index]));
  return defaultDocumentIds([...documents].sort((a, b) => order.get(a.id)! - order.get(b.id)!));
}

describe('the corpus build', () => {
  test(`has ${CORPUS_SIZE} documents, each with its column as a fragment, and a catalogue of all of them`, () => {
    expect(catalog()).toHaveLength(CORPUS_SIZE);
    const fragments = readdirSync(join(out, 'jamfor', 'kolumn')).filter((name) => name.endsWith('.html'));
    expect(fragments.sort()).toEqual(
      catalog()
        .map((entry) => `${entry.id}.html`)
        .sort(),
    );
    const sizes = fragments.map((name) => gzipSize(read(`/jamfor/kolumn/${name}`)!));
    // One column is a few KiB: adding a document costs about what a small image would.
    expect(Math.max(...sizes)).toBeLessThan(12 * KIB);
  });

  test('the first visit to /jamfor/ is within budget: the page holds five columns, not 300', () => {
    const weight = measurePage('/jamfor/', read);
    const summary = `${(weight.firstVisit.gzip / KIB).toFixed(1)} KiB gzip, JS ${(weight.js.gzip / KIB).toFixed(1)} KiB`;
    expect(weight.missing, summary).toEqual([]);
    expect(weight.firstVisit.gzip, summary).toBeLessThanOrEqual(60 * KIB);
    expect(weight.js.gzip, summary).toBeLessThanOrEqual(20 * KIB);
    // The catalogue is fetched on use, not on the first visit.
    expect(weight.assets.find((asset) => asset.path === '/jamfor/dokument.json')).toMatchObject({ onUse: true });
    const html = text('/jamfor/index.html');
    expect(html.match(/<th scope="col" class="compare-table__document"/gu)).toHaveLength(5);
    expect(html.match(/<td data-col=/gu)!.length).toBeLessThanOrEqual(5 * 20);
  });

  test('/jamfor/valj/ is within budget too', () => {
    expect(measurePage('/jamfor/valj/', read).withinBudget).toBe(true);
  });
});

describe('without JavaScript', () => {
  test('the default handful shows: the five most recently decided, one per county, with the rule said on the page', async () => {
    const { page } = await open('/jamfor/', { javaScriptEnabled: false });
    const expected = expectedDefault();
    expect(await shownColumns(page)).toEqual(expected);
    const counties = await page.$$eval('thead th[data-col]', (headers) => headers.map((header) => (header as HTMLElement).dataset.county));
    expect(new Set(counties).size).toBe(5);
    expect(await page.getByText('Utan eget urval visas de fem senast beslutade dokumenten, högst ett per län').isVisible()).toBe(true);
    const link = page.getByRole('link', { name: `Alla ${CORPUS_SIZE} dokument, län för län` });
    expect(await link.getAttribute('href')).toBe('/jamfor/valj/');
  });

  test('/jamfor/valj/ reaches every document, county by county: its page and its comparison', async () => {
    const { page } = await open('/jamfor/valj/', { javaScriptEnabled: false });
    expect(await page.locator('h1').innerText()).toBe('Välj dokument att jämföra');
    const entries = catalog();
    const counties = [...new Set(entries.map((entry) => entry.county ?? 'Län framgår inte'))];
    expect(await page.locator('section h2').count()).toBe(counties.length);
    expect(await page.getByRole('link', { name: /^Läs dokumentet: / }).count()).toBe(CORPUS_SIZE);
    expect(await page.getByRole('link', { name: /^Jämför: / }).count()).toBe(CORPUS_SIZE);
    const jarfalla = entries.find((entry) => entry.municipality === 'Järfälla')!;
    const section = page.locator('section', { has: page.getByRole('heading', { name: jarfalla.county! }) });
    expect(await section.getByRole('link', { name: `Läs dokumentet: ${jarfalla.label}` }).getAttribute('href')).toBe(`/dokument/${jarfalla.id}/`);
    expect(await section.getByRole('link', { name: `Jämför: ${jarfalla.label}` }).getAttribute('href')).toBe(`/jamfor/?d=${jarfalla.id}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('with JavaScript', () => {
  test('the default view is the handful, fetching nothing', async () => {
    const { page, pageErrors, externalRequests, fetched } = await open('/jamfor/');
    expect(await shownColumns(page)).toEqual(expectedDefault());
    expect(await page.getByText(`Visar 5 av ${CORPUS_SIZE} dokument`).isVisible()).toBe(true);
    expect(fetched).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  test('typing part of a name without its diacritics finds the document; Enter adds its column and the address follows', async () => {
    const { page, pageErrors, fetched } = await open('/jamfor/');
    const defaults = await shownColumns(page);
    await page.getByText('Ändra urvalet').click();
    const search = page.getByLabel('Sök kommun eller titel');
    await search.fill('jarf');
    const list = page.getByLabel('Lägg till dokument');
    const jarfalla = catalog().filter((entry) => entry.municipality === 'Järfälla');
    await expect.poll(() => list.locator('option').allInnerTexts()).toEqual(jarfalla.map((entry) => entry.label).sort((a, b) => a.localeCompare(b, 'sv')));
    await expect.poll(() => page.locator('[data-compare-count]').innerText()).toBe(`${jarfalla.length} dokument matchar.`);
    const chosen = await list.inputValue();
    expect(jarfalla.map((entry) => entry.id)).toContain(chosen);
    await search.press('Enter');
    await expect.poll(() => shownColumns(page)).toEqual([...defaults, chosen]);
    expect(query(page)).toBe(`?d=${[...defaults, chosen].join(',')}`);
    expect(fetched).toEqual(['/jamfor/dokument.json', `/jamfor/kolumn/${chosen}.html`]);
    // The column is the document's own: its header and its sections, in every shown row.
    expect(await page.locator(`thead th[data-col="${chosen}"] .compare-table__municipality`).innerText()).toBe('Järfälla');
    expect((await shownCells(page)).every((row) => row.at(-1) === chosen)).toBe(true);
    expect((await page.locator(`tr[data-row="ansvar"] td[data-col="${chosen}"]`).innerText()).trim()).not.toBe('');
    expect(await page.locator(`tr[data-row="ansvar"] td[data-col="${chosen}"] a`).first().getAttribute('href')).toMatch(
      new RegExp(`^/dokument/${chosen}/`, 'u'),
    );
    // Shown documents leave the list; focus stays in the search field for the next one.
    expect(await list.locator(`option[value="${chosen}"]`).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('jamfor-sok');
    await expect
      .poll(() => page.locator('[data-compare-status]').textContent())
      .toBe(`${(await page.locator(`thead th[data-col="${chosen}"]`).getAttribute('data-label'))!} lades till som kolumn 6.`);
    expect(pageErrors).toEqual([]);
  });

  test('a removed column comes back without a second fetch', async () => {
    const { page, fetched } = await open('/jamfor/?d=ale,hylte');
    await expect.poll(() => shownColumns(page)).toEqual(['ale', 'hylte']);
    await page.getByText('Ändra urvalet').click();
    await page.getByRole('button', { name: 'Ta bort: Ale' }).click();
    expect(await shownColumns(page)).toEqual(['hylte']);
    await page.getByLabel('Sök kommun eller titel').fill('ale');
    await page.getByLabel('Lägg till dokument').selectOption('ale');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => shownColumns(page)).toEqual(['hylte', 'ale']);
    expect(fetched.filter((path) => path === '/jamfor/kolumn/ale.html')).toHaveLength(1);
  });

  test('a fetched column’s copy buttons copy its exact citations', async () => {
    const { page, fetched } = await open('/jamfor/?d=ale&k=ansvar');
    await expect.poll(() => shownColumns(page)).toEqual(['ale']);
    expect(fetched).toContain('/jamfor/kolumn/ale.html');
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const button = page.locator('tr[data-row="ansvar"] td[data-col="ale"] button[data-copy-citation]').first();
    await expect.poll(() => button.isVisible()).toBe(true);
    const expected = (await button.getAttribute('data-copy-citation'))!.replace('{origin}', origin);
    expect(expected).toMatch(/^Ale kommun, ”.+”, avsnitt ”.+”, källtextens rad \d+–\d+\. http:\/\/127\.0\.0\.1:\d+\/dokument\/ale\/#/u);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await page.locator('tr[data-row="ansvar"] td[data-col="ale"]').getByText('Citatet är kopierat.').isVisible()).toBe(true);
  });

  test('?d= with three documents not in the page shows exactly those three, in that order', async () => {
    const defaults = expectedDefault();
    const three = catalog()
      .map((entry) => entry.id)
      .filter((id) => !defaults.includes(id))
      .filter((_, index) => index % 97 === 5)
      .slice(0, 3)
      .reverse();
    expect(three).toHaveLength(3);
    const { page, pageErrors } = await open(`/jamfor/?d=${three.join(',')}&k=ansvar,uppfoljning`);
    await expect.poll(() => shownColumns(page)).toEqual(three);
    expect(await shownCells(page)).toEqual([three, three]);
    expect(query(page)).toBe(`?d=${three.join(',')}&k=ansvar,uppfoljning`);
    expect(await page.getByText(`Visar 3 av ${CORPUS_SIZE} dokument`).isVisible()).toBe(true);
    expect(await page.locator('[data-compare-notes] p').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  test('an id that is no document is named in a note; the others show', async () => {
    const { page } = await open('/jamfor/?d=ale,stockholms-stad,hylte');
    await expect.poll(() => shownColumns(page)).toEqual(['ale', 'hylte']);
    expect(await page.locator('[data-compare-notes]').innerText()).toContain('”stockholms-stad”');
  });

  test('a column that cannot be fetched says so, keeps the view and the address, and can be tried again', async () => {
    const defaults = expectedDefault();
    const [first, second, third] = catalog().filter((entry) => !defaults.includes(entry.id));
    const { page, network } = await open(`/jamfor/?d=${first!.id},${second!.id}`, { failing: /^\/jamfor\/kolumn\// });
    await expect.poll(() => page.locator('[data-compare-notes] [role="alert"]').count()).toBe(1);
    const note = await page.locator('[data-compare-notes]').innerText();
    expect(note).toContain(`Dokumenten ”${first!.id}” och ”${second!.id}” kunde inte hämtas`);
    expect(query(page)).toBe(`?d=${first!.id},${second!.id}`);
    expect(await shownColumns(page)).toEqual(defaults);

    await page.getByText('Ändra urvalet').click();
    await page.getByLabel('Sök kommun eller titel').fill(third!.title);
    await expect.poll(() => page.getByLabel('Lägg till dokument').inputValue()).toBe(third!.id);
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    const error = page.locator('[data-compare-add-error]');
    await expect
      .poll(() => error.innerText())
      .toBe(`${third!.label} kunde inte läggas till: servern gick inte att nå; kontrollera anslutningen och försök igen.`);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await shownColumns(page)).toEqual(defaults);
    expect(query(page)).toBe(`?d=${first!.id},${second!.id}`);

    network.failing = null;
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => shownColumns(page)).toEqual([...defaults, third!.id]);
    expect(await error.innerText()).toBe('');
  });

  test('a catalogue that cannot be fetched says so, with a button that tries again', async () => {
    const { page, network } = await open('/jamfor/', { failing: /^\/jamfor\/dokument\.json$/ });
    await page.getByText('Ändra urvalet').click();
    const error = page.locator('[data-compare-add-error]');
    await expect.poll(() => error.innerText()).toContain('Listan över alla dokument kunde inte hämtas.');
    expect(await page.getByLabel('Lägg till dokument').locator('option').count()).toBe(0);
    network.failing = null;
    await error.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(() => page.locator('[data-compare-count]').innerText()).toBe(`${CORPUS_SIZE - 5} dokument matchar.`);
    expect(await error.innerText()).toBe('');
  });

  test('the picker narrows by county and type, and works from the keyboard alone', async () => {
    const { page } = await open('/jamfor/');
    const defaults = await shownColumns(page);
    await page.locator('summary').focus();
    await page.keyboard.press('Enter');
    const county = 'Hallands län';
    await page.getByLabel('Län', { exact: true }).selectOption(county);
    const inCounty = catalog().filter((entry) => entry.county === county && !defaults.includes(entry.id));
    await expect.poll(() => page.locator('[data-compare-count]').innerText()).toBe(`${inCounty.length} dokument matchar.`);
    await page.getByLabel('Dokumenttyp').selectOption('Riktlinje');
    const riktlinjer = inCounty.filter((entry) => entry.type === 'Riktlinje').sort((a, b) => a.label.localeCompare(b.label, 'sv'));
    expect(riktlinjer.length).toBeGreaterThan(1);
    await expect.poll(() => page.getByLabel('Lägg till dokument').locator('option').allInnerTexts()).toEqual(riktlinjer.map((entry) => entry.label));

    await page.getByLabel('Sök kommun eller titel').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('jamfor-lagg-till');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Lägg till dokument').inputValue()).toBe(riktlinjer[1]!.id);
    expect(await page.locator('[data-compare-picked]').innerText()).toContain(riktlinjer[1]!.title);
    await page.keyboard.press('Enter');
    await expect.poll(() => shownColumns(page)).toEqual([...defaults, riktlinjer[1]!.id]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('jamfor-lagg-till');
  });

  test('the picker narrows by the document’s length, and every document has one in the catalogue', async () => {
    expect(catalog().every((entry) => typeof entry.words === 'number' && entry.words > 0)).toBe(true);
    const { page } = await open('/jamfor/');
    const defaults = await shownColumns(page);
    await page.locator('summary').click();
    const shortest = page.getByLabel('Längd').locator('option').nth(1);
    expect(await shortest.innerText()).toMatch(/^Kort \(under [\d\u00a0]+ ord\)$/u);
    const key = (await shortest.getAttribute('value'))!;
    const below = Number(/^0-(\d+)$/u.exec(key)![1]);
    await page.getByLabel('Längd').selectOption(key);
    const short = catalog().filter((entry) => entry.words !== null && entry.words <= below && !defaults.includes(entry.id));
    // About a third of the documents (the bound is rounded to whole hundreds).
    expect(short.length).toBeGreaterThan(CORPUS_SIZE / 6);
    expect(short.length).toBeLessThan(CORPUS_SIZE / 2);
    await expect.poll(() => page.locator('[data-compare-count]').innerText()).toBe(`${short.length} dokument matchar.`);
  });

  test('axe finds no violations with the picker open and a fetched column, at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const { page } = await open('/jamfor/?d=ale,hylte&k=ansvar', { width });
      await expect.poll(() => shownColumns(page)).toEqual(['ale', 'hylte']);
      await page.getByText('Ändra urvalet').click();
      await page.getByLabel('Sök kommun eller titel').fill('kommun');
      await expect.poll(() => page.locator('[data-compare-count]').innerText()).toMatch(/dokument matchar/u);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
});
