/**
 * `npm run bench`: one table, for the 5 real documents and for the 300-document synthetic corpus
 * (generated if missing): parse time; full `astro build` time and peak memory; size of the search
 * data; search latency from keystroke to rendered results (p50, p95) and the longest main-thread
 * task while typing, in headless Chromium; and the first-visit bytes of each kind of page.
 * Budgets (issue "Scale"): build ≤ 90 s and ≤ 2 GiB, search p95 ≤ 50 ms, no task over 50 ms,
 * ≤ 1 MiB gzip before the first result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../../tests/support/chromium.ts';
import { listDocumentFiles } from '../../src/loaders/parse-files.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { parsePolicyDocument } from '../../src/parser/parse-document.ts';
import { formatKiB, gzipSize, measurePage, type SiteReader } from './page-weight.ts';
import { measureSearch, QUERIES } from './search-latency.ts';

interface Row {
  label: string;
  documents: number;
  parseMs: number;
  buildSeconds: number;
  buildPeakMiB: number;
  /** `/sok/index.json`, fetched on first use. */
  indexRaw: number;
  indexGzip: number;
  /** Everything under `/sok/`: the index, the section texts and the word positions, of which a search fetches a few. */
  searchRaw: number;
  searchGzip: number;
  searchFiles: number;
  p50: number;
  p95: number;
  longestTask: number;
  bytesBeforeFirstResult: number;
  pages: { kind: string; gzip: number; js: number; within: boolean }[];
}

async function parseTime(folder: string): Promise<{ count: number; ms: number }> {
  const files = await listDocumentFiles(folder);
  const inputs = await Promise.all(files.map(async (path) => ({ path, bytes: new Uint8Array(await readFile(path)) })));
  for (const input of inputs.slice(0, 5)) await parsePolicyDocument(input.bytes, { path: input.path });
  const start = performance.now();
  for (const input of inputs) await parsePolicyDocument(input.bytes, { path: input.path });
  return { count: inputs.length, ms: performance.now() - start };
}

