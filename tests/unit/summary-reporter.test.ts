/**
 * The closing line that CI reads counts every failure: a test that fails, and a test file that fails
 * outside its tests (while it loads, or in `beforeAll`), whose tests never run.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('a file that fails in its setup and one that fails while it loads are both counted as failed', () => {
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/fixtures/reporter/vitest.config.ts'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const closing = run.stdout.trim().split('\n').at(-1);
  expect(closing).toBe('1 passed, 2 failed, 1 skipped');
  expect(run.status).not.toBe(0);
}, 60_000);
