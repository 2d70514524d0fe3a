/**
 * Whether V8 runs recheck's attack on a pattern in linear time. recheck judges a pattern on its
 * own model of matching, which overestimates some (a one-character lookbehind, for one, which V8
 * tests in constant time), so its attack is run in V8 itself: once short and once ten times longer.
 * Linear time makes the longer search take about ten times as long, quadratic a hundred.
 *
 * A search that backtracks catastrophically cannot be interrupted, so each pattern is searched
 * in a worker thread that is ended when its time is up: a slow pattern is reported, never waited for.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Attack } from './regex-attack.ts';
import type { AttackJob, AttackTime } from './regex-attack-worker.ts';

/** The total length of the pumps in the short attack (characters). */
export const SHORT_PUMP_LENGTH = 2_000;
export const LENGTH_FACTOR = 10;
/** The longer search may take at most this many times as long: linear is 10, quadratic 100. */
export const MAX_RATIO = 30;
/** Below this a search time is noise (ms): a linear search through 20,000 characters takes well under it. */
export const NOISE_FLOOR_MS = 5;
/** The time one pattern gets for one pair of searches, the thread's start included (ms). */
export const DEFAULT_TIME_LIMIT_MS = 4_000;

export interface V8Timing {
  readonly linear: boolean;
  /** The short search, undefined if the time was up before it ended. */
  readonly short?: AttackTime;
  /** The longest search timed (ten times the short one, or a hundred when timed again), undefined if the time was up before it ended. */
  readonly long?: AttackTime;
  /** `0.20 ms → 31 ms at 10× the length (2001 → 20001 characters)`, the times of the second try after them, or which search ran out of time. */
  readonly summary: string;
}

/**
 * Time recheck's attack on the pattern in V8, short and ten times longer, in a worker ended after
 * `limitMs`. A pattern that fails is timed again on texts ten and a hundred times longer than the
 * short one (with twice the time), and judged over the hundredfold length: at most 30 × 30 = 900
 * times as long. V8's time is not smooth in the length (past some size the engine's backtracking
 * stack outgrows the processor's caches: a linear pattern was seen to take 1.7 ms at 2,000
 * characters, 26 ms at 20,000 and 905 ms at 200,000), and a busy machine can stall one search; a
 * quadratic pattern takes 10,000 times as long over the hundredfold length, or runs out of time.
 */
export async function timeAttackInV8(source: string, flags: string, attack: Attack, limitMs = DEFAULT_TIME_LIMIT_MS): Promise<V8Timing> {
  const pumpLength = attack.pumps.reduce((sum, { pump }) => sum + pump.length, 0) || 1;
  const repeats = Math.max(1, Math.round(SHORT_PUMP_LENGTH / pumpLength));
  const [short, long] = await runWithin({ source, flags, attack, repeats: [repeats, repeats * LENGTH_FACTOR], runs: 2 }, limitMs);
  if (!short) return { linear: false, summary: `the attack ${repeats} pumps long did not end within ${limitMs} ms` };
  if (long && isLinear(short, long, MAX_RATIO)) return { linear: true, short, long, summary: summary(short, long) };
  const [longer, longest] = await runWithin({ source, flags, attack, repeats: [repeats * LENGTH_FACTOR, repeats * LENGTH_FACTOR ** 2], runs: 2 }, 2 * limitMs);
  const first = long ? summary(short, long) : `${ms(short.ms)} at ${short.length} characters, ${LENGTH_FACTOR}× longer did not end within ${limitMs} ms`;
  if (!longer || !longest) return { linear: false, short, summary: `${first}; ${LENGTH_FACTOR}× and ${LENGTH_FACTOR ** 2}× longer did not both end within ${2 * limitMs} ms` };
  return { linear: isLinear(short, longest, MAX_RATIO ** 2), short, long: longest, summary: `${first}; ${ms(longer.ms)} → ${ms(longest.ms)} at ${longer.length} → ${longest.length} characters` };
}

const isLinear = (short: AttackTime, long: AttackTime, maxRatio: number) => long.ms <= NOISE_FLOOR_MS || long.ms <= maxRatio * short.ms;

const summary = (short: AttackTime, long: AttackTime) => `${ms(short.ms)} → ${ms(long.ms)} at ${LENGTH_FACTOR}× the length (${short.length} → ${long.length} characters)`;

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** The times the worker posted before it finished or its time was up. */
function runWithin(job: AttackJob, limitMs: number): Promise<AttackTime[]> {
  return new Promise((resolve, reject) => {
    const times: AttackTime[] = [];
    const worker = new Worker(new URL('./regex-attack-worker.ts', import.meta.url), { workerData: job });
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(times);
    };
    const timer = setTimeout(finish, limitMs);
    worker.on('message', (time: AttackTime) => {
      times.push(time);
      if (times.length === job.repeats.length) finish();
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** `work` over every item, a few at a time (one per core), results in the items' order. */
export async function inParallel<Item, Result>(items: readonly Item[], work: (item: Item) => Promise<Result>, concurrency = availableParallelism()): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}
