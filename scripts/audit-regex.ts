/**
 * `npm run audit:regex`: recheck every regular expression of the parser and the taxonomy anew and
 * write the verdicts to `tests/support/regex-verdicts.json`, which the unit test trusts for
 * patterns that have not changed. Prints every pattern that is not safe, with its sites.
 */
import { collectPatterns, readVerdicts, verdictsOf, writeVerdicts } from '../tests/support/regex-audit.ts';

// `--unsafe`: recheck only the patterns the verdicts file does not call safe (and keep the rest).
const onlyUnsafe = process.argv.includes('--unsafe');
const cached = readVerdicts().verdicts;
const all = collectPatterns();
const patterns = onlyUnsafe ? all.filter((pattern) => cached[pattern.key]?.status !== 'safe') : all;
const started = Date.now();
let done = 0;
const verdicts = await verdictsOf(patterns, (pattern, verdict) => {
  done++;
  if (verdict.status !== 'safe') console.error(`${verdict.status}: ${pattern.key}  (${pattern.sites.join(', ')})`);
  if (done % 50 === 0) console.error(`${done}/${patterns.length} in ${Math.round((Date.now() - started) / 1000)} s`);
});
const kept = onlyUnsafe ? all.filter((pattern) => !verdicts.has(pattern.key) && cached[pattern.key]).map((pattern) => [pattern.key, cached[pattern.key]!] as const) : [];
writeVerdicts(Object.fromEntries([...kept, ...verdicts]));
const unsafe = patterns.filter((pattern) => verdicts.get(pattern.key)?.status !== 'safe');
console.log(`${patterns.length} patterns, ${unsafe.length} not safe, ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(0);
