import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { buildCorpusSite } from '../support/corpus-site.ts';
import { buildHostileSite } from '../support/hostile-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, on loopback (`http://127.0.0.1:PORT`). */
    baseUrl: string;
    /** The folder of the site built from the 300-document corpus (`tests/support/corpus-site.ts`). */
    corpusDist: string;
    /** Where that site is served. */
    corpusBaseUrl: string;
    /** The folder of the site built from the hostile fixtures (`tests/support/hostile-site.ts`). */
    hostileDist: string;
    /** Where that site is served. */
    hostileBaseUrl: string;
    /** Why that build failed ('' when it did not): tests/site/hostile.test.ts fails with it, the other files run. */
    hostileBuildError: string;
  }
}

let server: RunningServer | undefined;
let corpusServer: RunningServer | undefined;
let hostileServer: RunningServer | undefined;
let corpusCleanup: string[] = [];

/**
 * Build the site from `content/` once for all site tests (`SKIP_BUILD=1` reuses dist/), then
 * serve dist/ on loopback for the browser tests; build the site from the 300-document corpus
 * for the tests of the designs at scale (`CORPUS_DIST_DIR` reuses one); and build the site from
 * the hostile fixtures (`HOSTILE_DIST_DIR` reuses one). Every build is done here, one after the
 * other, so that the test files, which only read the built sites, can run side by side.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.SKIP_BUILD !== '1') {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: '' },
    });
    if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}`);
  }
  server = await serveStatic(process.env.DIST_DIR || 'dist');
  project.provide('baseUrl', server.url);
  const corpus = buildCorpusSite();
  corpusCleanup = corpus.cleanup;
  project.provide('corpusDist', corpus.dist);
  corpusServer = await serveStatic(corpus.dist);
  project.provide('corpusBaseUrl', corpusServer.url);
  const hostile = buildHostileSite();
  corpusCleanup.push(...hostile.cleanup);
  project.provide('hostileDist', hostile.dist);
  project.provide('hostileBuildError', hostile.error);
  hostileServer = await serveStatic(hostile.dist);
  project.provide('hostileBaseUrl', hostileServer.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  await corpusServer?.close();
  await hostileServer?.close();
  for (const folder of corpusCleanup) rmSync(folder, { recursive: true, force: true });
}
