/**
 * Evidence for a category in what a text says, for text whose heading names none: the cues of
 * `src/taxonomy/categories.ts` (`Syftet med … är`, `ska bidra till`, `ansvarar för`, `följs upp`,
 * `vänort`, …), each counted once per sentence with its weight. The category whose evidence
 * weighs most, by a clear margin, is the text's; the strongest cue is kept to say why.
 */
import { CATEGORIES, type CategoryKey } from '../../taxonomy/categories.ts';
import { splitSentences } from '../text/sentences.ts';

export interface Evidence {
  readonly category: CategoryKey;
  readonly weight: number;
  /** The strongest cue found, as written (`syftar till`). */
  readonly cue: string;
}

const COMPILED = CATEGORIES.flatMap((category) =>
  category.cues.map(([source, weight]) => ({
    category: category.key as CategoryKey,
    weight,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu'),
  })),
);

/** The least total weight that decides a category. */
export const DECIDING_WEIGHT = 3;

/** The weight of each category's evidence in a text, sentence by sentence (a cue counts once per sentence). */
export function weighEvidence(text: string): Evidence[] {
  const totals = new Map<CategoryKey, { weight: number; cue: string; best: number }>();
  for (const sentence of splitSentences(text)) {
    for (const { category, weight, pattern } of COMPILED) {
      const match = pattern.exec(sentence);
      if (!match) continue;
      const total = totals.get(category) ?? { weight: 0, cue: match[0], best: 0 };
      total.weight += weight;
      if (weight > total.best) Object.assign(total, { cue: match[0], best: weight });
      totals.set(category, total);
    }
  }
  return [...totals].map(([category, { weight, cue }]) => ({ category, weight, cue })).sort((a, b) => b.weight - a.weight);
}

const ORDER = new Map(CATEGORIES.map((category, index) => [category.key as CategoryKey, index]));

/**
 * The category a text's evidence decides: the heaviest, if it weighs `DECIDING_WEIGHT` or more;
 * between equal weights, the one first in the taxonomy (the comparison's rows come first).
 */
export function decide(evidence: readonly Evidence[]): Evidence | undefined {
  const heaviest = evidence[0]?.weight ?? 0;
  if (heaviest < DECIDING_WEIGHT) return undefined;
  return evidence.filter((entry) => entry.weight === heaviest).sort((a, b) => ORDER.get(a.category)! - ORDER.get(b.category)!)[0];
}
