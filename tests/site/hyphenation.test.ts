/**
 * Swedish hyphenation (issue 13): long words in narrow cells and headings carry soft hyphens, so
 * Chromium on Linux (no Swedish dictionary) breaks them where Swedish allows, with a hyphen,
 * instead of anywhere (`Kommunfullmäktig|e`). What is copied or downloaded never has them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hyphenate, SOFT_HYPHEN, withoutSoftHyphens } from '../../src/ui/hyphenate.ts';
import { readWordBreaks } from '../support/broken-words.ts';
import { DIST, useBrowser } from '../support/browser.ts';
import { decodeEntities } from '../support/markup.ts';

const open = useBrowser();

/** Every file of the built site, as a path inside it. */
function builtFiles(folder = DIST): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(folder, entry.name)) : [relative(DIST, join(folder, entry.name))],
  );
}
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const SHY = /\u00AD|&shy;|&#173;|&#xad;/iu;

/** The text of each element `selector` names (its text nodes, joined). */
const texts = (page: Page, selector: string) => page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));

/** The narrow cells of the two pages the issue names, and the text in them a reader reads. */
const NARROW = {
  '/jamfor/': [
    '.compare-table thead .compare-table__municipality',
    '.compare-table thead .compare-table__doc-title',
    '.compare-table__category-label',
    '.compare-table__category-description',
    '.compare-entry__heading',
    '.compare-entry__text p',
    '.compare-entry__text li',
    '.compare-gap__explanation',
  ],
  '/ansvar/': ['.ansvar-table thead th', '.ansvar-table tbody th a', '.ansvar-table li'],
} as const;

describe('the built pages', () => {
  test.each(Object.keys(NARROW) as (keyof typeof NARROW)[])('%s: every long word in a narrow cell has its soft hyphens', async (path) => {
    const { page } = await open(path, { javaScriptEnabled: false });
    let words = 0;
    for (const selector of NARROW[path]) {
      const shown = await texts(page, selector);
      expect(shown.length, selector).toBeGreaterThan(0);
      for (const text of shown) {
        // Hyphenating again adds nothing: each long word already breaks where the patterns allow.
        expect(hyphenate(text), selector).toBe(text);
        words += text.split(SOFT_HYPHEN).length - 1;
      }
    }
    expect(words).toBeGreaterThan(20);
  });

  test('the words of the issue: Kommunfullmäktige in /jamfor/ and /ansvar/, Kommunledningskontoret in its heading', () => {
    expect(read('jamfor/index.html')).toContain('Kom\u00ADmun\u00ADfull\u00ADmäk\u00ADti\u00ADge');
    expect(read('ansvar/index.html')).toMatch(/<li[^>]*>Kom\u00ADmun\u00ADfull\u00ADmäk\u00ADti\u00ADge: /u);
    expect(read('ansvar/aktor/kommunledningskontoret/index.html')).toMatch(/<h1[^>]*>[^<]*Kom\u00ADmun\u00ADled\u00ADnings\u00ADkon\u00ADto\u00ADret/u);
  });

  test('no attribute of any page (copy buttons, aria-label, title, data-*, meta) and no <title> has a soft hyphen', () => {
    const pages = builtFiles().filter((path) => extname(path) === '.html');
    expect(pages.length).toBeGreaterThan(40);
    const copyButtons = pages.flatMap((path) => [...read(path).matchAll(/data-copy-citation="([^"]*)"/gu)].map((match) => decodeEntities(match[1]!)));
    expect(copyButtons.length).toBeGreaterThan(50);
    for (const citation of copyButtons) expect(citation).not.toMatch(SHY);
    for (const path of pages) {
      const html = read(path);
      const tags = [...html.matchAll(/<[a-z][^>]*>/giu)].map((match) => match[0]).filter((tag) => SHY.test(tag));
      expect(tags, path).toEqual([]);
      expect(/<title>([^<]*)<\/title>/u.exec(html)?.[1] ?? '', path).not.toMatch(SHY);
    }
  });

  test('no data file, search index file or source text has a soft hyphen', () => {
    const files = builtFiles().filter((path) => ['.json', '.csv', '.txt'].includes(extname(path)));
    for (const expected of [
      'data/documents.json',
      'data/sections.csv',
      'data/responsibilities.csv',
      'sok/index.json',
      'jamfor/dokument.json',
      'dokument/hylte/kalla.txt',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.filter((path) => path.startsWith('sok/')).length).toBeGreaterThan(3);
    for (const path of files) expect(read(path), path).not.toMatch(SHY);
  });
});

describe('in Chromium', () => {
  test.each([390, 1280])('at %i px no word in a narrow cell or heading of /jamfor/ or /ansvar/ breaks without a hyphen', async (width) => {
    let hyphenated = 0;
    for (const path of Object.keys(NARROW)) {
      const { page } = await open(path, { width });
      // The tables behind "Visa diagrammet som tabell" are measured open.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      const breaks = await page.evaluate(readWordBreaks, 'td, th, h1, h2, h3');
      expect(breaks.broken, path).toEqual([]);
      expect(breaks.overflowing, path).toEqual([]);
      hyphenated += breaks.hyphenated.length;
    }
    // The soft hyphens are used: words do break at them, drawn with a hyphen.
    expect(hyphenated).toBeGreaterThan(10);
  });

  test.each(['/jamfor/', '/dokument/hylte/'])('at 390 px on %s the copy button copies its citation without soft hyphens', async (path) => {
    const { page, context } = await open(path, { width: 390 });
    const origin = new URL(page.url()).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    // A section whose shown heading or text has soft hyphens.
    const section = page
      .locator('.compare-entry, .doc-section')
      .filter({ hasText: /\u00AD/u })
      .first();
    const button = section.locator('button[data-copy-citation]').first();
    const citation = (await button.getAttribute('data-copy-citation'))!.replace('{origin}', origin);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    expect(citation).not.toContain(SOFT_HYPHEN);
    expect(citation).toContain(origin);
  });

  test('text a reader selects in a comparison cell and copies has no soft hyphens, and is otherwise the text shown', async () => {
    const { page, context } = await open('/jamfor/', { width: 390 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const shown = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.compare-entry__text p')].find((element) => element.textContent!.includes('\u00AD'))!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return paragraph.textContent!;
    });
    expect(shown).toContain(SOFT_HYPHEN);
    await page.keyboard.press('Control+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(withoutSoftHyphens(shown));
  });
});