function build(folder: string, dist: string): { seconds: number; peakMiB: number } {
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: folder, DIST_DIR: dist, ASTRO_CACHE_DIR: cache },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build from ${folder} failed:\n${result.stderr.slice(-3000)}`);
  const [seconds, kib] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMiB: kib! / 1024 };
}

function reader(dist: string): SiteReader {
  return (sitePath) => {
    const path = join(dist, ...sitePath.split('/').filter(Boolean));
    try {
      return statSync(path).isFile() ? new Uint8Array(readFileSync(path)) : null;
    } catch {
      return null;
    }
  };
}

/** One page of each kind: the overview, a document, and each tool. */
function representativePages(dist: string): { kind: string; path: string }[] {
  const documents = readdirSync(join(dist, 'dokument')).sort();
  const pages = [
    { kind: 'översikt', path: '/' },
    { kind: 'dokument', path: `/dokument/${documents[0]}/` },
    { kind: 'jämför', path: '/jamfor/' },
    { kind: 'sök (med index)', path: '/sok/' },
    { kind: 'ansvar', path: '/ansvar/' },
    { kind: 'teman', path: '/teman/' },
    { kind: 'data', path: '/data/' },
  ];
  return pages.filter((page) => existsSync(join(dist, page.path, 'index.html')));
}

async function measure(label: string, folder: string): Promise<Row> {
  const parsed = await parseTime(folder);
  const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  const built = build(folder, dist);
  const read = reader(dist);
  const searchFiles = (readdirSync(join(dist, 'sok'), { recursive: true }) as string[]).filter((name) => name.endsWith('.json'));
  const searchBytes = searchFiles.map((name) => readFileSync(join(dist, 'sok', name)));
  const indexBytes = readFileSync(join(dist, 'sok', 'index.json'));
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const gzipOf = (path: string) => {
      const bytes = read(path.endsWith('/') ? `${path}index.html` : path);
      return bytes ? gzipSize(bytes) : 0;
    };
    const search = await measureSearch(browser, server.url, gzipOf);
    return {
      label,
      documents: parsed.count,
      parseMs: parsed.ms,
      buildSeconds: built.seconds,
      buildPeakMiB: built.peakMiB,
      indexRaw: indexBytes.length,
      indexGzip: gzipSize(indexBytes),
      searchRaw: searchBytes.reduce((sum, bytes) => sum + bytes.length, 0),
      searchGzip: searchBytes.reduce((sum, bytes) => sum + gzipSize(bytes), 0),
      searchFiles: searchFiles.length,
      ...search,
      pages: representativePages(dist).map(({ kind, path }) => {
        const weight = measurePage(path, read);
        return { kind, gzip: weight.budgeted.gzip, js: weight.js.gzip, within: weight.withinBudget };
      }),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);

async function main(): Promise<void> {
  if (!existsSync('corpus') || readdirSync('corpus').filter((name) => name.endsWith('.txt')).length < 300) {
    spawnSync(process.execPath, ['scripts/generate-corpus.ts', '300'], { stdio: 'inherit' });
  }
  const rows = [await measure('5 verkliga', 'content'), await measure('300 syntetiska', 'corpus')];
  const date = new Date().toISOString().slice(0, 10);
  console.log(
    `\nMätt ${date} på ${cpus().length} kärnor (${cpus()[0]?.model.trim() ?? 'okänd processor'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, Debian Chromium.\n`,
  );
  console.log(`| mått | ${rows.map((row) => `${row.label} (${row.documents})`).join(' | ')} | budget vid 300 |`);
  console.log(`|---|${rows.map(() => '---:').join('|')}|---|`);
  const line = (name: string, values: string[], budget = '') => console.log(`| ${name} | ${values.join(' | ')} | ${budget} |`);
  line(
    'tolkning, alla dokument',
    rows.map((row) => `${row.parseMs.toFixed(0)} ms (${((row.documents / row.parseMs) * 1000).toFixed(0)} dok/s)`),
  );
  line(
    'astro build, tid',
    rows.map((row) => `${row.buildSeconds.toFixed(1)} s`),
    '≤ 90 s',
  );
  line(
    'astro build, största minne',
    rows.map((row) => `${row.buildPeakMiB.toFixed(0)} MiB`),
    '≤ 2048 MiB',
  );
  line(
    'sökindex rå / gzip (hämtas vid första sökningen)',
    rows.map((row) => `${formatKiB(row.indexRaw)} / ${formatKiB(row.indexGzip)}`),
  );
  line(
    'all sökdata rå / gzip (index, texter, ordpositioner)',
    rows.map((row) => `${formatKiB(row.searchRaw)} / ${formatKiB(row.searchGzip)} i ${row.searchFiles} filer`),
  );
  line(
    `sök: tangent → träffar p50 (${QUERIES.length} frågor)`,
    rows.map((row) => ms(row.p50)),
  );
  line(
    'sök: tangent → träffar p95',
    rows.map((row) => ms(row.p95)),
    '≤ 50 ms',
  );
  line(
    'längsta uppgift i huvudtråden under skrivning',
    rows.map((row) => (row.longestTask === 0 ? 'ingen över 50 ms' : ms(row.longestTask))),
    '≤ 50 ms',
  );
  line(
    'hämtat före första träffen (gzip)',
    rows.map((row) => formatKiB(row.bytesBeforeFirstResult)),
    '≤ 1024 KiB',
  );
  for (const kind of rows[0]!.pages.map((page) => page.kind)) {
    line(
      `första besöket: ${kind} (gzip, varav JS)`,
      rows.map((row) => {
        const page = row.pages.find((candidate) => candidate.kind === kind);
        return page ? `${formatKiB(page.gzip)} (${formatKiB(page.js)})${page.within ? '' : ' **över budget**'}` : '–';
      }),
      kind.startsWith('sök') ? '≤ 150 KiB, JS ≤ 20' : '≤ 60 KiB, JS ≤ 20',
    );
  }
}

await main();
