/**
 * `npm run audit:regex:v8`: for every pattern of the parser and the taxonomy that recheck does not
 * call safe (verdicts from `tests/support/regex-verdicts.json`), run recheck's attack in V8, short
 * and ten times longer, each pattern in a worker thread ended after a few seconds (as the unit test
 * `regex-audit` does), and print which are truly super-linear in V8, with the file and line of every
 * site. Exits 1 if any is.
 *
 * `-- --all` prints every timing, not only the super-linear ones.
 */
import { collectPatterns, readVerdicts } from '../tests/support/regex-audit.ts';
import { inParallel, timeAttackInV8 } from '../tests/support/regex-timing.ts';

const printAll = process.argv.includes('--all');
const verdicts = readVerdicts().verdicts;
const notSafe = collectPatterns().filter((pattern) => verdicts[pattern.key]?.status !== 'safe');
const started = Date.now();

const results = await inParallel(notSafe, async (pattern) => {
  const verdict = verdicts[pattern.key];
  const timing = verdict?.attack ? await timeAttackInV8(pattern.source, pattern.flags, verdict.attack) : undefined;
  return { pattern, status: verdict?.status ?? 'not checked', timing };
});

const superLinear = results.filter(({ timing }) => timing && !timing.linear);
const withoutAttack = results.filter(({ timing }) => !timing);
for (const { pattern, timing } of results) {
  if (!timing || (!printAll && timing.linear)) continue;
  console.log(`${timing.linear ? 'linear' : 'SUPER-LINEAR'}: ${timing.summary}\n  ${pattern.key}\n  ${pattern.sites.join(', ')}`);
}
// Undecided patterns have no attack (see UNDECIDED in tests/unit/regex-audit.test.ts); new ones have
// no verdict yet (`npm run audit:regex -- --new`).
for (const { pattern, status } of withoutAttack) console.log(`${status}, no attack to run (judge by hand):\n  ${pattern.key}\n  ${pattern.sites.join(', ')}`);
console.log(
  `${notSafe.length} patterns not called safe by recheck: ${results.length - superLinear.length - withoutAttack.length} linear in V8, ${superLinear.length} super-linear, ${withoutAttack.length} without an attack; ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(superLinear.length > 0 ? 1 : 0);
