/**
 * Answering the page's search requests, as the search worker does: load the index once, fetch the
 * text a query needs (the sections that may hold its phrases, then the hits shown) and nothing
 * more, keep what was fetched, and describe the hits. Where the data comes from
 * is injected, so the same code runs in the worker (over `fetch`) and in tests (over built data).
 */
import { adviseEmpty } from './advice.ts';
import { applyFilters, facetCounts, hasFilters } from './filters.ts';
import { describeHit, textForHits } from './hit-view.ts';
import type { SearchIndexData } from './index-data.ts';
import type { SearchReply, SearchRequest } from './protocol.ts';
import { Searcher, type SearchOutcome } from './searcher.ts';

export interface SearchSources {
  /** The index, parsed (`/sok/index.json`). */
  index(): Promise<unknown>;
  /** One section's text, parsed (`/sok/text/<document id>/<position>.json`). */
  text(documentId: string, position: number): Promise<unknown>;
}

export class SearchSession {
  readonly #sources: SearchSources;
  #searcher: Promise<Searcher> | undefined;
  /** Texts being fetched, by section index. */
  readonly #fetching = new Map<number, Promise<void>>();
  #last: { text: string; outcome: SearchOutcome } | undefined;

  constructor(sources: SearchSources) {
    this.#sources = sources;
  }

  /** The searcher, once the index is loaded; a failed load is tried again on the next call. */
  searcher(): Promise<Searcher> {
    this.#searcher ??= this.#sources.index().then(
      (data) => new Searcher(data as SearchIndexData),
      (error: unknown) => {
        this.#searcher = undefined;
        throw error;
      },
    );
    return this.#searcher;
  }

  /**
   * Answer `request`, or `null` if `superseded()` turns true while waiting for data (a later
   * request has come: its answer is the one that counts). Rejects if data cannot be fetched.
   */
  async answer(request: SearchRequest, superseded: () => boolean = () => false): Promise<SearchReply | null> {
    const searcher = await this.searcher();
    if (superseded()) return null;
    await this.#fetchTexts(searcher, searcher.textNeeded(request.text));
    if (superseded()) return null;
    const outcome = this.#search(searcher, request.text);
    const { clauses } = outcome.query;
    if (clauses.length === 0) return { kind: 'idle', id: request.id, reason: 'no-words' };
    if (outcome.hits.length === 0 && clauses.every((clause) => clause.kind === 'term' && clause.words[0]!.key.length < 2)) return { kind: 'idle', id: request.id, reason: 'too-short' };

    const hits = applyFilters(searcher, outcome.hits, request.filters);
    const shown = hits.slice(request.from, request.to);
    await this.#fetchTexts(searcher, textForHits(searcher, shown));
    if (superseded()) return null;
    const filtered = hasFilters(request.filters);
    return {
      kind: 'results',
      id: request.id,
      from: request.from,
      count: hits.length,
      total: outcome.hits.length,
      filtered,
      truncated: outcome.query.truncated,
      corrections: outcome.clauses.flatMap((result) => result.corrections),
      advice: hits.length === 0 ? adviseEmpty(searcher, outcome, request.text, filtered, outcome.hits.length) : [],
      counts: facetCounts(searcher, outcome.hits, request.filters),
      hits: shown.map((hit) => describeHit(searcher, outcome, hit)),
    };
  }

  #search(searcher: Searcher, text: string): SearchOutcome {
    if (this.#last?.text !== text) this.#last = { text, outcome: searcher.search(text) };
    return this.#last.outcome;
  }

  /** Fetch the texts of `sections` (each once, however many requests wait for it). */
  async #fetchTexts(searcher: Searcher, sections: readonly number[]): Promise<void> {
    await Promise.all(
      sections.map((section) => {
        let fetching = this.#fetching.get(section);
        if (!fetching) {
          const { documentId, position } = searcher.texts.address(section);
          fetching = this.#sources.text(documentId, position).then(
            (data) => {
              this.#fetching.delete(section);
              searcher.texts.add(section, data);
            },
            (error: unknown) => {
              this.#fetching.delete(section);
              throw error;
            },
          );
          this.#fetching.set(section, fetching);
        }
        return fetching;
      }),
    );
  }
}
