import type { NoiseCut, NoiseRule } from './types.ts';

/**
 * A short line repeated three times or more (a running header or footer of every page). The
 * first occurrence stays (it is often the title); the repeats are cut.
 */
const LIST_MARK = /^[-*•–]/u;

export const runningHeaders: NoiseRule = {
  id: 'running-header',
  reason: 'Sidhuvud eller sidfot som upprepas på varje sida.',
  find({ lines }) {
    const seen = new Map<string, number[]>();
    for (const line of lines) {
      const trimmed = line.text.trim();
      if (trimmed.length < 3 || trimmed.length > 80 || LIST_MARK.test(trimmed)) continue;
      const key = trimmed.toLowerCase();
      const occurrences = seen.get(key);
      if (occurrences) occurrences.push(line.line);
      else seen.set(key, [line.line]);
    }
    const cuts: NoiseCut[] = [];
    for (const occurrences of seen.values()) {
      if (occurrences.length < 3) continue;
      for (const line of occurrences.slice(1)) cuts.push({ ruleId: this.id, line });
    }
    return cuts;
  },
};
