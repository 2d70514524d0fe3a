/**
 * `npm run bench:parse [-- FOLDER]`: how fast the parser is on real documents. Parses every `.txt`
 * file of the folder (default `content/`) once to warm up, then repeatedly for at least two
 * seconds, and prints per-document and total times and documents per second.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listDocumentFiles } from '../../src/node/parse-files.ts';
import { parsePolicyDocument } from '../../src/parser/parse-document.ts';

const folder = process.argv[2] ?? 'content';
const files = await listDocumentFiles(folder);
const inputs = await Promise.all(files.map(async (path) => ({ path, bytes: new Uint8Array(await readFile(path)) })));

for (const input of inputs) await parsePolicyDocument(input.bytes, { path: input.path });

const perDocument = new Map<string, number[]>();
const rounds: number[] = [];
const started = performance.now();
while (performance.now() - started < 2000 || rounds.length < 5) {
  const roundStart = performance.now();
  for (const input of inputs) {
    const start = performance.now();
    await parsePolicyDocument(input.bytes, { path: input.path });
    perDocument.set(input.path, [...(perDocument.get(input.path) ?? []), performance.now() - start]);
  }
  rounds.push(performance.now() - roundStart);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows = inputs.map((input) => [basename(input.path), `${(input.bytes.length / 1024).toFixed(1)} KiB`, `${median(perDocument.get(input.path)!).toFixed(2)} ms`]);
console.log(`Parser benchmark: ${inputs.length} documents from ${folder}, ${rounds.length} rounds, Node ${process.versions.node}\n`);
console.log('| file | size | median parse time |\n|---|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const all = median(rounds);
console.log(`\nAll ${inputs.length} documents together: median ${all.toFixed(1)} ms per round → ${((inputs.length / all) * 1000).toFixed(0)} documents per second.`);
