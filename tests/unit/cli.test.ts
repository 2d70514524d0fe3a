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
