/**
 * axe-core (WCAG 2.2 A and AA) on every built page, at phone and desktop widths, with and without
 * JavaScript; and reflow (WCAG 1.4.10): no page scrolls sideways, only its wide tables and charts do.
 */
import { describe, expect, test } from 'vitest';
import { axeViolations, builtPages, useBrowser } from '../support/browser.ts';

const open = useBrowser();
const pages = builtPages();

test('the site has its pages', () => {
  expect(pages).toContain('/');
  expect(pages.length).toBeGreaterThanOrEqual(6);
});

// Pages are checked a few at a time (the site project's `maxConcurrency`), each in its own context,
// closed as soon as its test ends.
describe.concurrent.each(pages)('%s', (path) => {
  test.for([
    [1280, true],
    [390, true],
    [390, false],
  ] as const)(
    'no axe violations at %i px (JavaScript %s), no sideways scrolling, no request leaves the site, no script error',
    async ([width, javaScriptEnabled], { expect, onTestFinished }) => {
      const { page, context, externalRequests, pageErrors } = await open(path, { width, javaScriptEnabled });
      onTestFinished(() => context.close());
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(externalRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
    },
  );
});
