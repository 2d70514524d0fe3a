/**
 * What the search page and the search worker say to each other (`postMessage`, structured clone:
 * plain data only). The page sends each query with an id that grows; the worker answers the latest
 * and may drop any request a later one has overtaken, and the page shows only the answers to the
 * last request it sent, so a slow answer never replaces a newer one. Hits come at once, from the
 * index; when their texts must be fetched first, their snippets follow in a second answer.
 */
import type { Advice } from './worker/advice.ts';
import type { FacetCounts, SearchFilters } from './filters.ts';
import type { HitText, HitView } from './worker/hit-view.ts';
import type { IdleReason } from './messages.ts';
import type { Correction, NamedTheme } from './worker/searcher.ts';

/** The first message: where the search data is. The worker starts fetching the index. */
export interface StartRequest {
  readonly type: 'start';
  /** `/sok/index.json` */
  readonly index: string;
  /** `/sok/text/` */
  readonly texts: string;
  /** `/sok/positioner/` */
  readonly positions: string;
}

/** Search for `text` (as typed), filter, and describe the hits `from` (inclusive) `to` (exclusive). */
export interface SearchRequest {
  readonly type: 'search';
  readonly id: number;
  readonly text: string;
  readonly filters: SearchFilters;
  /** Order the hits municipality by municipality (in Swedish order), each municipality's best first. */
  readonly group: boolean;
  readonly from: number;
  readonly to: number;
}

export type WorkerRequest = StartRequest | SearchRequest;

/** The query has nothing to search for (no words, or only single letters that match nothing). */
export interface IdleReply {
  readonly kind: 'idle';
  readonly id: number;
  readonly reason: IdleReason;
}

export interface ResultsReply {
  readonly kind: 'results';
  readonly id: number;
  /** The first hit described (0, or where "Visa fler träffar" continues). */
  readonly from: number;
  /** Hits that pass the filters. */
  readonly count: number;
  /** Hits without filters. */
  readonly total: number;
  readonly filtered: boolean;
  /** Some of the query was ignored (too long, too many words). */
  readonly truncated: boolean;
  /** Words found only with typos, and the words used instead. */
  readonly corrections: readonly Correction[];
  /** What to try instead, when nothing passed the filters. */
  readonly advice: readonly Advice[];
  /** The themes the query names (their `hits` before filters). */
  readonly themes: readonly NamedTheme[];
  /** Of the hits that pass the filters, those found through a theme (after the others). */
  readonly themeHits: number;
  /** Hits per municipality and per category (each counting the other group's filter only). */
  readonly counts: FacetCounts;
  /** The hits `from` to `from + hits.length`, ready to show. */
  readonly hits: readonly HitView[];
  /** The hits come without snippets, which follow in a `SnippetsReply` once their texts are fetched. */
  readonly snippetsFollow: boolean;
}

/** The snippets (and paragraph links and citations) of the hits of a `ResultsReply` that came without them, in the same order. */
export interface SnippetsReply {
  readonly kind: 'snippets';
  readonly id: number;
  /** The first hit they belong to (as the `ResultsReply`'s `from`). */
  readonly from: number;
  readonly texts: readonly HitText[];
}

export interface ErrorReply {
  readonly kind: 'error';
  readonly id: number;
  /** A Swedish sentence for the reader. */
  readonly message: string;
}

export type SearchReply = IdleReply | ResultsReply | SnippetsReply | ErrorReply;

/** Is `reply` the last the worker sends for its request? */
export function isFinalReply(reply: SearchReply): boolean {
  return reply.kind !== 'results' || !reply.snippetsFollow;
}
