import { spawnSync } from 'node:child_process';

/** Build the site from `content/` once for all site tests; `SKIP_BUILD=1` reuses an existing dist/. */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: '' },
  });
  if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}`);
}
