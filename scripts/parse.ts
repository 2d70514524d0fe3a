/**
 * `npm run parse -- FILE…`: parse any text files and print the JSON array of DESIGN.md on stdout
 * (or write it with `--output FILE`; `npm run -s` keeps npm's own banner off stdout),
 * one object per file that could be parsed, in argument order; diagnostics go to stderr as a
 * linter prints them. Exits 1 when a file could not be parsed at all (empty, binary).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import { parseFiles } from '../src/node/parse-files.ts';

const argv = process.argv.slice(2);
const outputIndex = argv.indexOf('--output');
const output = outputIndex === -1 ? undefined : argv[outputIndex + 1];
const args = outputIndex === -1 ? argv : argv.filter((_, index) => index !== outputIndex && index !== outputIndex + 1);
if (args.length === 0 || args.includes('--help') || (outputIndex !== -1 && !output)) {
  process.stderr.write('Användning: npm run -s parse -- FIL.txt [FIL.txt …] [--output UT.json]\n');
  process.exit(args.includes('--help') ? 0 : 2);
}
// npm runs scripts from the project folder; paths are meant from where the command was typed.
const base = process.env.INIT_CWD ?? process.cwd();
const results = await parseFiles(args.map((path) => resolve(base, path)));
const report = reporter(results.map((result) => result.file), { quiet: false });
if (report) process.stderr.write(`${report}\n`);
const json = `${JSON.stringify(results.flatMap((result) => (result.document ? [result.document] : [])), null, 2)}\n`;
if (output) await writeFile(resolve(base, output), json);
else process.stdout.write(json);
process.exitCode = results.some((result) => result.document === null) ? 1 : 0;
