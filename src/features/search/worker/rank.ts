/**
 * How hits are ranked. A hit's score is the sum of its clauses' scores; a clause scores by how
 * closely the best word it found matches what was typed. The tiers are far enough apart that an
 * exact form always outranks a folded one, a folded one a longer word, and so on; where a word
 * stands (heading) and how often it occurs only order hits within a tier. A word of a document's
 * municipality (`hylte`) counts as found in every section of that document.
 */
import type { KeyMatch } from './vocabulary.ts';

export const TIER_SCORE = {
  /** The same word, spelt the same: `vänort` for `vänort`. */
  exact: 20,
  /** The same word but for diacritics: `vänort` for `vanort`. */
  folded: 16,
  /** A longer word starting with it: `vänortsavtal` for `vänort`. */
  prefix: 12,
  /** A compound containing it: `vänortssamarbete` for `samarbete`. */
  infix: 8,
  /** A word within the typo budget: `kommunstyrelsen` for `kommunstyrlsen`; less per edit. */
  fuzzy: 6,
} as const;

/** A prefix or infix match that also keeps the typed diacritics scores this much more. */
export const SAME_SPELLING_BONUS = 1;
/** Less per edit of a fuzzy match. */
export const FUZZY_EDIT_PENALTY = 1;
/** A word in the section's heading scores this much more (less than the gap between two tiers). */
export const HEADING_BONUS = 2;
/** Each further occurrence in the section adds this much, up to `MAX_COUNTED_OCCURRENCES`. */
export const OCCURRENCE_BONUS = 0.1;
export const MAX_COUNTED_OCCURRENCES = 5;

/** The score of finding the vocabulary `form` (reached through `match`) for the typed `typed` form. */
export function wordScore(match: Pick<KeyMatch, 'tier' | 'errors' | 'distance'>, form: string, typed: string): number {
  switch (match.tier) {
    case 'equal':
      return form === typed ? TIER_SCORE.exact : TIER_SCORE.folded;
    case 'prefix':
      return TIER_SCORE.prefix + (form.startsWith(typed) ? SAME_SPELLING_BONUS : 0);
    case 'infix':
      return TIER_SCORE.infix + (form.includes(typed) ? SAME_SPELLING_BONUS : 0);
    case 'fuzzy':
      // A compound of the corrected word counts a little less than the word itself.
      return Math.max(2, TIER_SCORE.fuzzy - FUZZY_EDIT_PENALTY * match.errors - 0.5 * (match.distance ?? 0));
  }
}

/** The bonus for `count` occurrences of a clause's words in a section. */
export function occurrenceBonus(count: number): number {
  return Math.min(Math.max(count - 1, 0), MAX_COUNTED_OCCURRENCES) * OCCURRENCE_BONUS;
}

/**
 * What a section that names a theme scores for words that name the theme but are not in it
 * (`index-data.ts`'s theme postings: `count * 2 + inHeading`): 1, a little more for each mention
 * and for the heading, always less than the least a word scores (`wordScore` gives at least 2).
 */
export function themeScore(code: number): number {
  return 1 + occurrenceBonus((code >> 1) + (code & 1)) + (code & 1 ? 0.4 : 0);
}

/** Hits on the words first, then theme hits; best first; equal scores in reading order (documents in Swedish order, sections as written). */
export function compareHits(a: { score: number; section: number; theme?: string }, b: { score: number; section: number; theme?: string }): number {
  return (a.theme ? 1 : 0) - (b.theme ? 1 : 0) || b.score - a.score || a.section - b.section;
}
