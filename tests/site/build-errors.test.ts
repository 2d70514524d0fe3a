/**
 * Input that is not text stops the build with one clear line per file, naming it and the reason;
 * warnings alone never stop it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tinyPng } from '../../scripts/generate-fixtures.ts';

function build(content: string) {
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: content,
      DIST_DIR: mkdtempSync(join(tmpdir(), 'build-errors-dist-')),
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'build-errors-cache-')),
    },
  });
}

test('an empty file and a PNG among the documents: the build fails, naming both files and why', () => {
  const content = mkdtempSync(join(tmpdir(), 'build-errors-content-'));
  copyFileSync('tests/fixtures/hostile/unknown-municipality.txt', join(content, 'atlantis.txt'));
  writeFileSync(join(content, 'tom.txt'), '');
  writeFileSync(join(content, 'bild.txt'), tinyPng());
  const result = build(content);
  expect(result.status).not.toBe(0);
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).toMatch(/tom\.txt(:1:1)?: Filen är tom\./u);
  expect(output).toMatch(/bild\.txt(:1:1)?: Filen är en PNG-bild, inte text\./u);
  expect(output).not.toMatch(/atlantis\.txt(:1:1)?: Filen/u);
}, 120_000);

test('warnings alone do not stop the build', () => {
  const content = mkdtempSync(join(tmpdir(), 'build-errors-content-'));
  copyFileSync('tests/fixtures/hostile/unknown-municipality.txt', join(content, 'atlantis.txt'));
  const result = build(content);
  expect(result.status).toBe(0);
  expect(`${result.stdout}\n${result.stderr}`).toMatch(/warning.*municipality-not-found/u);
}, 120_000);
