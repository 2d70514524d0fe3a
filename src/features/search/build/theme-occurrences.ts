/**
 * Where the documents name each theme, at build time, by the taxonomy's own patterns
 * (`findThemeMatches`, as `/teman/` counts them): per theme, the sections that name it (numbered
 * across documents, as the search index numbers them) and the words that do, with how often each
 * is written how. The search index keeps the sections and the most used words; the examples on
 * the home page and the search page are chosen from the words.
 */
import type { PolicyDocument } from '../../../schema/policy-document.ts';
import { THEMES, findThemeMatches, type ThemeId } from '../../../taxonomy/themes.ts';
import type { Posting } from '../index-data.ts';
import { fold, lowerForm } from '../text.ts';

export interface ThemeTerm {
  /** The word (or words) as most often written, lower case where the text has it so (`vänort`, `ICLD`). */
  readonly text: string;
  /** How often the documents use it. */
  readonly count: number;
}

export interface ThemeOccurrence {
  readonly id: ThemeId;
  /** The sections that name the theme, ascending: `count` mentions in the text, and whether the heading names it. */
  readonly postings: readonly Posting[];
  /** How many documents name it. */
  readonly documents: number;
  /** Every word that names it, most used first (then in Swedish order). */
  readonly terms: readonly ThemeTerm[];
}

const collator = new Intl.Collator('sv');

const cache = new WeakMap<readonly PolicyDocument[], readonly ThemeOccurrence[]>();

/** The occurrences of every theme in `documents` (in the index's order), in the taxonomy's order, themes no section names included. Computed once per list. */
export function themeOccurrences(documents: readonly PolicyDocument[]): readonly ThemeOccurrence[] {
  const known = cache.get(documents);
  if (known) return known;
  const found = THEMES.map((theme) => ({
    id: theme.id as ThemeId,
    postings: [] as Posting[],
    documents: new Set<number>(),
    spellings: new Map<string, Map<string, number>>(),
  }));
  let section = 0;
  documents.forEach((document, documentIndex) => {
    for (const current of document.sections) {
      const heading = current.heading ?? '';
      // As `/teman/` reads a section: its heading, then its text.
      const text = `${heading}\n${current.text}`;
      for (const theme of found) {
        const matches = findThemeMatches(text, theme.id);
        if (matches.length === 0) continue;
        const inHeading = matches.some((match) => match.start < heading.length);
        theme.postings.push({ section, count: matches.filter((match) => match.start > heading.length).length, inHeading });
        theme.documents.add(documentIndex);
        for (const match of matches) {
          const written = match.text.normalize('NFC');
          const lower = lowerForm(written);
          const spellings = theme.spellings.get(lower) ?? new Map<string, number>();
          spellings.set(written, (spellings.get(written) ?? 0) + 1);
          theme.spellings.set(lower, spellings);
        }
      }
      section += 1;
    }
  });
  const occurrences = found.map((theme) => ({
    id: theme.id,
    postings: theme.postings,
    documents: theme.documents.size,
    terms: [...theme.spellings.values()]
      .map((spellings) => ({ text: preferredSpelling(spellings), count: [...spellings.values()].reduce((sum, count) => sum + count, 0) }))
      .sort((a, b) => b.count - a.count || collator.compare(a.text, b.text)),
  }));
  cache.set(documents, occurrences);
  return occurrences;
}

/** The spelling to show: lower case if the text ever writes it so (a capital is then the start of a sentence), else the most used. */
function preferredSpelling(spellings: ReadonlyMap<string, number>): string {
  const lower = [...spellings.keys()].find((spelling) => spelling === spelling.toLowerCase());
  if (lower !== undefined) return lower;
  return [...spellings].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))[0]![0];
}

/**
 * The theme's words worth offering, one per stem (`vänort` stands for `vänorter` and
 * `vänortsavtal`): the stems most used (with all the words they start) first, only those that
 * `searchable` accepts, at most `limit`.
 */
export function distinctTerms(terms: readonly ThemeTerm[], searchable: (term: string) => boolean, limit: number): string[] {
  const keyed = terms.map((term) => ({ term, key: fold(lowerForm(term.text)) }));
  const family = (key: string) => keyed.reduce((sum, other) => sum + (other.key.startsWith(key) ? other.term.count : 0), 0);
  const ranked = keyed
    .map((entry) => ({ ...entry, family: family(entry.key) }))
    .sort((a, b) => b.family - a.family || b.term.count - a.term.count || collator.compare(a.term.text, b.term.text))
    .map((entry) => entry.term);
  const kept: string[] = [];
  const keys: string[] = [];
  for (const term of ranked) {
    if (kept.length >= limit) break;
    const key = fold(lowerForm(term.text));
    if (keys.some((other) => key.startsWith(other) || other.startsWith(key))) continue;
    if (!searchable(term.text)) continue;
    kept.push(term.text);
    keys.push(key);
  }
  return kept;
}
