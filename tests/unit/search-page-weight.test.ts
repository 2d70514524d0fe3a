/**
 * What the page-weight measure counts for the search page (scripts/bench/page-weight.ts): its Web
 * Worker as Vite writes it, and the texts a first page of results fetches — the largest ones,
 * since which depends on the query — on small in-memory sites.
 */
import { describe, expect, test } from 'vitest';
import { gzipSize, jsReferences, measurePage, SEARCH_BUDGET, searchResultTexts, type SiteReader } from '../../scripts/bench/page-weight.ts';
import { RESULTS_PAGE_SIZE } from '../../src/features/search/paths.ts';

const encoder = new TextEncoder();

function site(files: Record<string, string>): SiteReader {
  return (path) => (path in files ? encoder.encode(files[path]) : null);
}

/** A text that gzip cannot shrink much, `length` characters long. */
function text(length: number, seed: number): string {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(97 + (state % 26));
  }).join('');
}

describe('the search worker', () => {
  test('a worker, as Vite writes one, is loaded on use', () => {
    expect(jsReferences('new Worker(new URL(`/_astro/search-worker-Ab1.js`,``+import.meta.url),{type:`module`,name:`sok`})')).toEqual([
      { url: '/_astro/search-worker-Ab1.js', kind: 'js', onUse: true },
    ]);
    expect(jsReferences('const w=new Worker("./w.js");new SharedWorker(\'/s.js\')').map((reference) => reference.url)).toEqual(['./w.js', '/s.js']);
    expect(jsReferences('new URL("/x.js",import.meta.url)')).toEqual([]);
  });
});

describe('the texts of a first page of results', () => {
  // 25 sections in two documents; section i's text is 100 + 10·i letters long.
  const documents = [
    { id: 'a', sectionCategories: '0'.repeat(15) },
    { id: 'b', sectionCategories: '0'.repeat(10) },
  ];
  const files: Record<string, string> = {
    '/sok/index.html': '<div data-search data-index="/sok/index.json"><script type="module">new Worker(new URL("/_astro/w.js",import.meta.url))</script></div>',
    '/sok/index.json': JSON.stringify({ documents }),
    '/_astro/w.js': 'self.onmessage=()=>{}',
  };
  let n = 0;
  for (const document of documents)
    for (let i = 0; i < document.sectionCategories.length; i += 1) files[`/sok/text/${document.id}/${i}.json`] = text(100 + 10 * n++, n);

  test('are the largest, one per hit shown', () => {
    const { assets, missing } = searchResultTexts(site(files));
    expect(missing).toEqual([]);
    expect(assets).toHaveLength(RESULTS_PAGE_SIZE);
    const sizes = Object.entries(files)
      .filter(([path]) => path.startsWith('/sok/text/'))
      .map(([, content]) => gzipSize(encoder.encode(content)))
      .sort((a, b) => b - a);
    expect(assets.map((asset) => asset.gzip)).toEqual(sizes.slice(0, RESULTS_PAGE_SIZE));
    expect(assets.every((asset) => asset.onUse && asset.kind === 'data')).toBe(true);
  });

  test('count in the search page’s budget, with its worker and index; a text missing is reported', () => {
    const weight = measurePage('/sok/', site(files));
    expect(weight.budget).toBe(SEARCH_BUDGET);
    const onUse = weight.assets.filter((asset) => asset.onUse).map((asset) => asset.path);
    expect(onUse).toContain('/_astro/w.js');
    expect(onUse).toContain('/sok/index.json');
    expect(onUse.filter((path) => path.startsWith('/sok/text/'))).toHaveLength(RESULTS_PAGE_SIZE);
    expect(weight.missing).toEqual([]);
    const { ['/sok/text/b/3.json']: _, ...withoutOne } = files;
    expect(measurePage('/sok/', site(withoutOne))).toMatchObject({ missing: ['/sok/text/b/3.json'], withinBudget: false });
  });

  test('a site without a search index has none', () => {
    expect(searchResultTexts(site({}))).toEqual({ assets: [], missing: [] });
    expect(searchResultTexts(site({ '/sok/index.json': 'not json' }))).toEqual({ assets: [], missing: [] });
  });
});
