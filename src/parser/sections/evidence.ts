/**
 * Evidence for a category in what a text says, for text whose heading names none: the cues of
 * `src/taxonomy/categories.ts` (`Syftet med … är`, `ska bidra till`, `ansvarar för`, `följs upp`,
 * `vänort`, …), each counted once per sentence with its weight. The category whose evidence
 * weighs most, by a clear margin, is the text's; the strongest cue is kept to say why.
 */
import { CATEGORIES, type CategoryKey } from '../../taxonomy/categories.ts';
import { explicitStatements } from '../responsibilities/clauses.ts';
import { matchesAnyOf } from '../text/any-of.ts';
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

/** Whether a sentence holds any cue, searched at once: most sentences hold none (`matchesAnyOf`). */
const anyCue = matchesAnyOf(COMPILED.map((cue) => cue.pattern));

/** The least total weight that decides a category. */
export const DECIDING_WEIGHT = 3;
/** A sentence that gives a named actor a task (`Kommunstyrelsen samordnar …`) is a statement of responsibility. */
const ACTOR_DUTY_WEIGHT = 4;

/** The weight of each category's evidence in one sentence (a cue counts once). */
export function weighSentence(sentence: string): Evidence[] {
  const found: Evidence[] = [];
  const add = (category: CategoryKey, weight: number, cue: string) => {
    const entry = found.find((evidence) => evidence.category === category);
    if (!entry) found.push({ category, weight, cue });
    else found[found.indexOf(entry)] = { category, weight: entry.weight + weight, cue: weight > entry.weight ? cue : entry.cue };
  };
  if (anyCue(sentence)) {
    for (const { category, weight, pattern } of COMPILED) {
      const match = pattern.exec(sentence);
      if (match) add(category, weight, match[0]);
    }
  }
  const duty = explicitStatements(sentence).find((statement) => statement.subject);
  if (duty) add('responsibility', ACTOR_DUTY_WEIGHT, duty.holders[0]?.actorText ?? '');
  return found.sort((a, b) => b.weight - a.weight);
}

/** The evidence of several sentences, summed by category. */
export function sumEvidence(all: readonly (readonly Evidence[])[]): Evidence[] {
  const totals = new Map<CategoryKey, Evidence>();
  for (const evidence of all.flat()) {
    const total = totals.get(evidence.category);
    totals.set(evidence.category, total ? { ...total, weight: total.weight + evidence.weight } : evidence);
  }
  return [...totals.values()].sort((a, b) => b.weight - a.weight);
}

/** The weight of each category's evidence in a text, sentence by sentence. */
export function weighEvidence(text: string): Evidence[] {
  return sumEvidence(splitSentences(text).map(weighSentence));
}

/** The least weight with which one sentence changes the subject of a paragraph: more than one word's mention. */
const CLEAR_WEIGHT = 4;

/** Does one sentence's evidence point one way alone: a statement (not a mere mention), heavier than every other category? */
export function isClear(evidence: readonly Evidence[]): boolean {
  const [first, second] = evidence;
  return first !== undefined && first.weight >= CLEAR_WEIGHT && (second === undefined || second.weight < first.weight);
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
