/**
 * Runs in a worker thread started by `regex-timing.ts`: times one search of a pattern through
 * recheck's attack at each length asked for, and posts each time as soon as it is known, so the
 * thread can be ended at any moment (a catastrophic search cannot be interrupted otherwise). Times
 * are the thread's own CPU time: on a busy machine a search also waits for a core, and a long
 * search waits longer than a short one, which made linear patterns look super-linear (26 → 905 ms
 * by the wall clock from 20,000 to 200,000 characters at a load of 20 on two cores; 8 → 84 ms of
 * CPU time). The CPU clock ticks coarsely, so a search is repeated until the time is long enough.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { attackString, type Attack } from './regex-attack.ts';

export interface AttackJob {
  readonly source: string;
  readonly flags: string;
  readonly attack: Attack;
  /** How many times each pump is repeated, one timing per entry, in this order. */
  readonly repeats: readonly number[];
}

export interface AttackTime {
  readonly repeats: number;
  readonly length: number;
  /** CPU time of one search (ms). */
  readonly ms: number;
}

/** Posted before the first search: the thread's CPU time spent starting (ms), from which the time limit counts. */
export interface WorkerReady {
  readonly readyAfterMs: number;
}

/** The CPU time a measurement lasts at least: the thread's clock moves in steps of up to 4 ms (ms). */
const MIN_MEASURED_MS = 20;

const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** The CPU time of one search through `text`, after a first one (which also compiles the pattern). */
function searchTime(regex: RegExp, text: string): number {
  regex.exec(text);
  const start = cpuMs();
  let searches = 0;
  let elapsed = 0;
  do {
    regex.exec(text);
    searches++;
    elapsed = cpuMs() - start;
  } while (elapsed < MIN_MEASURED_MS);
  return elapsed / searches;
}

const job = workerData as AttackJob;
// The whole text is searched from its start, as `exec` without `g` or `y` does. A sticky pattern is
// searched too: the parser may try it at every position, and a search tries them all (recheck judges
// a sticky pattern at its first position only, so this is the stricter test).
const regex = new RegExp(job.source, job.flags.replace(/[gy]/gu, ''));
parentPort!.postMessage({ readyAfterMs: cpuMs() } satisfies WorkerReady);
for (const repeats of job.repeats) {
  const text = attackString(job.attack, repeats);
  parentPort!.postMessage({ repeats, length: text.length, ms: searchTime(regex, text) } satisfies AttackTime);
}
