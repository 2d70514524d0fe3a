/**
 * The site built from the hostile fixtures (tests/fixtures/hostile: script, event handlers,
 * javascript: and data: links, iframes, templates, entities in text and headings): no dialog opens,
 * no script runs, the CSP never has to block anything, and no element comes from a document's text,
 * on any page — search results included; and a word of 10,000 letters never makes a page scroll sideways.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const out = mkdtempSync(join(tmpdir(), 'hostile-site-'));
// Outside `out`: Astro empties the output folder when it starts.
const cache = mkdtempSync(join(tmpdir(), 'hostile-cache-'));
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'tests/fixtures/hostile', DIST_DIR: out, ASTRO_CACHE_DIR: cache },
  });
  if (result.status !== 0) throw new Error(`build from hostile fixtures failed:\n${result.stdout}\n${result.stderr}`);
  server = await serveStatic(out);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function pages(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') found.push(`/${relative(out, folder)}/`.replace(/^\/+/u, '/').replace(/\/\/$/u, '/'));
    }
  };
  walk(out);
  return found;
}

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
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(150);
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
        if (/^on/iu.test(attribute) || /^\s*(javascript|data|vbscript):/iu.test(value) && /^(href|src|action|xlink:href)$/iu.test(attribute)) suspicious.push(`${element.tagName} ${attribute}=${value.slice(0, 60)}`);
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
    for (const path of [...pages(), ...(pages().includes('/sok/') ? searches : [])]) {
      const result = await injected(path);
      expect(result.bodyText).not.toBe('hackad');
      if (result.dialogs.length + result.errors.length + result.suspicious.length > 0) problems[path] = result;
    }
    expect(problems).toEqual({});
  }, 300_000);

  test('a 254-letter title is shortened where space is short, with the whole title in its title attribute, and whole on its own page', async () => {
    const title = 'Riktlinjer för Skövde kommuns internationella arbete med vänorter, nätverk, EU-projekt, utbyten för elever och medarbetare, mottagande av besök, representation, bistånd och kommunalt partnerskap samt uppföljning av allt detta arbete under åren som kommer';
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
    expect(await page.locator('h1').textContent()).toBe(title);
    await context.close();
  });

  test('no page scrolls sideways, at 390 and 1280 px, with JavaScript and without: a 10,000-letter word breaks', async () => {
    const wide: string[] = [];
    for (const javaScriptEnabled of [true, false]) {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
        const page = await context.newPage();
        for (const path of pages()) {
          await page.goto(server.url + path, { waitUntil: 'load' });
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
          if (scrollWidth > clientWidth) wide.push(`${path} at ${width} px${javaScriptEnabled ? '' : ' without JavaScript'}: ${scrollWidth} px wide`);
        }
        await context.close();
      }
    }
    expect(wide).toEqual([]);
  }, 300_000);
});
