/**
 * The layers of src/, held by a test (after Starlight's `no-internal-barrel-imports` test): every
 * import of every source file is read with a small scanner (static `import … from`, `export … from`,
 * side-effect imports, `import()` and `new URL(…, import.meta.url)`), resolved, and checked against
 * the rules below. A failure lists file → import for each break.
 *
 * - the parser imports only the taxonomy, the schema, its own files and npm packages;
 * - the taxonomy and the schema import nothing of the site (only each other and npm packages);
 * - charts (`src/charts/`) import no feature;
 * - a feature (`src/features/<name>/`) imports no other feature: what two share lives in `src/lib/`,
 *   `src/ui/`, `src/charts/` or the taxonomy;
 * - shared code (`src/lib/`, `src/ui/`) imports no feature;
 * - nothing in src/ imports `node:` but the content loader (`src/loaders/`) and the build-only
 *   integration (`src/integrations/`, which writes `_headers` after the build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs|js)$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file names: `from '…'`, `import '…'`, `import('…')`, `new URL('…', import.meta.url)`. */
// biome-ignore lint/suspicious/noExportsInTest: the dependencies test reads imports with the same scanner.
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/gmu,
    /^\s*import\s*['"]([^'"]+)['"]/gmu,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu,
    /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/gu,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

interface Import {
  readonly from: string;
  readonly specifier: string;
  /** The imported file relative to the project, for a relative import. */
  readonly target: string | null;
}

const files = sourceFiles(join(ROOT, 'src')).map((file) => relative(ROOT, file).split('\\').join('/'));
const imports: Import[] = files.flatMap((from) =>
  importsOf(readFileSync(join(ROOT, from), 'utf8')).map((specifier) => ({
    from,
    specifier,
    target: specifier.startsWith('.')
      ? relative(ROOT, resolve(dirname(join(ROOT, from)), specifier.split('?')[0]!))
          .split('\\')
          .join('/')
      : null,
  })),
);

const under = (path: string | null, folder: string) => path?.startsWith(`${folder}/`);
const featureOf = (path: string | null) => (path && /^src\/features\/([^/]+)\//u.exec(path)?.[1]) ?? null;
const show = (found: readonly Import[]) => found.map((entry) => `${entry.from} → ${entry.specifier}`);

describe('layers', () => {
  test('the scanner reads every form of import', () => {
    const source = `import a from './a.ts';\nimport type { B } from "../b.ts";\nexport { c } from './c.ts';\nimport './d.css';\nconst e = await import('./e.ts');\nnew Worker(new URL('./f.ts', import.meta.url));\nimport {\n  g,\n} from 'g';`;
    expect(importsOf(source).sort()).toEqual(['../b.ts', './a.ts', './c.ts', './d.css', './e.ts', './f.ts', 'g'].sort());
    expect(imports.length).toBeGreaterThan(500);
  });

  test('the parser imports only the taxonomy, the schema, its own files and npm packages', () => {
    const broken = imports.filter(
      (entry) =>
        under(entry.from, 'src/parser') && entry.target !== null && !['src/parser', 'src/taxonomy', 'src/schema'].some((folder) => under(entry.target, folder)),
    );
    expect(show(broken)).toEqual([]);
  });

  test('the taxonomy and the schema import nothing of the site', () => {
    const broken = imports.filter(
      (entry) =>
        (under(entry.from, 'src/taxonomy') || under(entry.from, 'src/schema')) &&
        entry.target !== null &&
        !['src/taxonomy', 'src/schema'].some((folder) => under(entry.target, folder)),
    );
    expect(show(broken)).toEqual([]);
  });

  test('charts and shared code (src/lib/, src/ui/) import no feature', () => {
    const broken = imports.filter(
      (entry) => ['src/charts', 'src/lib', 'src/ui'].some((folder) => under(entry.from, folder)) && under(entry.target, 'src/features'),
    );
    expect(show(broken)).toEqual([]);
  });

  test('no feature imports another', () => {
    const broken = imports.filter(
      (entry) => featureOf(entry.from) !== null && featureOf(entry.target) !== null && featureOf(entry.from) !== featureOf(entry.target),
    );
    expect(show(broken)).toEqual([]);
  });

  test('nothing in src/ imports node: but the content loader and the build-only integration', () => {
    const broken = imports.filter(
      (entry) => entry.specifier.startsWith('node:') && !under(entry.from, 'src/loaders') && !under(entry.from, 'src/integrations'),
    );
    expect(show(broken)).toEqual([]);
  });
});
