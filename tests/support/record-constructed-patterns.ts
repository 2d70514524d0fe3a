/**
 * Run by `parser-patterns.ts` in a child process (plain Node, whose type stripping keeps every
 * line where it is written): records each regular expression the parser builds with
 * `new RegExp(…)`, with the file and line that built it, and prints them as JSON. Every module of
 * `src/parser` and `src/taxonomy` is loaded (patterns built when a module loads) and the real and
 * hostile documents are parsed (patterns built on first use).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ConstructedPattern {
  readonly source: string;
  readonly flags: string;
  /** `src/parser/…/file.ts:line` of the `new RegExp` that built it. */
  readonly site: string;
}

const ROOT = join(import.meta.dirname, '..', '..');
const SCANNED = ['src/parser', 'src/taxonomy'];
const DOCUMENTS = ['content', 'tests/fixtures/hostile', 'tests/fixtures/real-world'];

const recorded = new Map<string, ConstructedPattern>();
const NativeRegExp = RegExp;

/** The first stack frame in a scanned folder: the line that called `new RegExp`. */
function callSite(): string | undefined {
  for (const frame of new Error().stack?.split('\n').slice(1) ?? []) {
    const match = /\((file:\/\/[^()]+):(\d+):\d+\)$|at (file:\/\/\S+):(\d+):\d+$/u.exec(frame.trim());
    if (!match) continue;
    const file = relative(ROOT, new URL(match[1] ?? match[3]!).pathname);
    if (SCANNED.some((folder) => file.startsWith(`${folder}/`))) return `${file}:${match[2] ?? match[4]}`;
  }
  return undefined;
}

globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    const made = Reflect.construct(target, args, newTarget) as RegExp;
    const site = callSite();
    if (site !== undefined) recorded.set(`${site}\u0000${made.source}\u0000${made.flags}`, { source: made.source, flags: made.flags, site });
    return made;
  },
});

const modules = SCANNED.flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ROOT, folder, name)),
);
for (const path of modules) await import(pathToFileURL(path).href);

const { parsePolicyDocument } = await import(pathToFileURL(join(ROOT, 'src/parser/parse-document.ts')).href);
for (const folder of DOCUMENTS) {
  for (const name of readdirSync(join(ROOT, folder)).filter((file) => file.endsWith('.txt'))) {
    await parsePolicyDocument(new Uint8Array(readFileSync(join(ROOT, folder, name))), { path: name });
  }
}

process.stdout.write(JSON.stringify([...recorded.values()]));
