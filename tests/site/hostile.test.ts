/**
 * The site built from the hostile fixtures (tests/fixtures/hostile: script, event handlers,
 * javascript: and data: links, iframes, templates, entities in text and headings): no dialog opens,
 * no script runs, the CSP never has to block anything, and no element comes from a document's text,
 * on any page — search results included; and a word of 10,000 letters never makes a page scroll sideways.
 *
 * The site is built once per run, in the global setup (tests/site/build.setup.ts); pages are
 * checked a few at a time, each in its own context.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { builtPages } from '../support/browser.ts';
import { launchChromium } from '../support/chromium.ts';
import { withoutSoftHyphens } from '../../src/ui/soft-hyphen.ts';

const out = inject('hostileDist');
const server = { url: inject('hostileBaseUrl') };
let browser: Browser;

beforeAll(async () => {
  const error = inject('hostileBuildError');
  if (error) throw new Error(error);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Run `check` on every item, `width` at a time; the results in the items' order. */
async function inPool<T, R>(items: readonly T[], width: number, check: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await check(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/**
 * Wait until the page's scripts are done: after `load`, no request of the page still open, and on
 * the search page the results heading written (the search runs in a worker) and the list not busy.
 */
async function settled(page: Page, open: Set<unknown>): Promise<void> {
  if (new URL(page.url()).pathname === '/sok/' && new URL(page.url()).searchParams.has('q')) {
    await page.waitForFunction(
      () =>
        /för ”/u.test(document.querySelector('[data-search-heading]')?.textContent ?? '') &&
        !document.querySelector('[data-search-list]')?.hasAttribute('aria-busy'),
      undefined,
      { timeout: 10_000 },
    );
  }
  await expect.poll(() => open.size, { timeout: 10_000, interval: 20 }).toBe(0);
}

const pages = () => builtPages(out);

/** Elements and attributes that only injected markup would produce on this site. */
async function injected(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/iu.test(message.text())) errors.push(message.text());
  });
  const requests = new Set<unknown>();
  page.on('request', (request) => requests.add(request));
  page.on('requestfinished', (request) => requests.delete(request));
  page.on('requestfailed', (request) => requests.delete(request));
  await page.goto(server.url + path, { waitUntil: 'load' });
  await settled(page, requests);
  const found = await page.evaluate(() => {
    const suspicious: string[] = [];
    for (const element of document.querySelectorAll('iframe, object, embed, img, script, base, form[action^="javascript"]')) {
      // The site's own scripts (files, or small modules Astro inlines, hashed in the CSP) are not
      // suspicious; a script carrying the fixtures' payloads is.
      if (element.tagName === 'SCRIPT' && !/alert|hackad/u.test(element.textContent ?? '')) continue;
      suspicious.push(element.outerHTML.slice(0, 120));
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        const value = element.getAttribute(attribute) ?? '';
        if (/^on/iu.test(attribute) || (/^\s*(javascript|data|vbscript):/iu.test(value) && /^(href|src|action|xlink:href)$/iu.test(attribute)))
          suspicious.push(`${element.tagName} ${attribute}=${value.slice(0, 60)}`);
      }
    }
    return { suspicious, bodyText: document.body.innerText.slice(0, 200) };
  });
  await context.close();
  return { dialogs, errors, ...found };
}

describe('the site built from hostile documents', () => {
  test('builds, with a page per document', () => {
    expect(pages().filter((path) => path.startsWith('/dokument/')).length).toBeGreaterThanOrEqual(10);
  });

  test('no page runs, shows or injects anything from the documents', async () => {
    const problems: Record<string, unknown> = {};
    const searches = ['/sok/?q=alert', '/sok/?q=script', '/sok/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '/sok/?q=javascript'];
    const paths = [...pages(), ...(pages().includes('/sok/') ? searches : [])];
    const results = await inPool(paths, 3, injected);
    paths.forEach((path, index) => {
      const result = results[index]!;
      expect(result.bodyText).not.toBe('hackad');
      if (result.dialogs.length + result.errors.length + result.suspicious.length > 0) problems[path] = result;
    });
    expect(problems).toEqual({});
  }, 300_000);

  test('a 254-letter title is shortened where space is short, with the whole title in its title attribute, and whole on its own page', async () => {
    const title =
      'Riktlinjer för Skövde kommuns internationella arbete med vänorter, nätverk, EU-projekt, utbyten för elever och medarbetare, mottagande av besök, representation, bistånd och kommunalt partnerskap samt uppföljning av allt detta arbete under åren som kommer';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    const inTable = page.locator('a[href="/dokument/skovde/"] span[title]').first();
    expect(await inTable.getAttribute('title')).toBe(title);
    const shown = (await inTable.textContent()) ?? '';
    expect(shown.endsWith(' …')).toBe(true);
    expect(title.startsWith(shown.slice(0, -2))).toBe(true);
    await page.goto(`${server.url}/jamfor/?d=skovde`, { waitUntil: 'load' });
    expect(await page.locator('th.compare-table__document .compare-table__doc-title').first().getAttribute('title')).toBe(title);
    await page.goto(`${server.url}/dokument/skovde/`, { waitUntil: 'load' });
    // Whole, as a reader reads it: the soft hyphens in its long words (src/ui/hyphenate.ts) are not text.
    expect(withoutSoftHyphens((await page.locator('h1').textContent())!)).toBe(title);
    await context.close();
  });

  test('no page scrolls sideways, at 390 and 1280 px, with JavaScript and without: a 10,000-letter word breaks', async () => {
    const views = [true, false].flatMap((javaScriptEnabled) => [390, 1280].map((width) => ({ javaScriptEnabled, width })));
    const found = await inPool(views, 2, async ({ javaScriptEnabled, width }) => {
      const wide: string[] = [];
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
      const page = await context.newPage();
      for (const path of pages()) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        if (scrollWidth > clientWidth) wide.push(`${path} at ${width} px${javaScriptEnabled ? '' : ' without JavaScript'}: ${scrollWidth} px wide`);
      }
      await context.close();
      return wide;
    });
    expect(found.flat()).toEqual([]);
  }, 300_000);
});
