/**
 * The ReDoS audit of the parser's regular expressions (issue 11): every pattern that
 * `parser-patterns.ts` collects is checked with recheck. Verdicts are kept in
 * `tests/support/regex-verdicts.json` (pattern → verdict, with the recheck version), so the unit
 * test only checks new or changed patterns; `npm run audit:regex` recomputes them all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { constructedPatterns, scanSources, type ParserPattern } from './parser-patterns.ts';

export const VERDICTS_FILE = join(import.meta.dirname, 'regex-verdicts.json');
export const RECHECK_VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;

/** An input recheck built to show a pattern slow: each prefix, then its pump repeated, then the suffix. */
export interface Attack {
  readonly pumps: readonly { readonly prefix: string; readonly pump: string }[];
  readonly suffix: string;
}

export interface Verdict {
  readonly status: 'safe' | 'vulnerable' | 'unknown';
  /** For a vulnerable pattern: the attack recheck found, which the test runs in V8. */
  readonly attack?: Attack;
}

export interface VerdictFile {
  readonly recheck: string;
  /** `/source/flags` → verdict. */
  readonly verdicts: Record<string, Verdict>;
}

/** The attack with every pump repeated `times` times. */
export function attackString(attack: Attack, times: number): string {
  return attack.pumps.map(({ prefix, pump }) => prefix + pump.repeat(times)).join('') + attack.suffix;
}

export interface AuditedPattern {
  readonly key: string;
  readonly source: string;
  readonly flags: string;
  readonly sites: string[];
}

export const patternKey = (source: string, flags: string): string => `/${source}/${flags}`;

/** Every pattern of the parser and the taxonomy, once each, with every site that writes or builds it. */
export function collectPatterns(): AuditedPattern[] {
  const all: ParserPattern[] = [...scanSources().literals, ...constructedPatterns()];
  const byKey = new Map<string, AuditedPattern>();
  for (const pattern of all) {
    const key = patternKey(pattern.source, pattern.flags);
    const known = byKey.get(key);
    if (known) {
      if (!known.sites.includes(pattern.site)) known.sites.push(pattern.site);
    } else byKey.set(key, { key, source: pattern.source, flags: pattern.flags, sites: [pattern.site] });
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export function readVerdicts(): VerdictFile {
  try {
    const file = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as { recheck: string; verdicts: Record<string, Verdict | Verdict['status']> };
    if (file.recheck !== RECHECK_VERSION) return { recheck: RECHECK_VERSION, verdicts: {} };
    return { recheck: file.recheck, verdicts: Object.fromEntries(Object.entries(file.verdicts).map(([key, verdict]) => [key, typeof verdict === 'string' ? { status: verdict } : verdict])) };
  } catch {
    return { recheck: RECHECK_VERSION, verdicts: {} };
  }
}

export function writeVerdicts(verdicts: Record<string, Verdict>): void {
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(VERDICTS_FILE, `${JSON.stringify({ recheck: RECHECK_VERSION, verdicts: sorted }, null, 2)}\n`);
}

/**
 * recheck's verdict. Its automaton checker decides most patterns fast; one it cannot decide in
 * time (an `unknown`, usually from lookarounds) is fuzzed, and only a pattern both leave
 * undecided stays `unknown`.
 */
export async function verdictOf(source: string, flags: string): Promise<Verdict> {
  let diagnostics = await check(source, flags, { timeout: 10_000, randomSeed: 11 });
  if (diagnostics.status === 'unknown') diagnostics = await check(source, flags, { checker: 'fuzz', timeout: 20_000, randomSeed: 11 });
  if (diagnostics.status !== 'vulnerable') return { status: diagnostics.status };
  const { pumps, suffix } = diagnostics.attack;
  return { status: 'vulnerable', attack: { pumps: pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix } };
}

/** Check patterns a few at a time (recheck's agent runs them in parallel). */
export async function verdictsOf(patterns: readonly AuditedPattern[], onEach?: (pattern: AuditedPattern, verdict: Verdict) => void): Promise<Map<string, Verdict>> {
  const result = new Map<string, Verdict>();
  let next = 0;
  const worker = async () => {
    while (next < patterns.length) {
      const pattern = patterns[next++]!;
      const verdict = await verdictOf(pattern.source, pattern.flags);
      result.set(pattern.key, verdict);
      onEach?.(pattern, verdict);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return result;
}
