/**
 * Browser tests: one Chromium per test file, a fresh context per test, and axe-core run inside
 * the page. Every request that leaves 127.0.0.1 is recorded, so a test can assert none did.
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const DIST = process.env.DIST_DIR || join(import.meta.dirname, '..', '..', 'dist');

/** Every built HTML page, as a site path (`/`, `/dokument/hylte/`). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(DIST, folder).split('\\').join('/')}/`.replace(/\/+$/u, '/').replace(/^\/\/$/u, '/'));
    }
  };
  walk(DIST);
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
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });
  return async (path, options = {}) => {
    const baseUrl = inject(site === 'corpus' ? 'corpusBaseUrl' : 'baseUrl');
    // Without JavaScript: the page's own scripts are stripped and <noscript> shown, while the
    // browser keeps JavaScript on so that axe can still be run in the page.
    const withoutScripts = options.javaScriptEnabled === false;
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'sv-SE' });
    contexts.push(context);
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
          const html = (await response.text())
            .replace(/<script\b[\s\S]*?<\/script>/giu, '')
            .replace(/<\/?noscript>/giu, '');
          return route.fulfill({ response, body: html });
        }
      }
      if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      externalRequests.push(url);
      return route.abort();
    });
    // axe-core is injected by the browser before the page's own scripts: not subject to the page's CSP.
    await context.addInitScript({ path: AXE_PATH });
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

/** Run axe-core (injected into every page by `useBrowser`) for WCAG 2.0–2.2 A and AA; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}
