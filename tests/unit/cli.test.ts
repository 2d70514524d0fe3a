/** `npm run parse -- FILE…` as a person uses it: JSON on stdout, diagnostics on stderr, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { policyDocumentSchema } from '../../src/schema/policy-document.ts';
import { CONTENT, SEEDS } from '../support/parse.ts';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/parse.ts', ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: process.cwd() } });

test('prints one validated document per file, in argument order, and exits 0', () => {
  const result = run(join(CONTENT, SEEDS.tyreso), join(CONTENT, SEEDS.eksjo));
  expect(result.status).toBe(0);
  const documents = JSON.parse(result.stdout) as unknown[];
  expect(documents.map((document) => policyDocumentSchema.parse(document).municipality)).toEqual(['Tyresö', 'Eksjö']);
  expect(result.stderr).toMatch(/5:1\s+warning\s+Beslutsdatumet är en platshållare.*adoption-date-placeholder/u);
});

test('a file that is not text: one line naming file and reason on stderr, exit 1, the others still printed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parse-cli-'));
  const empty = join(folder, 'tom.txt');
  writeFileSync(empty, '');
  const result = run(empty, join(CONTENT, SEEDS.eksjo));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('tom.txt');
  expect(result.stderr).toMatch(/error\s+Filen är tom\.\s+empty-file/u);
  expect((JSON.parse(result.stdout) as { municipality: string }[]).map((document) => document.municipality)).toEqual(['Eksjö']);
});

test('--output writes the JSON to a file; no arguments is a usage error', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parse-cli-'));
  const out = join(folder, 'ut.json');
  expect(run(join(CONTENT, SEEDS.hylte), '--output', out).status).toBe(0);
  expect((JSON.parse(readFileSync(out, 'utf8')) as { id: string }[])[0]!.id).toBe('hylte');
  const usage = run();
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('Användning');
});

test('the bin entry (npx styrdokument-parse FILE…) prints nothing but JSON on stdout; a missing file is one line naming it, the others are printed, exit 1', () => {
  const bin = join(process.cwd(), 'node_modules', '.bin');
  const result = spawnSync('npx', ['--no-install', 'styrdokument-parse', join(CONTENT, SEEDS.hylte), 'finns-inte.txt'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  expect(result.status).toBe(1);
  expect(result.stdout.trimStart().startsWith('[')).toBe(true);
  expect((JSON.parse(result.stdout) as { id: string }[]).map((document) => document.id)).toEqual(['hylte']);
  expect(result.stderr.split('\n').filter((line) => line.includes('finns-inte.txt'))).toHaveLength(1);
  expect(result.stderr).toMatch(/error\s+Filen kunde inte läsas/u);
}, 60_000);
