#!/usr/bin/env node
/**
 * `npm run parse -- FILE|FOLDER…`: parse text files and print the JSON array of DESIGN.md on stdout
 * (or write it with `--output FILE`; `npm run -s` keeps npm's own banner off stdout), one object
 * per file that could be parsed; diagnostics go to stderr as a linter prints them. A folder is read
 * as the build reads a content folder: its text files and subfolders, its `sources.json`, and a
 * warning for every entry not read. Exits 1 when a file could not be used (empty, binary, a second
 * copy of another, a `sources.json` that is not right).
 */
import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import { parseDocuments, planContentFolder, type ParsedFile } from '../src/loaders/parse-files.ts';
import type { SourceFacts } from '../src/parser/metadata/extract-metadata.ts';
import { hasFatal } from '../src/parser/diagnostics.ts';

const argv = process.argv.slice(2);
const outputIndex = argv.indexOf('--output');
const output = outputIndex === -1 ? undefined : argv[outputIndex + 1];
const args = outputIndex === -1 ? argv : argv.filter((_, index) => index !== outputIndex && index !== outputIndex + 1);
if (args.length === 0 || args.includes('--help') || (outputIndex !== -1 && !output)) {
  process.stderr.write('Användning: npm run -s parse -- FIL.txt|MAPP [FIL.txt|MAPP …] [--output UT.json]\n');
  process.exit(args.includes('--help') ? 0 : 2);
}
// npm runs scripts from the project folder; paths are meant from where the command was typed.
const base = process.env.INIT_CWD ?? process.cwd();
const paths = args.map((path) => resolve(base, path));
const isFolder = async (path: string) => (await stat(path).catch(() => null))?.isDirectory() === true;
const files: string[] = [];
const facts = new Map<string, SourceFacts>();
const reports: ParsedFile[] = [];
for (const path of paths) {
  if (!(await isFolder(path))) {
    files.push(path);
    continue;
  }
  const plan = await planContentFolder(path);
  files.push(...plan.documents);
  for (const [file, fact] of plan.facts) facts.set(file, fact);
  reports.push(...plan.reports);
}
const results = [...(await parseDocuments(files, (path) => facts.get(path) ?? {})), ...reports];
const documents = results.flatMap((result) => (result.document ? [result.document] : []));

const report = reporter(
  results.map((result) => result.file),
  { quiet: false },
);
if (report) process.stderr.write(`${report}\n`);
const json = `${JSON.stringify(documents, null, 2)}\n`;
if (output) await writeFile(resolve(base, output), json);
else process.stdout.write(json);
process.exitCode = results.some((result) => hasFatal(result.file)) ? 1 : 0;
