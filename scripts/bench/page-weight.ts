/**
 * What a first visit to a built page costs in bytes: the HTML plus every stylesheet, script
 * (following the `import` statements between Astro's chunks in /_astro/), image and font it
 * references, each raw and gzipped (level 9), with the page's budget. Files are read through an
 * injected reader, so the measuring is a pure function of the built files (tested on small
 * in-memory sites in tests/site/budgets.test.ts).
 *
 * What a page loads only when used (dynamic `import()`, Web Workers, JSON it fetches) is counted
 * apart as "on use"; the search page's budget includes it, since its index is what it is for, and
 * also the section texts its first page of results fetches (`searchResultTexts`).
 */
import { gzipSync } from 'node:zlib';
import { RESULTS_PAGE_SIZE, SEARCH_INDEX_PATH, sectionTextPath } from '../../src/features/search/paths.ts';

/** Reads a built file by its site path (`/_astro/x.js`); `null` when there is no such file. */
export type SiteReader = (sitePath: string) => Uint8Array | null;

export type AssetKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'data' | 'other';

export interface Asset {
  /** Site path, without query or fragment. */
  readonly path: string;
  readonly kind: AssetKind;
  readonly raw: number;
  readonly gzip: number;
  /** Loaded only when used (a dynamic import, fetched data), not on the first visit. */
  readonly onUse: boolean;
}

export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

export interface Budget {
  /** Most gzip bytes of the first visit (plus what is loaded on use, when `includesOnUse`). */
  readonly totalGzip: number;
  /** Most gzip bytes of JavaScript on the first visit. */
  readonly jsGzip: number;
  readonly includesOnUse: boolean;
  /** Also count, as on use, the section texts a first page of search results fetches (`searchResultTexts`). */
  readonly includesSearchResultTexts?: boolean;
}

export interface PageWeight {
  /** The page's site path (`/`, `/dokument/hylte/`). */
  readonly page: string;
  /** Every file counted once, the HTML first, then in discovery order. */
  readonly assets: readonly Asset[];
  readonly firstVisit: Bytes;
  readonly js: Bytes;
  readonly onUse: Bytes;
  /** What the budget is measured against: the first visit, plus on-use bytes where the budget says so. */
  readonly budgeted: Bytes;
  readonly budget: Budget;
  readonly withinBudget: boolean;
  /** References to same-site files that do not exist. */
  readonly missing: readonly string[];
}

export const KIB = 1024;

/** Every page: at most 60 KiB gzip in all, 20 KiB gzip of it JavaScript. */
export const DEFAULT_BUDGET: Budget = { totalGzip: 60 * KIB, jsGzip: 20 * KIB, includesOnUse: false };

/**
 * The search page carries its index: at most 150 KiB gzip including what it loads on use — its
 * worker, its index, and the texts of the most a first page of results can show.
 */
export const SEARCH_BUDGET: Budget = { totalGzip: 150 * KIB, jsGzip: 20 * KIB, includesOnUse: true, includesSearchResultTexts: true };

/** The budget of a page by its site path. */
export function budgetFor(page: string): Budget {
  return page === '/sok/' ? SEARCH_BUDGET : DEFAULT_BUDGET;
}

/** gzip size at level 9, as a server would send it. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

const ORIGIN = 'http://site.invalid';

/**
 * Resolve a reference against the site path of the file it is in: a site path without query or
 * fragment, or `null` for other origins, `data:` URLs and in-page fragments.
 */
export function resolveSitePath(reference: string, from: string): string | null {
  const trimmed = decodeEntities(reference.trim());
  if (trimmed === '' || trimmed.startsWith('#') || /^(data|blob|mailto|tel|javascript):/iu.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed, ORIGIN + from);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  return decodeURIComponent(url.pathname);
}

