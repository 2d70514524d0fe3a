/** Every built page carries a strict CSP, and `_headers` repeats it with the headers a meta tag cannot set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pagePolicy } from '../../src/integrations/security-headers.ts';
import { builtPages, DIST } from '../support/browser.ts';

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

test.each(builtPages())('%s has a strict Content-Security-Policy', (path) => {
  const page = html(path);
  const policy = pagePolicy(page)!;
  expect(policy).toMatch(/default-src 'self'/u);
  expect(policy).toMatch(/object-src 'none'/u);
  expect(policy).toMatch(/base-uri 'none'/u);
  expect(policy).toMatch(/script-src 'self'/u);
  // The search runs in a Web Worker, a script of the site's own.
  expect(policy).toMatch(/worker-src 'self'(;|$)/u);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/u);
  // The policy comes before any script or style it governs.
  expect(page.indexOf('content-security-policy')).toBeLessThan(
    Math.max(0, Math.min(...['<script', '<style', '<link rel="stylesheet"'].map((tag) => page.indexOf(tag)).filter((index) => index >= 0))),
  );
  expect(page).not.toMatch(/\son[a-z]+=/iu);
});

test('_headers repeats each page policy, with Referrer-Policy and nosniff for everything', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n {2}Referrer-Policy: no-referrer\n {2}X-Content-Type-Options: nosniff\n/u);
  // The source texts are UTF-8 on a host that names no character set as well.
  expect(headers).toContain('/dokument/*/kalla.txt\n  Content-Type: text/plain; charset=utf-8\n');
  for (const path of builtPages()) {
    const block = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\n  Content-Security-Policy: (.+)$`, 'mu').exec(headers);
    expect(block, path).not.toBeNull();
    expect(block![1]).toContain("frame-ancestors 'none'");
    for (const directive of pagePolicy(html(path))!
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean))
      expect(block![1]).toContain(directive);
  }
});
