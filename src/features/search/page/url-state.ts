/**
 * The search page's state in its URL, so a search can be shared:
 * `?q=vänort&kommun=hylte,tyreso&k=ansvar&del=styrdokument&grupp=kommun`. `kommun`, `k` and `del`
 * take comma-separated URL keys (repeated parameters are read too); `grupp=kommun` groups the hits
 * by municipality; unknown parameters and values are ignored; reading never throws.
 */
import type { SearchFilters } from '../filters.ts';
import { wellFormed } from '../text.ts';

export interface SearchState extends SearchFilters {
  readonly query: string;
  /** Hits grouped by municipality. */
  readonly group: boolean;
}

/** The URL parameter of each filter group, and of the grouping. */
export const STATE_PARAMS = { municipalities: 'kommun', categories: 'k', parts: 'del', group: 'grupp' } as const;
/** The value of `grupp` that groups by municipality. */
export const GROUP_BY_MUNICIPALITY = 'kommun';

const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/u;

function keys(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => KEY.test(value));
  return [...new Set(values)];
}

/** Read the state from a URL's search part (`?q=…`, with or without the `?`). */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: params.get('q') ?? '',
    municipalities: keys(params, STATE_PARAMS.municipalities),
    categories: keys(params, STATE_PARAMS.categories),
    parts: keys(params, STATE_PARAMS.parts),
    group: keys(params, STATE_PARAMS.group).includes(GROUP_BY_MUNICIPALITY),
  };
}

/** The search part for a state (`?q=v%C3%A4nort&kommun=hylte,tyreso`), or `''` when there is nothing to keep. */
export function writeSearchState(state: SearchState): string {
  const parts: string[] = [];
  if (state.query !== '') parts.push(`q=${encodeURIComponent(wellFormed(state.query)).replace(/%20/gu, '+')}`);
  const list = (values: readonly string[]) => values.filter((value) => KEY.test(value)).join(',');
  if (list(state.municipalities)) parts.push(`${STATE_PARAMS.municipalities}=${list(state.municipalities)}`);
  if (list(state.categories)) parts.push(`${STATE_PARAMS.categories}=${list(state.categories)}`);
  if (list(state.parts)) parts.push(`${STATE_PARAMS.parts}=${list(state.parts)}`);
  if (state.group) parts.push(`${STATE_PARAMS.group}=${GROUP_BY_MUNICIPALITY}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
