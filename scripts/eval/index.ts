/**
 * `npm run eval [-- --details] [-- FILE…]`: how well the parser reads real documents it was not
 * built on. Parses every excerpt of `tests/fixtures/real-world/` and compares it with the gold
 * annotations (`gold.json`), printing one row per file and the total: strict sentence accuracy,
 * accuracy at the level of the comparison's rows, sentences lost, boilerplate kept, metadata right,
 * headings found and responsibilities found. `--details` lists every sentence filed wrongly or
 * lost, the boilerplate kept, the metadata missed and the responsibilities missed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadRealWorld, REAL_WORLD } from './real-world.ts';
import { totals, type FileScore } from './score.ts';

const args = process.argv.slice(2);
const details = args.includes('--details');
const only = args.filter((arg) => !arg.startsWith('--'));
const scores = (await loadRealWorld(async (name) => new Uint8Array(await readFile(join(REAL_WORLD, name))))).filter(
  (score) => only.length === 0 || only.some((name) => score.file.includes(name)),
);

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)} %`);
const ratio = (part: number, whole: number) => `${part}/${whole}`;

function row(label: string, score: ReturnType<typeof totals>): string {
  return [
    label,
    String(score.sentences),
    percent(score.strict, score.sentences),
    percent(score.row, score.sentences),
    String(score.lost),
    ratio(score.boilerplateKept, score.boilerplate),
    ratio(score.metadataRight, score.metadata),
    ratio(score.headingsFound, score.headings),
    ratio(score.responsibilitiesFound, score.responsibilities),
  ].join(' | ');
}

console.log(`Real-world evaluation: ${scores.length} excerpts, gold in tests/fixtures/real-world/gold.json\n`);
console.log('| file | sentences | strict | rows | lost | boilerplate kept | metadata right | headings found | responsibilities found |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const score of scores) console.log(`| ${row(score.file, totals([score]))} |`);
console.log(`| ${row('**all**', totals(scores))} |`);

if (details) for (const score of scores) printDetails(score);

function printDetails(score: FileScore): void {
  const lines: string[] = [];
  for (const result of score.sentences) {
    if (result.strict) continue;
    const where = result.section ? `${result.section.category} (${result.section.heading ?? 'utan rubrik'})` : 'LOST';
    lines.push(`  ${result.row ? '~' : '✗'} want ${result.sentence.categories.join('|')}, got ${where}: ${result.sentence.text.slice(0, 90)}`);
  }
  for (const text of score.boilerplateKept) lines.push(`  boilerplate kept: ${text}`);
  for (const result of score.metadata) if (!result.right) lines.push(`  metadata ${result.field}: want ${result.expected}, got ${result.actual}`);
  for (const missed of score.responsibilitiesMissed) lines.push(`  responsibility missed: ${missed.actor} — ${missed.quote.slice(0, 80)}`);
  if (lines.length > 0) console.log(`\n${score.file}\n${lines.join('\n')}`);
}
