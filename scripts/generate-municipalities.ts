/**
 * Writes the municipality list in `src/taxonomy/municipalities.ts` (the block between its
 * `generated` markers) from `src/data/kommuner.tsv`, after checking the TSV: 290 rows, unique
 * four-digit codes, one county per code prefix. Slugs come from `slugify`; where two names fold
 * alike (Habo, Håbo), the name spelt without diacritics keeps the plain slug and the others get
 * their code appended.
 *
 *   node_modules/.bin/node scripts/generate-municipalities.ts          # rewrite the block
 *   node_modules/.bin/node scripts/generate-municipalities.ts --check  # exit 1 if it is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { slugify } from '../src/taxonomy/municipalities.ts';
import type { Municipality } from '../src/taxonomy/municipalities.ts';

const TSV = fileURLToPath(new URL('../src/data/kommuner.tsv', import.meta.url));
const TARGET = fileURLToPath(new URL('../src/taxonomy/municipalities.ts', import.meta.url));
const EXPECTED_COUNT = 290;
const BLOCK = /(\/\/ <generated[^\n]*>\n)[\s\S]*?(\/\/ <\/generated>)/u;

type Row = Omit<Municipality, 'slug'>;

/** The rows of the TSV (header `kod kommun län`), checked; throws on anything unexpected. */
export function readRows(tsv: string): Row[] {
  const lines = tsv
    .normalize('NFC')
    .split(/\r\n|\r|\n/u)
    .filter((line) => line.trim() !== '');
  const [header, ...body] = lines;
  if (header?.split('\t').join('|') !== 'kod|kommun|län') throw new Error(`Unexpected TSV header: ${header}`);
  const rows = body.map((line, index) => {
    const [code, name, county, ...rest] = line.split('\t').map((cell) => cell.trim());
    if (!code || !/^\d{4}$/u.test(code) || !name || !county || rest.length > 0) {
      throw new Error(`Bad TSV row ${index + 2}: ${JSON.stringify(line)}`);
    }
    return { code, name, county };
  });
  if (rows.length !== EXPECTED_COUNT) throw new Error(`Expected ${EXPECTED_COUNT} municipalities, found ${rows.length}`);
  const counties = new Map<string, string>();
  const codes = new Set<string>();
  for (const row of rows) {
    if (codes.has(row.code)) throw new Error(`Duplicate code ${row.code}`);
    codes.add(row.code);
    const prefix = row.code.slice(0, 2);
    const county = counties.get(prefix) ?? row.county;
    if (county !== row.county) throw new Error(`Code ${row.code} (${row.name}) is in ${row.county}, its prefix in ${county}`);
    counties.set(prefix, county);
  }
  return rows;
}

/** Adds slugs, resolving names that fold alike (see the file comment). */
export function withSlugs(rows: readonly Row[]): Municipality[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(slugify(row.name), [...(groups.get(slugify(row.name)) ?? []), row]);
  return rows.map((row) => {
    const base = slugify(row.name);
    const group = groups.get(base) ?? [];
    const unfolded = group.filter((member) => member.name.toLowerCase().replace(/[^a-z0-9]+/gu, '-') === base);
    const keepsPlain = group.length === 1 || (unfolded.length === 1 && unfolded[0] === row);
    return { ...row, slug: keepsPlain ? base : `${base}-${row.code}` };
  });
}

function quote(text: string): string {
  return `'${text.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'")}'`;
}

/** The TypeScript of the generated block, markers excluded. */
export function renderBlock(municipalities: readonly Municipality[]): string {
  const entries = municipalities.map((m) => `  { code: ${quote(m.code)}, name: ${quote(m.name)}, county: ${quote(m.county)}, slug: ${quote(m.slug)} },`);
  return `export const MUNICIPALITIES: readonly Municipality[] = [\n${entries.join('\n')}\n];\n`;
}

function main(): void {
  const municipalities = withSlugs(readRows(readFileSync(TSV, 'utf8')));
  const slugs = new Set(municipalities.map((m) => m.slug));
  if (slugs.size !== municipalities.length) throw new Error('Slugs are not unique');
  const current = readFileSync(TARGET, 'utf8');
  if (!BLOCK.test(current)) throw new Error(`No generated block in ${TARGET}`);
  const next = current.replace(BLOCK, (_match, open: string, close: string) => `${open}${renderBlock(municipalities)}${close}`);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${TARGET} is out of date: run scripts/generate-municipalities.ts`);
      process.exit(1);
    }
    console.log(`${TARGET} is up to date (${municipalities.length} municipalities).`);
    return;
  }
  if (next !== current) writeFileSync(TARGET, next);
  console.log(`Wrote ${municipalities.length} municipalities to ${TARGET}${next === current ? ' (unchanged)' : ''}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
