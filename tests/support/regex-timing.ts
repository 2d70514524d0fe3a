/**
 * Whether V8 runs recheck's attack on a pattern in linear time. recheck judges a pattern on its
 * own model of matching, which overestimates some (a one-character lookbehind, for one, which V8
 * tests in constant time), so its attack is run in V8 itself: once short and once ten times longer.
 * Linear time makes the longer search take about ten times as long, quadratic a hundred.
 *
 * A search that backtracks catastrophically cannot be interrupted, so each pattern is searched
 * in a worker thread that is ended when its time is up: a slow pattern is reported, never waited for.
 * Times and limits are the worker's own CPU time, so a busy machine slows the test down but does
 * not change its verdicts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Attack } from './regex-attack.ts';
import type { AttackJob, AttackTime, WorkerReady } from './regex-attack-worker.ts';

/** The total length of the pumps in the short attack (characters). */
export const SHORT_PUMP_LENGTH = 2_000;
export const LENGTH_FACTOR = 10;
/** The longer search may take at most this many times as long: linear is 10, quadratic 100. */
export const MAX_RATIO = 30;
/** Below this a search time is noise (ms): a linear search through 20,000 characters takes well under it. */
export const NOISE_FLOOR_MS = 5;
/** The CPU time one pattern gets for one pair of searches (ms). */
export const DEFAULT_TIME_LIMIT_MS = 4_000;

export interface V8Timing {
  readonly linear: boolean;
  /** The short search, undefined if the time was up before it ended. */
  readonly short?: AttackTime;
  /** The ten times longer search, undefined if the time was up before it ended. */
  readonly long?: AttackTime;
  /** `0.20 ms → 31 ms at 10× the length (2001 → 20001 characters)`, or which search ran out of time. */
  readonly summary: string;
}

/**
 * Time recheck's attack on the pattern in V8, short and ten times longer, in a worker ended after
 * `limitMs` of CPU time. A pattern whose time rises too fast is timed once more and judged on the
 * faster time of each length (a collection of garbage or a neighbour thrashing the caches can slow
 * a search down, never speed it up); a super-linear pattern fails both times.
 */
export async function timeAttackInV8(source: string, flags: string, attack: Attack, limitMs = DEFAULT_TIME_LIMIT_MS): Promise<V8Timing> {
  const pumpLength = attack.pumps.reduce((sum, { pump }) => sum + pump.length, 0) || 1;
  const repeats = Math.max(1, Math.round(SHORT_PUMP_LENGTH / pumpLength));
  const job: AttackJob = { source, flags, attack, repeats: [repeats, repeats * LENGTH_FACTOR] };
  let [short, long] = await runWithin(job, limitMs);
  if (!short) return { linear: false, summary: `the attack ${repeats} pumps long did not end within ${limitMs} ms of CPU time` };
  if (!long)
    return {
      linear: false,
      short,
      summary: `${ms(short.ms)} at ${short.length} characters; ${LENGTH_FACTOR}× longer did not end within ${limitMs} ms of CPU time`,
    };
  if (!isLinear(short, long)) {
    const [shortAgain, longAgain] = await runWithin(job, limitMs);
    if (shortAgain && shortAgain.ms < short.ms) short = shortAgain;
    if (longAgain && longAgain.ms < long.ms) long = longAgain;
  }
  return {
    linear: isLinear(short, long),
    short,
    long,
    summary: `${ms(short.ms)} → ${ms(long.ms)} at ${LENGTH_FACTOR}× the length (${short.length} → ${long.length} characters)`,
  };
}

const isLinear = (short: AttackTime, long: AttackTime) => long.ms <= NOISE_FLOOR_MS || long.ms <= MAX_RATIO * short.ms;

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** How often the worker's CPU time is read (ms). */
const WATCH_INTERVAL_MS = 50;

/**
 * The times the worker posted before it finished or used up `limitMs` of CPU time searching. The
 * limit counts the worker's own CPU time, not the wall clock, for the reason its times do.
 */
function runWithin(job: AttackJob, limitMs: number): Promise<AttackTime[]> {
  return new Promise((resolve, reject) => {
    const times: AttackTime[] = [];
    const worker = new Worker(new URL('./regex-attack-worker.ts', import.meta.url), { workerData: job });
    let readyAfterMs: number | undefined;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(watch);
      void worker.terminate();
      resolve(times);
    };
    const watch = setInterval(() => {
      if (readyAfterMs === undefined) return;
      const started = readyAfterMs;
      worker.cpuUsage().then(
        ({ user, system }) => {
          if ((user + system) / 1000 - started > limitMs) finish();
        },
        () => undefined, // the worker has just ended
      );
    }, WATCH_INTERVAL_MS);
    worker.on('message', (message: AttackTime | WorkerReady) => {
      if ('readyAfterMs' in message) {
        readyAfterMs = message.readyAfterMs;
        return;
      }
      times.push(message);
      if (times.length === job.repeats.length) finish();
    });
    worker.on('error', (error) => {
      done = true;
      clearInterval(watch);
      reject(error);
    });
  });
}

/** `work` over every item, a few at a time (one per core), results in the items' order. */
export async function inParallel<Item, Result>(
  items: readonly Item[],
  work: (item: Item) => Promise<Result>,
  concurrency = availableParallelism(),
): Promise<Result[]> {
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
