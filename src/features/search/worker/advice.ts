/**
 * What to tell a user whose search found nothing, most useful first: remove filters that hide
 * hits, words that occur nowhere (with close words that do), fewer words, no quotes, spelling.
 * Advice is plain data: the search worker makes it, the page renders it.
 */
import type { SearchOutcome, Searcher } from './searcher.ts';

export interface Advice {
  /** One Swedish sentence. */
  readonly text: string;
  /** An action offered with it: search for another query, or clear the filters. */
  readonly action?: { readonly label: string; readonly query?: string; readonly clearFilters?: boolean };
}

/** Advice for an empty result of `outcome` (searched as `typed`), `total` being the hits without filters. */
export function adviseEmpty(searcher: Pick<Searcher, 'suggest'>, outcome: SearchOutcome, typed: string, filtered: boolean, total: number): Advice[] {
  const advice: Advice[] = [];
  if (filtered && total > 0) {
    advice.push({ text: `Utan filtren finns ${total === 1 ? '1 träff' : `${total} träffar`}.`, action: { label: 'Rensa filtren', clearFilters: true } });
  }
  for (const result of outcome.clauses) {
    if (result.sectionCount > 0) continue;
    const written = result.clause.text;
    if (result.clause.kind === 'term') {
      const [suggestion] = searcher.suggest(result.clause.words[0]!.key, 1);
      advice.push(
        suggestion
          ? { text: `Ordet ”${written}” finns inte i dokumenten. Menade du ”${suggestion}”?`, action: { label: `Sök på ${suggestion}`, query: typed.replace(written, suggestion) } }
          : { text: `Ordet ”${written}” finns inte i dokumenten.` },
      );
    } else if (result.clause.kind === 'phrase') {
      advice.push({ text: `Frasen ”${result.clause.words.map((word) => word.form).join(' ')}” finns inte ordagrant. Ta bort citattecknen för att hitta orden var som helst i avsnittet.` });
    } else {
      advice.push({ text: `”${written}” finns inte med orden i den ordningen. Skriv orden med mellanslag i stället.` });
    }
  }
  if (outcome.clauses.length > 1 && outcome.clauses.every((result) => result.sectionCount > 0)) {
    advice.push({ text: 'Orden finns, men inte alla i samma avsnitt. Sök på färre ord.' });
  }
  advice.push({ text: 'Kontrollera stavningen, eller pröva ett annat eller kortare ord: ”vänort” hittar också ”vänortsavtal”.' });
  return advice;
}
