import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { buildCorpusSite } from '../support/corpus-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, on loopback (`http://127.0.0.1:PORT`). */
    baseUrl: string;
    /** The folder of the site built from the 300-document corpus (`tests/support/corpus-site.ts`). */
    corpusDist: string;
    /** Where that site is served. */
    corpusBaseUrl: string;
  }
}

let server: RunningServer | undefined;
let corpusServer: RunningServer | undefined;
let corpusCleanup: string[] = [];

/**
 * Build the site from `content/` once for all site tests (`SKIP_BUILD=1` reuses dist/), then
 * serve dist/ on loopback for the browser tests; and build the site from the 300-document corpus
 * for the tests of the designs at scale (`CORPUS_DIST_DIR` reuses one).
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
}

export async function teardown(): Promise<void> {
  await server?.close();
  await corpusServer?.close();
  for (const folder of corpusCleanup) rmSync(folder, { recursive: true, force: true });
}
