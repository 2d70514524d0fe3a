/**
 * After the build, write `_headers` (the format Netlify, Cloudflare Pages and others read) with,
 * for every page, the same Content-Security-Policy its `<meta http-equiv>` carries, plus headers
 * a `<meta>` cannot set: `frame-ancestors`, `Referrer-Policy`, `X-Content-Type-Options`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routes } from '../lib/routes.ts';

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]+)"/iu;

export const COMMON_HEADERS = ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff'] as const;

/** The CSP a page declares in its `<meta http-equiv>`, or null. */
export function pagePolicy(html: string): string | null {
  return (
    META_CSP.exec(html)?.[1]
      ?.replace(/&#39;/gu, "'")
      .replace(/&quot;/gu, '"')
      .replace(/&amp;/gu, '&') ?? null
  );
}

/** The `_headers` file for the pages of a built site (path → policy). */
export function headersFile(pages: ReadonlyMap<string, string>): string {
  const blocks = ['/*', ...COMMON_HEADERS.map((header) => `  ${header}`), ''];
  // The verbatim source texts are UTF-8: said here, so that a host that names no character set
  // does not show `Tyresö` as `TyresÃ¶`.
  blocks.push(routes.documentSource('*'), '  Content-Type: text/plain; charset=utf-8', '');
  for (const [path, policy] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const directives = policy
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean);
    blocks.push(path, `  Content-Security-Policy: ${[...directives, "frame-ancestors 'none'"].join('; ')}`, '');
  }
  return blocks.join('\n');
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Map<string, string>();
        for (const file of await htmlFiles(root)) {
          const policy = pagePolicy(await readFile(file, 'utf8'));
          if (!policy) throw new Error(`${file}: ingen Content-Security-Policy i sidan.`);
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/u, '');
          pages.set(path, policy);
        }
        await writeFile(join(root, '_headers'), headersFile(pages));
        logger.info(`_headers skriven för ${pages.size} sidor`);
      },
    },
  };
}