/** The file a site path is served from: `/a/` → `/a/index.html`. */
export function fileForPath(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

/** Kind of asset by its file name (and, for `<link rel=preload>`, what it is preloaded as). */
export function kindOf(path: string, as?: string): AssetKind {
  if (as === 'font') return 'font';
  if (as === 'image') return 'image';
  if (as === 'style') return 'css';
  if (as === 'script') return 'js';
  if (as === 'fetch') return 'data';
  const extension = /\.([a-z0-9]+)$/iu.exec(path)?.[1]?.toLowerCase() ?? '';
  if (extension === 'html' || path.endsWith('/')) return 'html';
  if (extension === 'css') return 'css';
  if (['js', 'mjs'].includes(extension)) return 'js';
  if (['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico'].includes(extension)) return 'image';
  if (['woff', 'woff2', 'ttf', 'otf', 'eot'].includes(extension)) return 'font';
  if (['json', 'csv', 'txt'].includes(extension)) return 'data';
  return 'other';
}

export interface Reference {
  readonly url: string;
  readonly kind: AssetKind;
  readonly onUse: boolean;
}

const TAG = /<([a-z][a-z0-9-]*)\b([^>]*)>/giu;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;

/** The attributes of a start tag's attribute text, names lower-cased. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  return attributes;
}

/** Decode the character references Astro writes in attributes (`&amp;`, `&#38;`, `&quot;`, …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower]!;
  });
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
    .filter(Boolean);
}

/**
 * What an HTML page loads: stylesheets, scripts, module preloads, images, icons and preloaded
 * fonts, plus what its inline `<style>` and `<script type="module">` pull in, and JSON named in
 * `data-*` attributes (loaded on use). Links to other pages (`<a href>`) are not loads.
 */
export function htmlReferences(html: string): Reference[] {
  const references: Reference[] = [];
  const add = (url: string | undefined, kind: AssetKind, onUse = false) => {
    if (url) references.push({ url, kind, onUse });
  };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/gu, '');
  for (const match of withoutComments.matchAll(TAG)) {
    const tag = match[1]!.toLowerCase();
    const attributes = parseAttributes(match[2] ?? '');
    if (tag === 'link') {
      const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/u);
      const href = attributes.get('href');
      if (rel.includes('stylesheet')) add(href, 'css');
      else if (rel.includes('modulepreload')) add(href, 'js');
      else if (rel.includes('preload')) add(href, kindOf(href ?? '', attributes.get('as')));
      else if (rel.includes('icon') || rel.includes('apple-touch-icon')) add(href, 'image');
    } else if (tag === 'script') add(attributes.get('src'), 'js');
    else if (tag === 'img' || tag === 'source' || tag === 'input') {
      if (tag !== 'input' || attributes.get('type') === 'image') add(attributes.get('src'), 'image');
      for (const url of srcsetUrls(attributes.get('srcset') ?? '')) add(url, 'image');
    } else if (tag === 'video') add(attributes.get('poster'), 'image');
    else if (tag === 'image' || tag === 'use') {
      const href = attributes.get('href') ?? attributes.get('xlink:href');
      if (href && !href.startsWith('#')) add(href.split('#')[0], 'image');
    }
    for (const [name, value] of attributes) {
      if (name === 'style') for (const url of cssReferences(value)) add(url.url, url.kind);
      if (name.startsWith('data-') && /^[./][^\s"'<>]*\.json(\?[^\s"'<>]*)?$/u.test(value)) add(value, 'data', true);
    }
  }
  for (const match of withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/giu)) for (const url of cssReferences(match[1]!)) add(url.url, url.kind);
  for (const match of withoutComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const attributes = parseAttributes(match[1] ?? '');
    if (attributes.has('src')) continue;
    const type = attributes.get('type') ?? '';
    if (type === 'module' || type === '' || type === 'text/javascript') references.push(...jsReferences(match[2]!));
  }
  return references;
}

