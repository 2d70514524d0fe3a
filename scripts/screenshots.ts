/**
 * `npm run screenshots [-- /path/ …]`: screenshots of the built site as people see it, at 390 px and
 * 1280 px wide, with and without JavaScript, into `tests/screenshots/` (ignored by git).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const out = process.env.SCREENSHOT_DIR || 'tests/screenshots';
await mkdir(out, { recursive: true });
const server = await serveStatic(process.env.DIST_DIR || 'dist');
const browser = await launchChromium();
try {
  for (const javaScriptEnabled of [true, false]) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled, locale: 'sv-SE' });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/giu, '_').replace(/^_|_$/gu, '') || 'index'}-${width}${javaScriptEnabled ? '' : '-nojs'}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true });
        console.log(join(out, name));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
