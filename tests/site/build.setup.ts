import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from '../../src/node/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, on loopback (`http://127.0.0.1:PORT`). */
    baseUrl: string;
  }
}

let server: RunningServer | undefined;

/**
 * Build the site from `content/` once for all site tests (`SKIP_BUILD=1` reuses dist/), then
 * serve dist/ on loopback for the browser tests.
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
}

export async function teardown(): Promise<void> {
  await server?.close();
}
