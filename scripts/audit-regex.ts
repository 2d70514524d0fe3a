/**
 * `npm run audit:regex`: recheck every regular expression of the parser and the taxonomy anew and
 * write the verdicts to `tests/support/regex-verdicts.json`, which the unit test trusts for
 * patterns that have not changed. Prints every pattern that is not safe, with its sites.
 *
 * `-- --unsafe`: recheck only the patterns the verdicts file does not call safe (and new ones);
 * `-- --new`: only the patterns it has no verdict for (new or changed). The other verdicts are kept.
 */
import { collectPatterns, readVerdicts, verdictsOf, writeVerdicts } from '../tests/support/regex-audit.ts';

const cached = readVerdicts().verdicts;
const all = collectPatterns();
const patterns = process.argv.includes('--new')
  ? all.filter((pattern) => cached[pattern.key] === undefined)
  : process.argv.includes('--unsafe')
    ? all.filter((pattern) => cached[pattern.key]?.status !== 'safe')
    : all;
const started = Date.now();
let done = 0;
const verdicts = await verdictsOf(patterns, 'thorough', (pattern, verdict) => {
  done++;
  if (verdict.status !== 'safe') console.error(`${verdict.status}: ${pattern.key}  (${pattern.sites.join(', ')})`);
  if (done % 50 === 0) console.error(`${done}/${patterns.length} in ${Math.round((Date.now() - started) / 1000)} s`);
});
const kept = all.filter((pattern) => !verdicts.has(pattern.key) && cached[pattern.key]).map((pattern) => [pattern.key, cached[pattern.key]!] as const);
writeVerdicts(Object.fromEntries([...kept, ...verdicts]));
const unsafe = patterns.filter((pattern) => verdicts.get(pattern.key)?.status !== 'safe');
console.log(`${patterns.length} patterns rechecked, ${unsafe.length} not safe, ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(0);
