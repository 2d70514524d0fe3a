/**
 * Every address is built by `src/lib/routes.ts`: no other file under `src/` writes a route in a
 * string (`'/dokument/…'`, `` `/jamfor/?…` ``, `href="/om/"`). Comments may name routes. Fails
 * listing file:line of each route written by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COUNTY_BASES, routes } from '../../src/lib/routes.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const ROUTES_MODULE = 'src/lib/routes.ts';
/** A string literal or attribute value that starts with one of the site's folders. */
const ROUTE_LITERAL = /(['"`])\/(dokument|jamfor|sok|ansvar|teman|data|oversikt|om|tillganglighet)(\/|\1|\?|#)/u;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs|js)$/u.test(entry.name) ? [path] : [];
  });
}

/** Lines that are comments (`//`, `/*`, ` * …`, `<!-- … -->`) name routes for the reader, not the browser. */
const isComment = (line: string) => /^\s*(\/\/|\/\*|\*|<!--)/u.test(line);

describe('routes', () => {
  test('no file under src/ but the routes module writes a route by hand', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const path = relative(ROOT, file).split('\\').join('/');
      if (path === ROUTES_MODULE) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (!isComment(line) && ROUTE_LITERAL.test(line)) found.push(`${path}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(found, `routes written by hand; build them with src/lib/routes.ts:\n${found.join('\n')}`).toEqual([]);
  });

  test('the addresses are the ones the site has always had', () => {
    expect(routes.document('hylte')).toBe('/dokument/hylte/');
    expect(routes.document('hylte', 'syfte')).toBe('/dokument/hylte/#syfte');
    expect(routes.documentSource('hylte')).toBe('/dokument/hylte/kalla.txt');
    expect(routes.compare()).toBe('/jamfor/');
    expect(routes.compare({ category: 'ansvar' })).toBe('/jamfor/?k=ansvar');
    expect(routes.compare({ document: 'tyreso' })).toBe('/jamfor/?d=tyreso');
    expect(routes.search()).toBe('/sok/');
    expect(routes.search({ q: 'EU-projekt & vänort' })).toBe('/sok/?q=EU-projekt%20%26%20v%C3%A4nort');
    expect(routes.search({ q: 'vänort', kommun: 'hylte' })).toBe('/sok/?q=v%C3%A4nort&kommun=hylte');
    expect(routes.ansvarKind('beslut')).toBe('/ansvar/beslut/');
    expect(routes.ansvarActor('kommunstyrelsen')).toBe('/ansvar/aktor/kommunstyrelsen/');
    expect(routes.teman('ordlista')).toBe('/teman/#ordlista');
    expect(routes.data('sections')).toBe('/data/sections.csv');
    expect(routes.about('kallor')).toBe('/om/#kallor');
    expect(routes.county('teman', 'hallands-lan')).toBe(`${COUNTY_BASES.teman}hallands-lan/`);
  });
});