/** What a stylesheet loads: `@import`s, and fonts and images in `url()`. */
export function cssReferences(css: string): Reference[] {
  const references: Reference[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  for (const match of withoutComments.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?/giu))
    references.push({ url: match[1]!, kind: 'css', onUse: false });
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/giu)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (url === '' || url.startsWith('data:') || url.startsWith('#')) continue;
    const kind = kindOf(url.split(/[?#]/u)[0]!);
    references.push({ url, kind: kind === 'font' ? 'font' : kind === 'css' ? 'css' : 'image', onUse: false });
  }
  return references;
}

/**
 * What a script loads: static `import … from "…"`, `import "…"` and `export … from "…"` now;
 * dynamic `import("…")`, Web Workers (`new Worker("…")`, `new Worker(new URL("…", import.meta.url))`,
 * as Vite writes them) and same-site JSON named in string literals on use.
 */
export function jsReferences(js: string): Reference[] {
  const references: Reference[] = [];
  const staticImport = /(?:^|[^\w$.'"`])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\s();,]+)\1/gu;
  for (const match of js.matchAll(staticImport)) references.push({ url: match[2]!, kind: 'js', onUse: false });
  for (const match of js.matchAll(/(?:^|[^\w$.'"`])import\s*\(\s*(["'`])([^"'`\s();,]+)\1\s*\)/gu))
    references.push({ url: match[2]!, kind: 'js', onUse: true });
  for (const match of js.matchAll(/\bnew\s+(?:Shared)?Worker\s*\(\s*(?:new\s+URL\s*\(\s*)?(["'`])([^"'`\s();,]+)\1/gu))
    references.push({ url: match[2]!, kind: 'js', onUse: true });
  for (const match of js.matchAll(/(["'`])((?:\/|\.\.?\/)[^"'`\s]*?\.json)(?:\?[^"'`\s]*)?\1/gu))
    references.push({ url: match[2]!, kind: 'data', onUse: true });
  return references;
}

const sum = (assets: readonly Asset[]): Bytes => ({
  raw: assets.reduce((total, asset) => total + asset.raw, 0),
  gzip: assets.reduce((total, asset) => total + asset.gzip, 0),
});

/**
 * The section texts (`/sok/text/<document>/<n>.json`) the search page fetches before it shows a
 * first page of results: one per hit shown, at most `RESULTS_PAGE_SIZE`. Which ones depends on the
 * query, so the largest (by gzip) are counted: the most a first page of words can cost. (A quoted
 * phrase also reads the sections that may hold it; the search benchmark measures those bytes as
 * fetched.) Texts the index names but the site lacks are `missing`; a site without a search index
 * has none.
 */
export function searchResultTexts(read: SiteReader): { assets: Asset[]; missing: string[] } {
  const bytes = read(SEARCH_INDEX_PATH);
  let documents: unknown;
  try {
    documents = bytes && (JSON.parse(new TextDecoder().decode(bytes)) as { documents?: unknown }).documents;
  } catch {
    return { assets: [], missing: [] };
  }
  if (!Array.isArray(documents)) return { assets: [], missing: [] };
  const assets: Asset[] = [];
  const missing: string[] = [];
  for (const document of documents as { id?: unknown; sectionCategories?: unknown }[]) {
    if (typeof document.id !== 'string' || typeof document.sectionCategories !== 'string') continue;
    for (let position = 0; position < document.sectionCategories.length; position += 1) {
      const path = sectionTextPath(document.id, position);
      const text = read(path);
      if (text === null) missing.push(path);
      else assets.push({ path, kind: 'data', raw: text.length, gzip: gzipSize(text), onUse: true });
    }
  }
  return { assets: assets.sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path)).slice(0, RESULTS_PAGE_SIZE), missing };
}

/**
 * Measure one page: read its HTML, follow every reference (into stylesheets and scripts, and the
 * imports between scripts), count each file once, and compare with the page's budget. A file
 * reached both on the first visit and on use counts as first visit.
 */
export function measurePage(page: string, read: SiteReader, budget: Budget = budgetFor(page)): PageWeight {
  const assets = new Map<string, Asset>();
  const missing = new Set<string>();
  const decoder = new TextDecoder();
  const visit = (path: string, kind: AssetKind, onUse: boolean) => {
    const known = assets.get(path);
    if (known) {
      if (known.onUse && !onUse) assets.set(path, { ...known, onUse: false });
      else return;
    }
    const bytes = read(path);
    if (bytes === null) {
      missing.add(path);
      return;
    }
    if (!known) assets.set(path, { path, kind, raw: bytes.length, gzip: gzipSize(bytes), onUse });
    const text = kind === 'html' || kind === 'css' || kind === 'js' ? decoder.decode(bytes) : '';
    const references = kind === 'html' ? htmlReferences(text) : kind === 'css' ? cssReferences(text) : kind === 'js' ? jsReferences(text) : [];
    for (const reference of references) {
      const target = resolveSitePath(reference.url, path);
      if (target !== null) visit(target, reference.kind, onUse || reference.onUse);
    }
  };
  visit(fileForPath(page), 'html', false);
  if (budget.includesSearchResultTexts) {
    const texts = searchResultTexts(read);
    for (const asset of texts.assets) if (!assets.has(asset.path)) assets.set(asset.path, asset);
    for (const path of texts.missing) missing.add(path);
  }
  const list = [...assets.values()];
  const first = list.filter((asset) => !asset.onUse);
  const later = list.filter((asset) => asset.onUse);
  const firstVisit = sum(first);
  const onUse = sum(later);
  const js = sum(first.filter((asset) => asset.kind === 'js'));
  const budgeted = budget.includesOnUse ? { raw: firstVisit.raw + onUse.raw, gzip: firstVisit.gzip + onUse.gzip } : firstVisit;
  return {
    page,
    assets: list,
    firstVisit,
    js,
    onUse,
    budgeted,
    budget,
    withinBudget: budgeted.gzip <= budget.totalGzip && js.gzip <= budget.jsGzip && missing.size === 0,
    missing: [...missing],
  };
}

/** `12.3 KiB`. */
export function formatKiB(bytes: number): string {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}

/** A Markdown table of the pages' weights and budgets, then one of every file per page. */
export function formatWeights(weights: readonly PageWeight[]): string {
  const lines = [
    '| sida | HTML gzip | CSS gzip | JS gzip | bilder och typsnitt gzip | första besöket rå / gzip | vid användning gzip | budget (gzip) | inom budget |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const weight of weights) {
    const first = weight.assets.filter((asset) => !asset.onUse);
    const of = (...kinds: AssetKind[]) => formatKiB(sum(first.filter((asset) => kinds.includes(asset.kind))).gzip);
    const budget = `≤ ${formatKiB(weight.budget.totalGzip)}${weight.budget.includesOnUse ? ' med det som laddas vid användning' : ''}, JS ≤ ${formatKiB(weight.budget.jsGzip)}`;
    const verdict = weight.withinBudget ? 'ja' : `**nej**${weight.missing.length > 0 ? ` (saknas: ${weight.missing.join(', ')})` : ''}`;
    lines.push(
      `| ${weight.page} | ${of('html')} | ${of('css')} | ${of('js')} | ${of('image', 'font')} | ${formatKiB(weight.firstVisit.raw)} / ${formatKiB(weight.firstVisit.gzip)} | ${formatKiB(weight.onUse.gzip)} | ${budget} | ${verdict} |`,
    );
  }
  lines.push('', '| sida | fil | slag | rå | gzip | när |', '|---|---|---|---:|---:|---|');
  for (const weight of weights) {
    for (const asset of weight.assets)
      lines.push(
        `| ${weight.page} | ${asset.path} | ${asset.kind} | ${formatKiB(asset.raw)} | ${formatKiB(asset.gzip)} | ${asset.onUse ? 'vid användning' : 'första besöket'} |`,
      );
  }
  return lines.join('\n');
}
