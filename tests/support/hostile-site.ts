/**
 * The site built from the hostile fixtures (tests/fixtures/hostile), once per run of the site tests
 * (`tests/site/build.setup.ts`), for tests/site/hostile.test.ts. Like the corpus site, it is built
 * inside the project (node_modules/.cache), so that Astro writes its prerender chunks next to it and
 * not to the shared ./.astro/.prerender. `HOSTILE_DIST_DIR=<folder>` reuses a build instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Build the hostile site; its folder, the folders to remove afterwards, and the build's error if it failed. */
export function buildHostileSite(): { dist: string; cleanup: string[]; error: string } {
  const reuse = process.env.HOSTILE_DIST_DIR;
  if (reuse) return { dist: reuse, cleanup: [], error: '' };
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const dist = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'hostile-site-'));
  // Outside `dist`: Astro empties the output folder when it starts.
  const cache = mkdtempSync(join(tmpdir(), 'hostile-cache-'));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'tests/fixtures/hostile', DIST_DIR: dist, ASTRO_CACHE_DIR: cache },
  });
  rmSync(cache, { recursive: true, force: true });
  const error = result.status === 0 ? '' : `build from hostile fixtures failed:\n${result.stdout}\n${result.stderr}`;
  return { dist, cleanup: [dist], error };
}
