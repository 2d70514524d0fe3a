/**
 * Runs in a worker thread started by `regex-timing.ts`: times one search of a pattern through
 * recheck's attack at each length asked for, and posts each time as soon as it is known, so the
 * thread can be ended at any moment (a catastrophic search cannot be interrupted otherwise).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { attackString, type Attack } from './regex-attack.ts';

export interface AttackJob {
  readonly source: string;
  readonly flags: string;
  readonly attack: Attack;
  /** How many times each pump is repeated, one timing per entry, in this order. */
  readonly repeats: readonly number[];
  /** Searches per length; the fastest counts (the first search of a pattern also compiles it). */
  readonly runs: number;
}

export interface AttackTime {
  readonly repeats: number;
  readonly length: number;
  readonly ms: number;
}

const job = workerData as AttackJob;
// The whole text is searched from its start, as `exec` without `g` or `y` does. A sticky pattern is
// searched too: the parser may try it at every position, and a search tries them all (recheck judges
// a sticky pattern at its first position only, so this is the stricter test).
const regex = new RegExp(job.source, job.flags.replace(/[gy]/gu, ''));
for (const repeats of job.repeats) {
  const text = attackString(job.attack, repeats);
  let fastest = Infinity;
  for (let run = 0; run < job.runs; run++) {
    const start = performance.now();
    regex.exec(text);
    fastest = Math.min(fastest, performance.now() - start);
  }
  parentPort!.postMessage({ repeats, length: text.length, ms: fastest } satisfies AttackTime);
}
