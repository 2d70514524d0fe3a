/**
 * Example searches, chosen at build time from what the documents say, so that every example finds
 * something: the word each of the most named themes is most often written with (`vänort`,
 * `EU-projekt`), and the actors the documents give most duties to (`kommunstyrelsen`), taken in
 * turn and each kept only if the search engine itself, over the built index, finds the word in
 * some section (not only through its theme). The home page and the search page offer them.
 */
import type { PolicyDocument } from '../../../schema/policy-document.ts';
import { createSearcher, type Searcher } from '../worker/searcher.ts';
import { fold, lowerForm } from '../text.ts';
import { searchIndexFor, positionShardsFor } from './build-index.ts';
import { distinctTerms, themeOccurrences } from './theme-occurrences.ts';

/** Examples offered by default. */
export const EXAMPLE_COUNT = 4;
/** Shortest example, in letters: a word of two or three (`EU`) finds too much to show what search does. */
export const MIN_EXAMPLE_LETTERS = 4;

/** Is `term` long enough to be an example? */
const longEnough = (term: string) => (term.match(/[\p{L}\p{N}]/gu) ?? []).length >= MIN_EXAMPLE_LETTERS;

const collator = new Intl.Collator('sv');

/** Does a search for `query` find the words themselves somewhere? */
export function findsWords(searcher: Searcher, query: string): boolean {
  return searcher.search(query).hits.some((hit) => !hit.theme);
}

/** The words of the most named themes, one per theme, most named first (then in the taxonomy's order). */
export function themeCandidates(documents: readonly PolicyDocument[], searchable: (term: string) => boolean): string[] {
  return themeOccurrences(documents)
    .map((theme, order) => ({ theme, order }))
    .filter(({ theme }) => theme.documents > 0)
    .sort((a, b) => b.theme.documents - a.theme.documents || b.theme.postings.length - a.theme.postings.length || a.order - b.order)
    .flatMap(({ theme }) => distinctTerms(theme.terms, (term) => longEnough(term) && searchable(term), 1));
}

/** The actors with duties in the most documents, as the documents most often name them (lower case where they write it so). */
export function actorCandidates(documents: readonly PolicyDocument[]): string[] {
  const actors = new Map<string, { documents: Set<string>; spellings: Map<string, number> }>();
  for (const document of documents) {
    for (const responsibility of document.responsibilities) {
      const entry = actors.get(responsibility.actor.id) ?? { documents: new Set<string>(), spellings: new Map<string, number>() };
      entry.documents.add(document.id);
      const written = responsibility.actorText.normalize('NFC').trim();
      entry.spellings.set(written, (entry.spellings.get(written) ?? 0) + 1);
      actors.set(responsibility.actor.id, entry);
    }
  }
  return [...actors.values()]
    .sort((a, b) => b.documents.size - a.documents.size || collator.compare(mostUsed(a.spellings), mostUsed(b.spellings)))
    .map((entry) => {
      const spelling = mostUsed(entry.spellings);
      // `Kommunstyrelsen` at the start of a sentence is `kommunstyrelsen`; `KS` stays.
      return /^\p{Lu}\p{Ll}/u.test(spelling) ? lowerForm(spelling) : spelling;
    });
}

function mostUsed(spellings: ReadonlyMap<string, number>): string {
  return [...spellings].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))[0]![0];
}

/**
 * Up to `count` example searches for `documents`: theme words and actors in turn (two theme words,
 * an actor, and so on), each different from the others and each finding its words.
 */
export function searchExamples(documents: readonly PolicyDocument[], count = EXAMPLE_COUNT, searcher: Searcher = searcherFor(documents)): string[] {
  const searchable = (term: string) => findsWords(searcher, term);
  const themes = themeCandidates(documents, searchable);
  const actors = actorCandidates(documents);
  const chosen: string[] = [];
  const keys = new Set<string>();
  const take = (candidate: string | undefined): void => {
    if (candidate === undefined || chosen.length >= count) return;
    const key = fold(lowerForm(candidate));
    if (keys.has(key) || !longEnough(candidate) || !findsWords(searcher, candidate)) return;
    keys.add(key);
    chosen.push(candidate);
  };
  // Theme, theme, actor, theme, theme, actor, …: each list is read once, in order.
  let theme = 0;
  let actor = 0;
  while (chosen.length < count && (theme < themes.length || actor < actors.length)) {
    for (let turn = 0; turn < 2 && theme < themes.length; turn += 1) take(themes[theme++]);
    if (actor < actors.length) {
      const before = chosen.length;
      // The first actor that is a search of its own (not already among the examples).
      while (actor < actors.length && chosen.length === before) take(actors[actor++]);
    }
  }
  return chosen;
}

/**
 * An example of `ELLER`: two words of the most named theme that has two (`vänort ELLER
 * samarbetspart`), or null when no theme has.
 */
export function orExample(documents: readonly PolicyDocument[], searcher: Searcher = searcherFor(documents)): string | null {
  const searchable = (term: string) => findsWords(searcher, term);
  const themes = themeOccurrences(documents)
    .filter((theme) => theme.documents > 0)
    .sort((a, b) => b.documents - a.documents || b.postings.length - a.postings.length);
  for (const theme of themes) {
    const terms = distinctTerms(theme.terms, (term) => longEnough(term) && searchable(term), 2);
    if (terms.length === 2 && !terms.some((term) => /\s/u.test(term))) return `${terms[0]} ELLER ${terms[1]}`;
  }
  return null;
}

const searchers = new WeakMap<readonly PolicyDocument[], Searcher>();

/** A search engine over the index built from `documents` (with every word's positions), once per list. */
export function searcherFor(documents: readonly PolicyDocument[]): Searcher {
  let searcher = searchers.get(documents);
  if (!searcher) {
    searcher = createSearcher(searchIndexFor(documents), [], positionShardsFor(documents));
    searchers.set(documents, searcher);
  }
  return searcher;
}
