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
import type { Attack } from './regex-attack.ts';

export { attackString, type Attack } from './regex-attack.ts';

/** Where `matchesAnyOf` builds its alternations of audited patterns. */
const ANY_OF_MODULE = 'src/parser/text/any-of.ts';

export const VERDICTS_FILE = join(import.meta.dirname, 'regex-verdicts.json');
export const RECHECK_VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }
).version;

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

export interface AuditedPattern {
  readonly key: string;
  readonly source: string;
  readonly flags: string;
  readonly sites: string[];
}

export const patternKey = (source: string, flags: string): string => `/${source}/${flags}`;

/** Every pattern of the parser and the taxonomy, once each, with every site that writes or builds it. */
export function collectPatterns(): AuditedPattern[] {
  // The alternations `matchesAnyOf` joins are linear when their parts are, and every part is audited on its own.
  const joined = (pattern: ParserPattern) => pattern.site.startsWith(`${ANY_OF_MODULE}:`);
  const all: ParserPattern[] = [...scanSources().literals, ...constructedPatterns().filter((pattern) => !joined(pattern))];
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
    return {
      recheck: file.recheck,
      verdicts: Object.fromEntries(Object.entries(file.verdicts).map(([key, verdict]) => [key, typeof verdict === 'string' ? { status: verdict } : verdict])),
    };
  } catch {
    return { recheck: RECHECK_VERSION, verdicts: {} };
  }
}

export function writeVerdicts(verdicts: Record<string, Verdict>): void {
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(VERDICTS_FILE, `${JSON.stringify({ recheck: RECHECK_VERSION, verdicts: sorted }, null, 2)}\n`);
}

/**
 * recheck's settings. recheck runs the strings its fuzzer builds on its own matcher, and by default
 * also stops a run after a wall-clock time (`attackTimeout`, `incubationTimeout`) and counts that
 * as a successful attack: on a loaded machine ordinary patterns then come out `vulnerable` (of the
 * 159 that the first audit, four at a time on two cores, did not call safe, 130 are safe without
 * those timeouts). Without them a verdict rests on the number of steps only, so the same seed gives
 * the same verdict on any machine; only the time a whole check may take still depends on the load.
 */
const RECHECK_SETTINGS = { randomSeed: 11, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;

/**
 * How long recheck may think. `quick` (the unit test, for new or changed patterns): its automaton
 * checker for 10 s (most patterns are decided in well under a second), then its fuzzer for 20 s.
 * `thorough` (`npm run audit:regex`) goes on to two minutes of the automaton checker and one of the
 * fuzzer for what is still undecided.
 */
export type Patience = 'quick' | 'thorough';
const CHECKS: Record<Patience, readonly { checker: 'auto' | 'fuzz' | 'automaton'; timeout: number }[]> = {
  quick: [
    { checker: 'auto', timeout: 10_000 },
    { checker: 'fuzz', timeout: 20_000 },
  ],
  thorough: [
    { checker: 'auto', timeout: 10_000 },
    { checker: 'fuzz', timeout: 20_000 },
    { checker: 'automaton', timeout: 120_000 },
    { checker: 'fuzz', timeout: 60_000 },
  ],
};

/** recheck's verdict: each check in turn until one decides (`unknown` is a pattern none could). */
export async function verdictOf(source: string, flags: string, patience: Patience = 'quick'): Promise<Verdict> {
  for (const { checker, timeout } of CHECKS[patience]) {
    const diagnostics = await check(source, flags, { ...RECHECK_SETTINGS, checker, timeout });
    if (diagnostics.status === 'safe') return { status: 'safe' };
    if (diagnostics.status === 'vulnerable') {
      const { pumps, suffix } = diagnostics.attack;
      return { status: 'vulnerable', attack: { pumps: pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix } };
    }
  }
  return { status: 'unknown' };
}

/** Check patterns two at a time (recheck's agent runs them in parallel; the machine has two cores). */
export async function verdictsOf(
  patterns: readonly AuditedPattern[],
  patience: Patience,
  onEach?: (pattern: AuditedPattern, verdict: Verdict) => void,
): Promise<Map<string, Verdict>> {
  const result = new Map<string, Verdict>();
  let next = 0;
  const worker = async () => {
    while (next < patterns.length) {
      const pattern = patterns[next++]!;
      const verdict = await verdictOf(pattern.source, pattern.flags, patience);
      result.set(pattern.key, verdict);
      onEach?.(pattern, verdict);
    }
  };
  await Promise.all(Array.from({ length: 2 }, worker));
  return result;
}
