/**
 * The overview at scale: the site built from the synthetic corpus of 300 documents, once for all
 * site tests (tests/support/corpus-site.ts). The overview shows counts per category and a county ×
 * category matrix instead of 300 rows, its counts add up to every document, every county it links
 * to has a page with that county's documents only, /, /om/, /data/ and every county page stay
 * within budget, and / and the largest county page pass axe.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { measurePage } from '../../scripts/bench/page-weight.ts';
import { builtSite } from '../support/built-site.ts';
import { CORPUS_SIZE } from '../support/corpus-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { categoryCounts } from '../../src/lib/aggregate.ts';
import { countyHref } from '../../src/lib/counties.ts';
import { coverageMatrix } from '../../src/lib/coverage-matrix.ts';
import { expectedCardFacts, recountDuty } from '../support/answer-recount.ts';
import { withoutSoftHyphens } from '../../src/ui/soft-hyphen.ts';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

const out = inject('corpusDist');
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(out);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const { read, published } = builtSite(out);
const countyPages = () =>
  readdirSync(join(out, 'oversikt'))
    .map((slug) => `/oversikt/${slug}/`)
    .sort();

/** A page of the corpus site, with axe injected before its own scripts (outside its CSP). */
async function open(path: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'sv-SE' });
  await context.addInitScript({ path: AXE_PATH });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: 'load' });
  return page;
}

