/**
 * Every regular expression of the parser, for the ReDoS audit (`tests/unit/regex-audit.test.ts`):
 * the literals written in `src/parser` and `src/taxonomy`, read with the TypeScript compiler's
 * API, and the patterns built there with `new RegExp(…)`, recorded while the parser runs
 * (`record-constructed-patterns.ts`). Each comes with the file and line that wrote it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { API } from 'typescript/unstable/sync';
import { SyntaxKind, type Node, type SourceFile } from 'typescript/unstable/ast';
import type { ConstructedPattern } from './record-constructed-patterns.ts';

export interface ParserPattern {
  readonly source: string;
  readonly flags: string;
  /** `src/parser/lines.ts:28`. */
  readonly site: string;
}

const ROOT = join(import.meta.dirname, '..', '..');
export const PATTERN_FOLDERS = ['src/parser', 'src/taxonomy'] as const;

export function parserSourceFiles(): string[] {
  return PATTERN_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(ROOT, folder, name))
      .sort(),
  );
}

export interface SourceScan {
  /** Every regular-expression literal. */
  readonly literals: readonly ParserPattern[];
  /** Every place that builds a pattern at run time: `new RegExp(…)` or `RegExp(…)`. */
  readonly constructorSites: readonly string[];
}

/** Read every file of the parser and the taxonomy with the compiler and list its patterns. */
export function scanSources(): SourceScan {
  const api = new API({ cwd: ROOT });
  try {
    const project = api.updateSnapshot({ openProject: join(ROOT, 'tsconfig.json') }).getProjects()[0];
    if (!project) throw new Error('tsconfig.json opened no project');
    const literals: ParserPattern[] = [];
    const constructorSites: string[] = [];
    for (const path of parserSourceFiles()) {
      const file = project.program.getSourceFile(path);
      if (!file) throw new Error(`${path} is not part of the TypeScript project`);
      const site = (node: Node) => `${relative(ROOT, path)}:${lineOf(file, node)}`;
      const visit = (node: Node): void => {
        if (node.kind === SyntaxKind.RegularExpressionLiteral) {
          const text = (node as Node & { text: string }).text;
          const end = text.lastIndexOf('/');
          literals.push({ source: text.slice(1, end), flags: text.slice(end + 1), site: site(node) });
        } else if (buildsRegExp(node)) {
          constructorSites.push(site(node));
        }
        node.forEachChild(visit);
      };
      visit(file);
    }
    return { literals, constructorSites };
  } finally {
    api.close();
  }
}

function buildsRegExp(node: Node): boolean {
  if (node.kind !== SyntaxKind.NewExpression && node.kind !== SyntaxKind.CallExpression) return false;
  const callee = (node as Node & { expression: Node & { text?: string } }).expression;
  return callee.kind === SyntaxKind.Identifier && callee.text === 'RegExp';
}

/** The 1-based line of a node's first token (its position skips no leading trivia, so skip it here). */
function lineOf(file: SourceFile, node: Node): number {
  const text = file.text;
  let at = node.pos;
  for (;;) {
    const rest = text.slice(at, at + 2);
    if (/^\s/u.test(rest)) at++;
    else if (rest === '//') at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    else if (rest === '/*') at = text.indexOf('*/', at) + 2;
    else break;
  }
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < at; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** The patterns built with `new RegExp(…)`, recorded in a child process while the parser loads and runs. */
export function constructedPatterns(): ConstructedPattern[] {
  const output = execFileSync(process.execPath, [join(import.meta.dirname, 'record-constructed-patterns.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as ConstructedPattern[];
}
