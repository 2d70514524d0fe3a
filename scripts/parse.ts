/**
 * `npm run parse -- FILE…`: parse any text files and print the JSON array of DESIGN.md on stdout,
 * one object per file that could be parsed, in argument order; diagnostics go to stderr as a
 * linter prints them. Exits 1 when a file could not be parsed at all (empty, binary).
 */
import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import { parseFiles } from '../src/node/parse-files.ts';

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help')) {
  process.stderr.write('Användning: npm run parse -- FIL.txt [FIL.txt …]\n');
  process.exit(args.length === 0 ? 2 : 0);
}
// npm runs scripts from the project folder; paths are meant from where the command was typed.
const base = process.env.INIT_CWD ?? process.cwd();
const results = await parseFiles(args.map((path) => resolve(base, path)));
const report = reporter(results.map((result) => result.file), { quiet: false });
if (report) process.stderr.write(`${report}\n`);
process.stdout.write(`${JSON.stringify(results.flatMap((result) => (result.document ? [result.document] : [])), null, 2)}\n`);
process.exitCode = results.some((result) => result.document === null) ? 1 : 0;
