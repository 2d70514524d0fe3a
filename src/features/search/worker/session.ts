/**
 * Answering the page's search requests, as the search worker does: load the index once, fetch what
 * a query needs (the positions of its phrases' words, the texts of the hits shown) and nothing
 * more, keep what was fetched, and describe the hits: at once from the index, and their snippets
 * as soon as their texts are in. Where the data comes from
 * is injected, so the same code runs in the worker (over `fetch`) and in tests (over built data).
 */
import { adviseEmpty } from './advice.ts';
import { applyFilters, facetCounts, hasFilters } from '../filters.ts';
import { describeHit, describeHitWithoutSnippets, hitText, textForHits } from './hit-view.ts';
import type { SearchIndexData } from '../index-data.ts';
import type { SearchReply, SearchRequest } from '../protocol.ts';
import { Searcher, type SearchHit, type SearchOutcome } from './searcher.ts';

/** The hits municipality by municipality, in Swedish order of name; within one, in the order given (best first). */
export function groupByMunicipality(searcher: Pick<Searcher, 'municipalityRank'>, hits: readonly SearchHit[]): SearchHit[] {
  return hits
    .map((hit, order) => ({ hit, order, rank: searcher.municipalityRank(hit.section) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((entry) => entry.hit);
}

export interface SearchSources {
  /** The index, parsed (`/sok/index.json`). */
  index(): Promise<unknown>;
  /** One section's text, parsed (`/sok/text/<document id>/<position>.json`). */
  text(documentId: string, position: number): Promise<unknown>;
  /** One shard of word positions, parsed (`/sok/positioner/<shard>.json`). */
  positions(shard: string): Promise<unknown>;
}

export class SearchSession {
  readonly #sources: SearchSources;
  #searcher: Promise<Searcher> | undefined;
  /** Texts being fetched, by section index. */
  readonly #fetching = new Map<number, Promise<void>>();
  /** Position shards being fetched, by name. */
  readonly #fetchingShards = new Map<string, Promise<void>>();
  #last: { text: string; outcome: SearchOutcome } | undefined;

  readonly #settle: () => Promise<void>;

  /**
   * `settle`: waited for after the hits are answered and before their texts are fetched, so that
   * while someone types, the texts of hits that the next keystroke replaces are not fetched at all.
   */
  constructor(sources: SearchSources, settle: () => Promise<void> = () => Promise.resolve()) {
    this.#sources = sources;
    this.#settle = settle;
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
   * Answer `request`: the hits, with their snippets if their texts are at hand, or else without,
   * and then their snippets. Stops as soon as `superseded()` turns true while waiting for data (a
   * later request has come: its answers are the ones that count). Throws if data cannot be fetched.
   */
  async *answer(request: SearchRequest, superseded: () => boolean = () => false): AsyncGenerator<SearchReply> {
    const searcher = await this.searcher();
    if (superseded()) return;
    await this.#fetchPositions(searcher, searcher.positionsNeeded(request.text));
    if (superseded()) return;
    const outcome = this.#search(searcher, request.text);
    const { clauses } = outcome.query;
    if (clauses.length === 0) return yield { kind: 'idle', id: request.id, reason: outcome.query.excluded.length > 0 ? 'only-excluded' : 'no-words' };
    if (outcome.hits.length === 0 && clauses.every((clause) => clause.kind === 'term' && clause.words[0]!.key.length < 2))
      return yield { kind: 'idle', id: request.id, reason: 'too-short' };

    const filteredHits = applyFilters(searcher, outcome.hits, request.filters);
    const hits = request.group ? groupByMunicipality(searcher, filteredHits) : filteredHits;
    const shown = hits.slice(request.from, request.to);
    const filtered = hasFilters(request.filters);
    const missing = textForHits(searcher, shown);
    yield {
      kind: 'results',
      id: request.id,
      from: request.from,
      count: hits.length,
      total: outcome.hits.length,
      filtered,
      truncated: outcome.query.truncated,
      corrections: outcome.clauses.flatMap((result) => result.corrections),
      advice: hits.length === 0 ? adviseEmpty(searcher, outcome, request.text, filtered, outcome.hits.length) : [],
      themes: outcome.themes,
      themeHits: hits.reduce((count, hit) => count + (hit.theme ? 1 : 0), 0),
      counts: facetCounts(searcher, outcome.hits, request.filters),
      hits: shown.map((hit) => (missing.length === 0 ? describeHit : describeHitWithoutSnippets)(searcher, outcome, hit)),
      snippetsFollow: missing.length > 0,
    };
    if (missing.length === 0) return;
    await this.#settle();
    if (superseded()) return;
    await this.#fetchTexts(searcher, missing);
    if (superseded()) return;
    yield { kind: 'snippets', id: request.id, from: request.from, texts: shown.map((hit) => hitText(searcher, outcome, hit)) };
  }

  #search(searcher: Searcher, text: string): SearchOutcome {
    if (this.#last?.text !== text) this.#last = { text, outcome: searcher.search(text) };
    return this.#last.outcome;
  }

  /** Fetch the position shards named (each once, however many requests wait for it). */
  async #fetchPositions(searcher: Searcher, shards: readonly string[]): Promise<void> {
    await Promise.all(
      shards.map((shard) => {
        let fetching = this.#fetchingShards.get(shard);
        if (!fetching) {
          fetching = this.#sources.positions(shard).then(
            (data) => {
              this.#fetchingShards.delete(shard);
              searcher.addPositions(shard, data);
            },
            (error: unknown) => {
              this.#fetchingShards.delete(shard);
              throw error;
            },
          );
          this.#fetchingShards.set(shard, fetching);
        }
        return fetching;
      }),
    );
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
