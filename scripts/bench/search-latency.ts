/**
 * Search as a person uses it, measured in headless Chromium: for a fixed set of queries typed key
 * by key into the search page, the time from each keystroke to the results list changing (p50,
 * p95; the hits come first, their snippets once their texts are fetched), the longest main-thread
 * task while typing (from the first keystroke on; the search itself runs in a Web Worker, whose
 * tasks are not the page's), and the bytes fetched before the first result: every file requested
 * by the time the first query is typed and answered, snippets included — page, scripts, the
 * worker, the index and the section texts (the page sees its worker's requests).
 */
import type { Browser } from 'playwright-core';

/** One query of each kind the issue names: exact word, typo, missing diacritics, compound part, two words, a phrase. */
export const QUERIES = ['vänort', 'kommunstyrlsen', 'vanort', 'samarbete', 'nämnd ansvar', '"beslutar om medlemskap"'] as const;

export interface SearchMeasurement {
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly longestTask: number;
  readonly bytesBeforeFirstResult: number;
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

export async function measureSearch(browser: Browser, baseUrl: string, gzipSizeOf: (path: string) => number): Promise<SearchMeasurement> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    const state = { start: 0, firstKey: Number.POSITIVE_INFINITY, latencies: [] as number[], longest: 0 };
    (globalThis as unknown as { __bench: typeof state }).__bench = state;
    // Tasks from the first keystroke on; those of loading the page are not typing.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= state.firstKey) state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener(
      'keydown',
      () => {
        state.start = performance.now();
        state.firstKey = Math.min(state.firstKey, state.start);
      },
      true,
    );
    document.addEventListener('DOMContentLoaded', () => {
      const list = document.querySelector('[data-search-list]') ?? document.querySelector('main ol');
      if (!list) return;
      new MutationObserver(() => {
        if (state.start > 0) {
          state.latencies.push(performance.now() - state.start);
          state.start = 0;
        }
      }).observe(list, { childList: true, subtree: true, characterData: true });
    });
  });
  await page.goto(`${baseUrl}/sok/`, { waitUntil: 'networkidle' });
  const input = page.locator('[data-search-input], main input[type="search"]').first();
  let bytesBeforeFirstResult = 0;
  for (const [index, query] of QUERIES.entries()) {
    await input.fill('');
    await input.pressSequentially(query, { delay: 60 });
    await page.waitForTimeout(250);
    if (index === 0) bytesBeforeFirstResult = [...new Set(fetched)].reduce((sum, path) => sum + gzipSizeOf(path), 0);
  }
  const result = await page.evaluate(() => (globalThis as unknown as { __bench: { latencies: number[]; longest: number } }).__bench);
  await context.close();
  // The first keystrokes include fetching and reading the index: they count, as a person waits for them too.
  return {
    samples: result.latencies.length,
    p50: percentile(result.latencies, 0.5),
    p95: percentile(result.latencies, 0.95),
    longestTask: result.longest,
    bytesBeforeFirstResult,
  };
}
