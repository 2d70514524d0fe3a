import { expect, test } from 'vitest';
import { headersFile, pagePolicy } from '../../src/integrations/security-headers.ts';

test('the policy is read from the page and written for its path, with frame-ancestors and the common headers', () => {
  const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc=';"></head>`;
  const policy = pagePolicy(html)!;
  expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-abc=';");
  expect(headersFile(new Map([['/sok/', policy]]))).toBe(
    [
      '/*',
      '  Referrer-Policy: no-referrer',
      '  X-Content-Type-Options: nosniff',
      '',
      '/dokument/*/kalla.txt',
      '  Content-Type: text/plain; charset=utf-8',
      '',
      '/sok/',
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
      '',
    ].join('\n'),
  );
});

test('a page without a policy has none', () => {
  expect(pagePolicy('<head><title>x</title></head>')).toBeNull();
});
