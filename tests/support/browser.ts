/**
 * Browser tests: one Chromium per test file, a fresh context per page opened (closed when its test
 * ends), and axe-core run inside the page. Every request that leaves 127.0.0.1 is recorded, so a
 * test can assert none did.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

export const DIST = process.env.DIST_DIR || join(import.meta.dirname, '..', '..', 'dist');

/** Every built HTML page of a site folder (the seeds' `dist/` unless told), as a site path (`/`, `/dokument/hylte/`). */
export function builtPages(dist: string = DIST): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(dist, folder).split('\\').join('/')}/`.replace(/\/+$/u, '/').replace(/^\/\/$/u, '/'));
    }
  };
  walk(dist);
  return pages.sort();
}

export interface PageOptions {
  width?: number;
  javaScriptEnabled?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to anywhere but the test server. */
  externalRequests: string[];
  /** Dialogs (alert, confirm, prompt) that opened. */
  dialogs: string[];
  /** Errors thrown by page scripts. */
  pageErrors: string[];
}

/**
 * Launch Chromium for the test file and return a function that opens pages on the built site:
 * the one built from `content/`, or with `site: 'corpus'` the one built from the 300-document corpus.
 */
export function useBrowser(site: 'content' | 'corpus' = 'content'): (path: string, options?: PageOptions) => Promise<OpenedPage> {
  let browser: Browser;
  // The contexts opened by the tests running now; each is closed when its test ends, so that a file
  // of a hundred pages does not keep a hundred renderers alive.
  const contexts = new Set<BrowserContext>();
  const closeAll = async () => {
    const open = [...contexts];
    contexts.clear();
    await Promise.all(open.map((context) => context.close().catch(() => undefined)));
  };
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    // Tests that run concurrently close their own context (`onTestFinished`), not their neighbours'.
    if (!context.task.concurrent) await closeAll();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });
  return async (path, options = {}) => {
    const baseUrl = inject(site === 'corpus' ? 'corpusBaseUrl' : 'baseUrl');
    // Without JavaScript: the page's own scripts are stripped and <noscript> shown, while the
    // browser keeps JavaScript on so that axe can still be run in the page.
    const withoutScripts = options.javaScriptEnabled === false;
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'sv-SE' });
    contexts.add(context);
    const externalRequests: string[] = [];
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (withoutScripts && url.startsWith(baseUrl)) {
        const type = route.request().resourceType();
        if (type === 'script') return route.abort();
        if (type === 'document') {
          const response = await route.fetch();
          const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/giu, '').replace(/<\/?noscript>/giu, '');
          return route.fulfill({ response, body: html });
        }
      }
      if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      externalRequests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    return { page, context, externalRequests, dialogs, pageErrors };
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core for WCAG 2.0–2.2 A and AA in the page; returns the violations. axe is evaluated into
 * the page when first needed (through the DevTools protocol, which the page's CSP does not govern),
 * not loaded into every page a test opens.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    axeSource ??= readFileSync(AXE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}
