/**
 * A link checker over the built site (DIST_DIR or dist/): every internal href, src, srcset and
 * form action in every HTML file resolves to a built file; every fragment (same page or another)
 * names an id on the target page; and no link leaves the site except those allowed below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { decodeEntities, parseAttributes } from '../../scripts/bench/page-weight.ts';
import { DIST } from '../support/browser.ts';

/**
 * Links to other sites that pages may carry. Empty on purpose: the site makes no request to
 * anywhere else and sends no reader away unannounced; a source's address is shown as text. Add an
 * entry only with a reason next to it.
 */
const ALLOWED_EXTERNAL: readonly { url: RegExp; reason: string }[] = [];

const ORIGIN = 'http://site.invalid';

/** Every HTML file as a site path of the file (`/dokument/hylte/index.html`). */
function htmlFiles(folder = DIST): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [`/${relative(DIST, path).split(sep).join('/')}`] : [];
  });
}

const read = (sitePath: string) => readFileSync(join(DIST, ...sitePath.split('/').filter(Boolean)), 'utf8');

/** The built file a site path is served from, or null: `/a/` → `/a/index.html`. */
function builtFile(pathname: string): string | null {
  const candidate = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  try {
    return statSync(join(DIST, ...candidate.split('/').filter(Boolean))).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

interface Link {
  readonly from: string;
  readonly attribute: string;
  readonly value: string;
}

const TAG = /<([a-z][a-z0-9-]*)\b([^>]*)>/giu;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'xlink:href', 'formaction', 'cite'];

/** Every URL an HTML file names in its tags (not in text, comments or scripts). */
function linksIn(file: string, html: string): Link[] {
  const links: Link[] = [];
  const markup = html.replace(/<!--[\s\S]*?-->/gu, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/giu, '<$1$2>');
  for (const match of markup.matchAll(TAG)) {
    const tag = match[1]!.toLowerCase();
    const attributes = parseAttributes(match[2] ?? '');
    for (const name of URL_ATTRIBUTES) {
      const value = attributes.get(name);
      if (value === undefined || (name === 'data' && tag !== 'object')) continue;
      links.push({ from: file, attribute: `${tag}[${name}]`, value });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      for (const candidate of (attributes.get(name) ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/u)[0];
        if (url) links.push({ from: file, attribute: `${tag}[${name}]`, value: url });
      }
    }
  }
  return links;
}

/** The ids of an HTML file (and the names of its `<a name>` anchors). */
function idsIn(html: string): string[] {
  const ids: string[] = [];
  for (const match of html.replace(/<!--[\s\S]*?-->/gu, '').matchAll(TAG)) {
    const attributes = parseAttributes(match[2] ?? '');
    const id = attributes.get('id');
    if (id !== undefined) ids.push(id);
    if (match[1]!.toLowerCase() === 'a' && attributes.has('name')) ids.push(attributes.get('name')!);
  }
  return ids;
}

const files = htmlFiles().sort();
const html = new Map(files.map((file) => [file, read(file)]));
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!idCache.has(file)) idCache.set(file, new Set(idsIn(html.get(file) ?? read(file))));
  return idCache.get(file)!;
};
const allLinks = files.flatMap((file) => linksIn(file, html.get(file)!));

interface Checked {
  readonly link: Link;
  readonly problem: string | null;
  readonly external: boolean;
}