async function axe(page: Page) {
  return page.evaluate(async () => {
    const runner = (
      globalThis as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await runner.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

const numbers = (page: Page, selector: string, attribute: string) =>
  page.$$eval(selector, (elements, name) => elements.map((element) => Number(element.getAttribute(name))), attribute);

describe(`the site built from ${CORPUS_SIZE} documents`, () => {
  test('/, /om/, /data/ and every county page stay within 60 KiB gzip and 20 KiB of JavaScript', () => {
    const pages = ['/', '/om/', '/data/', ...countyPages()];
    expect(pages.length).toBeGreaterThanOrEqual(3 + 21);
    const over = pages
      .map((page) => measurePage(page, read))
      .filter((weight) => !weight.withinBudget)
      .map((weight) => `${weight.page}: ${weight.firstVisit.gzip} B, JS ${weight.js.gzip} B, missing ${weight.missing.join(', ')}`);
    expect(over).toEqual([]);
  });

  test('the overview draws no row per document: counts per category and per county instead', async () => {
    expect(published()).toHaveLength(CORPUS_SIZE);
    const page = await open('/');
    expect(await page.locator('svg.coverage-chart').count()).toBe(0);
    expect(await page.locator('.documents-table').count()).toBe(0);
    expect(await page.locator('svg.category-bars [role="img"]').count()).toBe(5);
    expect(await page.locator('main a[href^="/dokument/"]').count()).toBeLessThan(10);
    expect(await page.locator('figure figcaption').innerText()).toMatch(/finns i flest dokument, \d+ av 300/u);
    await page.context().close();
  });

  test('every county with documents is linked from the overview, and every county page is linked', async () => {
    const page = await open('/');
    const links = await page.$$eval('.county-matrix tbody th a', (elements) => elements.map((element) => element.getAttribute('href')!));
    const expected = [...new Set(published().map((document) => countyHref(document.county)))];
    expect(links).toHaveLength(expected.length);
    expect([...links].sort()).toEqual([...expected].sort());
    expect([...links].sort()).toEqual(countyPages());
    for (const link of links) expect(existsSync(join(out, ...link.split('/').filter(Boolean), 'index.html')), link).toBe(true);
    await page.context().close();
  });

  test('the overview’s counts add up to every document, and agree with the data', async () => {
    const page = await open('/');
    const documents = published();
    // County by county.
    const perCounty = await numbers(page, '.county-matrix tbody td[data-documents]', 'data-documents');
    expect(perCounty.reduce((sum, count) => sum + count, 0)).toBe(CORPUS_SIZE);
    expect(await numbers(page, '.county-matrix tfoot td[data-documents]', 'data-documents')).toEqual([CORPUS_SIZE]);
    // Category by category: with, guessed and without make every document, in the table and in the chart.
    const counts = categoryCounts(coverageMatrix(documents));
    for (const count of counts) {
      const row = page.locator(`.category-counts tr[data-category="${count.category}"]`);
      const cell = async (name: string) => Number(await row.locator(`td[data-${name}]`).getAttribute(`data-${name}`));
      expect([await cell('heading'), await cell('guessed'), await cell('missing')]).toEqual([count.heading, count.guessed, count.missing]);
      expect((await cell('heading')) + (await cell('guessed')) + (await cell('missing'))).toBe(CORPUS_SIZE);
      const segments = await numbers(page, `svg.category-bars [data-category="${count.category}"] rect`, 'data-count');
      expect(segments.reduce((sum, value) => sum + value, 0)).toBe(CORPUS_SIZE);
      // The counties' cells add up to the whole country's.
      const covered = await numbers(page, `.county-matrix tbody td[data-category="${count.category}"]`, 'data-covered');
      expect(covered.reduce((sum, value) => sum + value, 0)).toBe(count.covered);
      expect(await numbers(page, `.county-matrix tfoot td[data-category="${count.category}"]`, 'data-covered')).toEqual([count.covered]);
    }
    await page.context().close();
  });

  test('each county page shows the per-document chart and table for that county’s documents only', async () => {
    const documents = published();
    const page = await open('/');
    let total = 0;
    for (const path of countyPages()) {
      await page.goto(server.url + path);
      const own = documents.filter((document) => countyHref(document.county) === path);
      expect(own.length, path).toBeGreaterThan(0);
      expect(own.length, path).toBeLessThanOrEqual(50);
      const rows = await page.$$eval('svg.coverage-chart .coverage-chart__row', (elements) => elements.map((element) => element.getAttribute('data-document')));
      expect(rows, path).toEqual(own.map((document) => document.id));
      expect(await page.$$eval('.coverage-table tbody tr', (elements) => elements.map((element) => element.getAttribute('data-document')))).toEqual(rows);
      expect(await page.$$eval('.documents-table tbody tr', (elements) => elements.map((element) => element.getAttribute('data-document')))).toEqual(rows);
      expect(await page.locator('h1').count()).toBe(1);
      total += rows.length;
    }
    expect(total).toBe(CORPUS_SIZE);
    await page.context().close();
  });

  test('the answer cards hold for 300 documents: the counts of the data, linking to pages that exist', async () => {
    const page = await open('/');
    const cards = await page.$$eval('.answer-card', (elements) =>
      elements.map((element) => ({
        kind: element.getAttribute('data-kind')!,
        role: element.getAttribute('data-role'),
        href: element.querySelector('h3 a')!.getAttribute('href')!,
        answer: element.querySelector('.answer-card__answer')!.textContent!.trim(),
        gap: element.querySelector('.answer-card__gap')?.textContent?.trim() ?? '',
      })),
    );
    expect(cards).toHaveLength(4);
    const documents = published();
    for (const card of cards) {
      const facts = expectedCardFacts(recountDuty(documents, card.kind, card.role));
      expect(
        facts.leaders.some((leader) => card.answer.startsWith(`${leader}${facts.lead}`)),
        card.answer,
      ).toBe(true);
      expect(card.gap).toBe(facts.gap);
      // Short at any scale: two actors named at most, the others counted.
      expect(card.answer.split(/, | och /u).length, card.answer).toBeLessThanOrEqual(3);
      expect(existsSync(join(out, ...card.href.split('#')[0]!.split('/').filter(Boolean), 'index.html')), card.href).toBe(true);
    }
    // The follow-up table is on the county pages here: the question leads to the page that sums it, not to an anchor it lacks.
    const questions = await page.$$eval('.ways-in__questions li > a', (elements) => elements.map((element) => element.getAttribute('href')!));
    expect(questions).toContain('/ansvar/uppfoljning/');
    for (const href of questions) expect(existsSync(join(out, ...href.split('?')[0]!.split('/').filter(Boolean), 'index.html')), href).toBe(true);
    await page.context().close();
  });

  test('/om/ sums per county and per rule instead of listing 300 documents', async () => {
    const page = await open('/om/');
    const documents = published();
    expect(await page.locator('tr[data-document]').count()).toBe(0);
    expect(await page.locator('section.warnings').count()).toBe(0);
    expect(await page.locator('.numbers-table tbody tr').count()).toBe(countyPages().length);
    const warnings = documents.reduce((sum, document) => sum + document.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length, 0);
    const perRule = await numbers(page, '.warning-rules td[data-warnings]', 'data-warnings');
    expect(perRule.reduce((sum, count) => sum + count, 0)).toBe(warnings);
    await page.context().close();
  });

  test.each([1280, 390])('axe finds nothing on /, /om/ and the largest county page at %i px', async (width) => {
    const documents = published();
    const size = (path: string) => documents.filter((document) => countyHref(document.county) === path).length;
    const largest = countyPages().reduce((best, path) => (size(path) > size(best) ? path : best));
    for (const path of ['/', '/om/', largest]) {
      const page = await open(path, width);
      expect({ path, violations: await axe(page) }).toEqual({ path, violations: [] });
      await page.context().close();
    }
  });

  test('a keyboard reaches a county from the overview, sees where focus is, and Enter opens its page', async () => {
    const page = await open('/');
    const first = page.locator('.county-matrix tbody th a').first();
    const target = await first.getAttribute('href');
    // As a reader reads it: the county table's names have soft hyphens in long words (src/ui/hyphenate.ts).
    const county = withoutSoftHyphens(await first.innerText());
    for (let i = 0; i < 60 && !(await first.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await first.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    expect(await page.locator('h1').innerText()).toBe(county);
    await page.context().close();
  });
});
