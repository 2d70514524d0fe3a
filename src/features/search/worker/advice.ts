/**
 * What to tell a user whose search found nothing, most useful first: remove filters or exclusions
 * that hide hits, words that occur nowhere (with close words that do), what exists nearby (the
 * theme the words belong to and the words the documents use for it, each a search with hits),
 * fewer words, no quotes, spelling, and the comparison, where every section can be read.
 * Advice is plain data: the search worker makes it, the page renders it.
 */
import { routes } from '../../../lib/routes.ts';
import type { SearchOutcome, Searcher } from './searcher.ts';

/** Something to do about it: search for another query, clear the filters, or follow a link. */
export interface AdviceAction {
  readonly label: string;
  readonly query?: string;
  readonly clearFilters?: boolean;
  readonly href?: string;
}

export interface Advice {
  /** One Swedish sentence. */
  readonly text: string;
  /** What is offered with it, in order. */
  readonly actions?: readonly AdviceAction[];
}

/** At most this many of a theme's words are offered. */
export const NEARBY_TERMS = 5;

/** The query without its exclusions (`vänort -avtal` → `vänort`). */
export function withoutExclusions(typed: string): string {
  return typed
    .replace(/(^|\s)[-\u2212]+(["”“„«»][^"”“„«»]*["”“„«»]?|\S+)/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Advice for an empty result of `outcome` (searched as `typed`), `total` being the hits without filters. */
export function adviseEmpty(
  searcher: Pick<Searcher, 'suggest' | 'theme' | 'lexicon'>,
  outcome: SearchOutcome,
  typed: string,
  filtered: boolean,
  total: number,
): Advice[] {
  const advice: Advice[] = [];
  if (filtered && total > 0) {
    advice.push({ text: `Utan filtren finns ${total === 1 ? '1 träff' : `${total} träffar`}.`, actions: [{ label: 'Rensa filtren', clearFilters: true }] });
  }
  if (total === 0 && outcome.excludedCount > 0) {
    const count = outcome.excludedCount;
    advice.push({
      text: `${count === 1 ? '1 avsnitt' : `${count} avsnitt`} har orden men också ett ord du utesluter med minustecken.`,
      actions: [{ label: 'Sök utan uteslutningen', query: withoutExclusions(typed) }],
    });
  }
  for (const result of outcome.clauses) {
    if (result.sectionCount > 0) continue;
    const written = result.clause.text;
    if (result.clause.kind === 'term') {
      const [suggestion] = searcher.suggest(result.clause.words[0]!.key, 1);
      advice.push(
        suggestion
          ? {
              text: `Ordet ”${written}” finns inte i dokumenten. Menade du ”${suggestion}”?`,
              actions: [{ label: `Sök på ${suggestion}`, query: typed.replace(written, suggestion) }],
            }
          : { text: `Ordet ”${written}” finns inte i dokumenten.` },
      );
    } else if (result.clause.kind === 'phrase') {
      advice.push({
        text: `Frasen ”${result.clause.words.map((word) => word.form).join(' ')}” finns inte ordagrant. Ta bort citattecknen för att hitta orden var som helst i avsnittet.`,
      });
    } else {
      advice.push({ text: `”${written}” finns inte med orden i den ordningen. Skriv orden med mellanslag i stället.` });
    }
  }
  advice.push(...nearbyThemes(searcher, outcome));
  if (outcome.clauses.length > 1 && outcome.clauses.every((result) => result.sectionCount > 0)) {
    advice.push({ text: 'Orden finns, men inte alla i samma avsnitt. Sök på färre ord, eller skriv ELLER mellan dem.' });
  }
  advice.push({ text: 'Kontrollera stavningen, eller pröva ett annat eller kortare ord: ”vänort” hittar också ”vänortsavtal”.' });
  advice.push({
    text: 'Alla avsnitt går också att läsa sida vid sida, kategori för kategori.',
    actions: [{ label: 'Jämför dokumenten', href: routes.compare() }],
  });
  return advice;
}

/**
 * The themes the query names, or that its words not found are close to (`globala` → the theme
 * of `globala målen`): each with the words the documents use for it, as searches, and a link to
 * the theme's words on `/teman/`; a theme no document names says so.
 */
function nearbyThemes(searcher: Pick<Searcher, 'theme' | 'lexicon'>, outcome: SearchOutcome): Advice[] {
  const { lexicon } = searcher;
  const ids = new Set<string>(outcome.themes.map((theme) => theme.id));
  for (const result of outcome.clauses) {
    if (result.sectionCount > 0) continue;
    for (const word of result.clause.words) for (const index of lexicon.themesNear(word.key)) ids.add(lexicon.themes[index]!.id);
  }
  return [...ids]
    .sort((a, b) => lexicon.indexOf(a) - lexicon.indexOf(b))
    .slice(0, 2)
    .map((id) => {
      const label = lexicon.themes[lexicon.indexOf(id)]!.label;
      const theme = searcher.theme(id);
      const about = { label: `Orden för temat ${label}`, href: routes.themeWords(id) };
      if (!theme || theme.terms.length === 0) return { text: `Sökningen hör till temat ${label}, men inget av dokumenten nämner temat.`, actions: [about] };
      const terms = theme.terms.slice(0, NEARBY_TERMS);
      return {
        text: `Sökningen hör till temat ${label}. Dokumenten skriver om det med orden:`,
        actions: [...terms.map((term) => ({ label: term, query: term })), about],
      };
    });
}
