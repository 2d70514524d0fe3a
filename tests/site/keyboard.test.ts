/**
 * Keyboard use of the document page and the overview, in Chromium: the first Tab reaches the skip
 * link and Enter on it moves focus to <main>; every link, button and disclosure is reached by Tab
 * in DOM order; and whatever has focus shows it (a non-zero outline or a box-shadow).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const open = useBrowser();

/** Mark every element a keyboard user should reach, in DOM order; returns their descriptions. */
async function markTabStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const stops: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if ((element as HTMLButtonElement).disabled) continue;
      // Inside a closed <details>, only its <summary> is reachable.
      const closed = element.closest('details:not([open])');
      if (closed && element !== closed.querySelector(':scope > summary')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      if (element.tagName === 'SUMMARY' && element !== element.parentElement?.querySelector(':scope > summary')) continue;
      element.dataset.tabStop = String(stops.length);
      stops.push(`${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().replace(/\s+/gu, ' ').slice(0, 50)}”`);
    }
    return stops;
  });
}

interface Focused {
  index: string | null;
  description: string;
  /** A non-zero outline or a box-shadow on the focused element. */
  visible: boolean;
}

/**
 * For an element without an outline or box-shadow (an SVG mark that strokes its shapes instead):
 * does it look different focused and unfocused? Compares screenshots of its box, then focuses it again.
 */
async function looksFocused(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const rect = (document.activeElement as Element).getBoundingClientRect();
    return { x: Math.max(0, rect.x - 6 + window.scrollX), y: Math.max(0, rect.y - 6 + window.scrollY), width: rect.width + 12, height: rect.height + 12 };
  });
  const focusedShot = await page.screenshot({ clip: box, fullPage: true });
  await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    element.dataset.refocus = '';
    element.blur();
  });
  const blurredShot = await page.screenshot({ clip: box, fullPage: true });
  await page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('[data-refocus]')!;
    delete element.dataset.refocus;
    element.focus();
  });
  return !focusedShot.equals(blurredShot);
}

/** What has focus now, and whether its focus indicator can be seen. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { index: null, description: 'body', visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      index: element.dataset.tabStop ?? null,
      description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent ?? '').trim().replace(/\s+/gu, ' ').slice(0, 50)}”`,
      visible: outline || shadow,
    };
  });
}

const pages = [
  ['the document page', '/dokument/jarfalla/'],
  ['the document page of another document', '/dokument/hylte/'],
  ['the overview', '/'],
] as const;

describe.each(pages)('%s (%s)', (_, path) => {
  test('the first Tab reaches the skip link; Enter on it moves focus to <main>, visibly', async () => {
    const { page } = await open(path);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const element = document.activeElement as HTMLAnchorElement;
      return { text: element.textContent?.trim(), href: element.getAttribute('href') };
    });
    expect(first).toEqual({ text: 'Hoppa till innehållet', href: '#_huvudinnehall' });
    expect((await focused(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('_huvudinnehall');
    expect((await focused(page)).visible).toBe(true);
    // The next Tab goes on from the main content, not back to the header.
    await markTabStops(page);
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const element = document.activeElement!;
      return { inMain: element.closest('main') !== null, inHeader: element.closest('header.site-header') !== null };
    });
    expect(next).toEqual({ inMain: true, inHeader: false });
  });

  test('Tab reaches every link, button and disclosure in DOM order, and focus is always visible', async () => {
    const { page } = await open(path);
    const stops = await markTabStops(page);
    expect(stops.length).toBeGreaterThan(5);
    const reached: string[] = [];
    const invisible: string[] = [];
    for (let press = 0; press < stops.length + 5; press++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.index === null && now.description === 'body') break;
      reached.push(now.index === null ? `unexpected: ${now.description}` : stops[Number(now.index)]!);
      if (!now.visible && !(await looksFocused(page))) invisible.push(now.description);
      if (now.index === String(stops.length - 1)) break;
    }
    expect(reached).toEqual(stops);
    expect(invisible, `focus not visible on:\n${invisible.join('\n')}`).toEqual([]);
  });
});

test('on the document page, Enter and Space open a disclosure, and the copy button works from the keyboard', async () => {
  const { page, context } = await open('/dokument/eksjo/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const summary = page.locator('#_borttaget summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  expect(await page.locator('#_borttaget details').getAttribute('open')).toBe('');
  await page.keyboard.press('Space');
  expect(await page.locator('#_borttaget details').getAttribute('open')).toBeNull();
  const button = page.locator('#syfte button[data-copy-citation]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#syfte [role="status"]').textContent()).toBe('Citatet är kopierat.');
  await page.keyboard.press('Space');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/avsnitt ”Syfte”/u);
});
