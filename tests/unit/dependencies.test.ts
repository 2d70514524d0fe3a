/**
 * Every package the code imports is declared in package.json: what the site needs to build and run
 * (imported by a value import under src/, or by astro.config.mjs) in `dependencies`; tools (tests,
 * scripts, types) may be in `devDependencies`. A type-only import of `mdast` or `unist` is declared
 * by its `@types/` package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
const devDependencies = new Set(Object.keys(manifest.devDependencies ?? {}));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === '__snapshots__' ? [] : sourceFiles(path);
    return /\.(ts|astro|mjs|js)$/u.test(entry.name) ? [path] : [];
  });
}

interface PackageImport {
  readonly file: string;
  readonly name: string;
  readonly typeOnly: boolean;
}

/** The package of a bare specifier (`fuse.js/basic` → `fuse.js`, `@types/x/y` → `@types/x`), or null for a relative path, `node:`, `astro:`, a virtual module. */
function packageName(specifier: string): string | null {
  if (/^(\.|\/|node:|astro:|virtual:)/u.test(specifier) || builtinModules.includes(specifier)) return null;
  // Not a package name (a placeholder such as `import('…')` in a comment).
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/|$)/u.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function packageImports(file: string): PackageImport[] {
  const source = readFileSync(file, 'utf8');
  const found: PackageImport[] = [];
  for (const match of source.matchAll(
    /^\s*(import|export)(\s+type)?\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gmu,
  )) {
    const specifier = match[3] ?? match[4] ?? match[5]!;
    const name = packageName(specifier);
    if (name) found.push({ file: relative(ROOT, file).split('\\').join('/'), name, typeOnly: match[2] !== undefined });
  }
  return found;
}

const declaredAs = (name: string): string => (name.startsWith('@types/') ? name : `@types/${name}`);
const all = [
  ...['src', 'scripts', 'tests'].flatMap((folder) => sourceFiles(join(ROOT, folder))),
  join(ROOT, 'astro.config.mjs'),
  join(ROOT, 'vitest.config.ts'),
].flatMap(packageImports);

describe('dependencies', () => {
  test('every imported package is declared in package.json', () => {
    const undeclared = all.filter(
      (entry) => !dependencies.has(entry.name) && !devDependencies.has(entry.name) && !(entry.typeOnly && devDependencies.has(declaredAs(entry.name))),
    );
    expect(undeclared.map((entry) => `${entry.file}: ${entry.name}`)).toEqual([]);
  });

  test('what the site needs to build and run is in dependencies, not devDependencies', () => {
    const runtime = all.filter((entry) => (entry.file.startsWith('src/') || entry.file === 'astro.config.mjs') && !entry.typeOnly);
    expect(runtime.length).toBeGreaterThan(10);
    expect(runtime.filter((entry) => !dependencies.has(entry.name)).map((entry) => `${entry.file}: ${entry.name}`)).toEqual([]);
  });

  test('a package in dependencies is one the site imports (tools belong in devDependencies)', () => {
    const used = new Set(all.filter((entry) => entry.file.startsWith('src/') || entry.file === 'astro.config.mjs').map((entry) => entry.name));
    expect([...dependencies].filter((name) => !used.has(name))).toEqual([]);
  });
});