function check(link: Link): Checked {
  const value = decodeEntities(link.value).trim();
  if (/^(mailto|tel):/iu.test(value)) return { link, problem: null, external: true };
  if (/^(javascript|data|blob):/iu.test(value))
    return { link, problem: link.attribute.startsWith('a[') ? 'a link to a script or data URL' : null, external: false };
  if (value === '') return { link, problem: 'empty URL', external: false };
  let url: URL;
  try {
    url = new URL(value, ORIGIN + link.from);
  } catch {
    return { link, problem: 'not a URL', external: false };
  }
  if (url.origin !== ORIGIN) return { link, problem: null, external: true };
  const pathname = decodeURIComponent(url.pathname);
  const target = builtFile(pathname);
  if (target === null) {
    const folder = builtFile(`${pathname}/`);
    return { link, problem: folder ? `no such file (the page is at ${pathname}/)` : 'no such file', external: false };
  }
  if (url.hash === '' && !value.includes('#')) return { link, problem: null, external: false };
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment.startsWith(':~:')) return { link, problem: null, external: false };
  if (!target.endsWith('.html')) return { link, problem: `a fragment on ${target}, which is not a page`, external: false };
  if (fragment === '') return { link, problem: 'an empty fragment (#)', external: false };
  return { link, problem: idsOf(target).has(fragment) ? null : `no id="${fragment}" on ${target}`, external: false };
}

const checked = allLinks.map(check);

test('the site has pages and links to check', () => {
  expect(files.length).toBeGreaterThanOrEqual(6);
  expect(allLinks.length).toBeGreaterThan(files.length * 5);
  expect(allLinks.some((link) => link.value.startsWith('#'))).toBe(true);
});

test('every internal link, source and form action resolves to a built file, and every #fragment to an id there', () => {
  const broken = checked
    .filter((result) => result.problem !== null)
    .map((result) => `${result.link.from}: ${result.link.attribute}="${result.link.value}" – ${result.problem}`);
  const unique = [...new Set(broken)];
  expect(unique, `${unique.length} broken links:\n${unique.join('\n')}`).toEqual([]);
});

test('no link leaves the site, except the allowed ones', () => {
  const external = [...new Set(checked.filter((result) => result.external).map((result) => decodeEntities(result.link.value)))].sort();
  const unexpected = external.filter((url) => !ALLOWED_EXTERNAL.some((allowed) => allowed.url.test(url)));
  expect(unexpected, `links to other sites:\n${unexpected.join('\n')}`).toEqual([]);
});

test('no page has the same id twice (a fragment must name one place)', () => {
  const duplicated = files.flatMap((file) => {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const id of idsIn(html.get(file)!)) (seen.has(id) ? twice : seen).add(id);
    return [...twice].map((id) => `${file}: id="${id}"`);
  });
  expect(duplicated, duplicated.join('\n')).toEqual([]);
});

test('the checker finds what is broken', () => {
  const page = files.find((file) => file.startsWith('/dokument/'))!;
  const probe = (value: string) => check({ from: page, attribute: 'a[href]', value }).problem;
  expect(probe('/finns-inte/')).toBe('no such file');
  expect(probe('#finns-inte')).toMatch(/^no id="finns-inte"/u);
  expect(probe('/#finns-inte')).toMatch(/^no id="finns-inte" on \/index\.html/u);
  expect(probe('/dokument/eksjo')).toMatch(/the page is at \/dokument\/eksjo\//u);
  expect(probe('#_huvudinnehall')).toBeNull();
  expect(probe('/')).toBeNull();
  expect(check({ from: page, attribute: 'a[href]', value: 'https://example.com/' }).external).toBe(true);
  expect(check({ from: page, attribute: 'a[href]', value: '//example.com/x' }).external).toBe(true);
});

/** One label for one thing: the words chosen, and the variants that once named the same things. */
const LABELS: readonly { chosen: string; never: readonly string[] }[] = [
  { chosen: 'Kopiera källhänvisning', never: ['Kopiera citat'] },
  { chosen: 'Länk till avsnittet', never: ['Läs i dokumentet'] },
  { chosen: 'Beslutsdatum saknas', never: ['Beslutsår framgår inte', 'Beslutsdatum framgår inte'] },
];

test('one label for one thing, on every page', () => {
  const pages = htmlFiles().map((path) => ({ path, html: read(path) }));
  for (const { chosen, never } of LABELS) {
    expect(
      pages.some(({ html }) => html.includes(chosen)),
      chosen,
    ).toBe(true);
    for (const variant of never)
      expect(
        pages.filter(({ html }) => html.includes(variant)).map(({ path }) => path),
        variant,
      ).toEqual([]);
  }
});
