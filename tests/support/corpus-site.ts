/**
 * The site built from the synthetic corpus of 300 documents (`npm run corpus`), once per run of the
 * site tests (`tests/site/build.setup.ts`), for every test of the designs at scale. `corpus/` is
 * used when it holds the 300 documents, otherwise they are generated into a temporary folder.
 * `CORPUS_DIST_DIR=<folder>` reuses a site already built with `CONTENT_DIR=corpus` instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CORPUS_SIZE = 300;
const ROOT = join(import.meta.dirname, '..', '..');

/** `corpus/` when it holds the documents, else a freshly generated copy (removed by `cleanup`). */
function corpusFolder(cleanup: string[]): string {
  const own = join(ROOT, 'corpus');
  if (existsSync(own) && readdirSync(own).filter((name) => name.endsWith('.txt')).length === CORPUS_SIZE) return own;
  const folder = mkdtempSync(join(tmpdir(), 'scale-corpus-'));
  cleanup.push(folder);
  const result = spawnSync(process.execPath, ['scripts/generate-corpus.ts', String(CORPUS_SIZE), '--out', folder], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`generating the corpus failed:\n${result.stdout}\n${result.stderr}`);
  return folder;
}

/**
 * Build the corpus site and return its folder, with the temporary folders to remove afterwards.
 * The output goes inside the project (node_modules/.cache, ignored by git): Astro writes its
 * prerender chunks next to an output folder inside the working directory, but to the shared
 * ./.astro/.prerender for one outside it. The cache is outside the output folder (Astro empties that).
 */
export function buildCorpusSite(): { dist: string; cleanup: string[] } {
  const reuse = process.env.CORPUS_DIST_DIR;
  if (reuse) return { dist: reuse, cleanup: [] };
  const cleanup: string[] = [];
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const dist = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'corpus-site-'));
  const cache = mkdtempSync(join(tmpdir(), 'corpus-site-cache-'));
  cleanup.push(dist, cache);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: corpusFolder(cleanup), DIST_DIR: dist, ASTRO_CACHE_DIR: cache },
  });
  if (result.status !== 0) {
    for (const folder of cleanup) rmSync(folder, { recursive: true, force: true });
    throw new Error(`build from the corpus failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
  return { dist, cleanup };
}
