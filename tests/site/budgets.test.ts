/**
 * Page weight, in bytes (never time): the measuring in scripts/bench/page-weight.ts on small
 * in-memory sites, then every built page against its budget.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  budgetFor,
  cssReferences,
  DEFAULT_BUDGET,
  formatWeights,
  gzipSize,
  htmlReferences,
  jsReferences,
  KIB,
  measurePage,
  resolveSitePath,
  SEARCH_BUDGET,
  type SiteReader,
} from '../../scripts/bench/page-weight.ts';
import { builtPages, DIST } from '../support/browser.ts';

const encoder = new TextEncoder();

/** A reader over an in-memory site. */
function site(files: Record<string, string | Uint8Array>): SiteReader {
  return (path) => {
    const file = files[path];
    return file === undefined ? null : typeof file === 'string' ? encoder.encode(file) : file;
  };
}

/** Bytes that do not compress: gzip cannot make them smaller than they are. */
function noise(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < length; index++) {
    // xorshift32: deterministic, and random enough that gzip finds nothing to shorten.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

describe('measuring a page', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/page.css">
    <link rel="icon" href="/favicon.svg">
    <link rel="preload" href="/fonts/a.woff2" as="font" crossorigin>
    <style>.x{background:url('/img/bg.png')}</style>
    <script type="module" src="/_astro/entry.js"></script>
    <script type="module">import"/_astro/inline-dep.js";</script>
    </head><body>
    <a href="/other/">a link is not a load</a>
    <img src="/img/photo.jpg" srcset="/img/photo-2x.jpg 2x, /img/photo-3x.jpg 3x" alt="">
    <img src="https://elsewhere.example/x.png" alt="">
    <!-- <script src="/_astro/commented.js"></script> -->
    <div data-index="/sok/index.json"></div>
    </body></html>`;
  const files = {
    '/page/index.html': html,
    '/_astro/page.css': '@import "./more.css"; @font-face{src:url(../fonts/b.woff2) format("woff2")} .y{background:url("data:image/png;base64,AA")}',
    '/_astro/more.css': '.z{color:red}',
    '/_astro/entry.js': 'import{a as b}from"./chunk.js";import"./side.js";const l=()=>import("./lazy.js");fetch(`/data/extra.json`);',
    '/_astro/chunk.js': 'export{x as a};import{c}from"./shared.js"',
    '/_astro/side.js': 'import{c}from"./shared.js";',
    '/_astro/shared.js': 'export const c=1;',
    '/_astro/lazy.js': 'import"./shared.js";import"./lazy-only.js"',
    '/_astro/lazy-only.js': 'x',
    '/_astro/inline-dep.js': 'y',
    '/favicon.svg': '<svg/>',
    '/fonts/a.woff2': noise(100),
    '/fonts/b.woff2': noise(200, 2),
    '/img/bg.png': noise(50, 3),
    '/img/photo.jpg': noise(300, 4),
    '/img/photo-2x.jpg': noise(600, 5),
    '/img/photo-3x.jpg': noise(900, 6),
    '/sok/index.json': '{"a":1}',
    '/data/extra.json': '[]',
  };

  test('follows stylesheets, @imports, fonts, images, scripts and their imports; counts each file once', () => {
    const weight = measurePage('/page/', site(files));
    const first = weight.assets
      .filter((asset) => !asset.onUse)
      .map((asset) => asset.path)
      .sort();
    expect(first).toEqual(
      [
        '/page/index.html',
        '/_astro/page.css',
        '/_astro/more.css',
        '/fonts/b.woff2',
        '/favicon.svg',
        '/fonts/a.woff2',
        '/img/bg.png',
        '/_astro/entry.js',
        '/_astro/chunk.js',
        '/_astro/shared.js',
        '/_astro/side.js',
        '/_astro/inline-dep.js',
        '/img/photo.jpg',
        '/img/photo-2x.jpg',
        '/img/photo-3x.jpg',
      ].sort(),
    );
    expect(weight.assets.filter((asset) => asset.path === '/_astro/shared.js')).toHaveLength(1);
    expect(weight.missing).toEqual([]);
  });

  test('dynamic imports and fetched JSON count as "on use"; a file also loaded at once counts as first visit', () => {
    const weight = measurePage('/page/', site(files));
    expect(
      weight.assets
        .filter((asset) => asset.onUse)
        .map((asset) => asset.path)
        .sort(),
    ).toEqual(['/_astro/lazy-only.js', '/_astro/lazy.js', '/data/extra.json', '/sok/index.json']);
    expect(weight.assets.find((asset) => asset.path === '/_astro/shared.js')!.onUse).toBe(false);
  });

  test('totals are the sums of raw and gzip bytes; JS is counted apart; gzip is level 9', () => {
    const weight = measurePage('/page/', site(files));
    const first = weight.assets.filter((asset) => !asset.onUse);
    expect(weight.firstVisit.raw).toBe(first.reduce((total, asset) => total + asset.raw, 0));
    expect(weight.firstVisit.gzip).toBe(first.reduce((total, asset) => total + asset.gzip, 0));
    expect(weight.js.raw).toBe(
      ['/_astro/entry.js', '/_astro/chunk.js', '/_astro/side.js', '/_astro/shared.js', '/_astro/inline-dep.js'].reduce(
        (total, path) => total + encoder.encode(files[path as keyof typeof files] as string).length,
        0,
      ),
    );
    const photo = weight.assets.find((asset) => asset.path === '/img/photo.jpg')!;
    expect(photo.raw).toBe(300);
    expect(photo.gzip).toBe(gzipSize(noise(300, 4)));
    expect(photo.gzip).toBeGreaterThan(300);
  });

  test('a page over its budget, or with a missing file, is not within budget', () => {
    const heavy = site({ '/index.html': '<script type="module" src="/a.js"></script>', '/a.js': noise(21 * KIB) });
    const weight = measurePage('/', heavy);
    expect(weight.js.gzip).toBeGreaterThan(20 * KIB);
    expect(weight.withinBudget).toBe(false);
    expect(measurePage('/', site({ '/index.html': '<link rel="stylesheet" href="/gone.css">' }))).toMatchObject({
      withinBudget: false,
      missing: ['/gone.css'],
    });
    expect(measurePage('/', site({ '/index.html': '<p>small</p>' })).withinBudget).toBe(true);
  });

  test('the search page may carry its index: 150 KiB including what it loads on use', () => {
    expect(budgetFor('/sok/')).toBe(SEARCH_BUDGET);
    expect(budgetFor('/dokument/hylte/')).toBe(DEFAULT_BUDGET);
    const index = noise(100 * KIB);
    const search = site({ '/sok/index.html': '<div data-index="/sok/index.json"></div>', '/sok/index.json': index });
    expect(measurePage('/sok/', search)).toMatchObject({ withinBudget: true });
    expect(measurePage('/sok/', search).budgeted.gzip).toBeGreaterThan(100 * KIB);
    expect(measurePage('/sok/', search, DEFAULT_BUDGET).withinBudget).toBe(true);
    expect(measurePage('/sok/', search, { ...DEFAULT_BUDGET, includesOnUse: true }).withinBudget).toBe(false);
  });

  test('references resolve against the file they are in; other origins and fragments are not loads', () => {
    expect(resolveSitePath('./chunk.js', '/_astro/entry.js')).toBe('/_astro/chunk.js');
    expect(resolveSitePath('../fonts/b.woff2?v=1#x', '/_astro/page.css')).toBe('/fonts/b.woff2');
    expect(resolveSitePath('/a/b.css', '/x/')).toBe('/a/b.css');
    expect(resolveSitePath('https://cdn.example/x.js', '/')).toBeNull();
    expect(resolveSitePath('//cdn.example/x.js', '/')).toBeNull();
    expect(resolveSitePath('#top', '/')).toBeNull();
    expect(resolveSitePath('data:image/png;base64,AA', '/')).toBeNull();
    expect(resolveSitePath('/s%C3%B6k/a&amp;b.js', '/')).toBe('/sök/a&b.js');
  });

  test('what each kind of file references', () => {
    expect(htmlReferences('<a href="/x.css">x</a><link rel="alternate" href="/feed.xml">')).toEqual([]);
    expect(cssReferences('/* url(/commented.png) */ a{b:url(/i.svg)}').map((reference) => reference.url)).toEqual(['/i.svg']);
    expect(jsReferences('const s="import";x.import("./not-a-dynamic-import.js")')).toEqual([]);
    expect(jsReferences('export*from"./a.js";export{b}from\'./b.js\'').map((reference) => reference.url)).toEqual(['./a.js', './b.js']);
  });

  test('the report is a Markdown table with a row per page and per file', () => {
    const report = formatWeights([measurePage('/page/', site(files))]);
    expect(report).toMatch(/^\| sida \| HTML gzip \|/u);
    expect(report).toContain('| /page/ | /_astro/page.css | css |');
    expect(report).toMatch(/\| \/page\/ \|[^\n]*\| ja \|/u);
  });
});

describe('the built site', () => {
  const pages = builtPages();
  const read: SiteReader = (path) => {
    const file = join(DIST, ...path.split('/').filter(Boolean));
    try {
      return statSync(file).isFile() ? new Uint8Array(readFileSync(file)) : null;
    } catch {
      return null;
    }
  };

  test('has pages to measure', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  test.each(pages)('%s is within its budget (first visit, JavaScript, nothing missing)', (page) => {
    const weight = measurePage(page, read);
    const summary = `${page}: ${(weight.budgeted.gzip / KIB).toFixed(1)} KiB gzip (budget ${weight.budget.totalGzip / KIB} KiB), JS ${(weight.js.gzip / KIB).toFixed(1)} KiB (budget ${weight.budget.jsGzip / KIB} KiB)`;
    expect(weight.missing, summary).toEqual([]);
    expect(weight.budgeted.gzip, summary).toBeLessThanOrEqual(weight.budget.totalGzip);
    expect(weight.js.gzip, summary).toBeLessThanOrEqual(weight.budget.jsGzip);
  });

  test('a document page loads its stylesheet and its scripts, and they are counted', () => {
    const weight = measurePage('/dokument/hylte/', read);
    expect(weight.assets.some((asset) => asset.kind === 'css')).toBe(true);
    expect(weight.assets.some((asset) => asset.kind === 'js')).toBe(true);
    expect(weight.firstVisit.gzip).toBeGreaterThan(weight.assets[0]!.gzip);
  });
});
