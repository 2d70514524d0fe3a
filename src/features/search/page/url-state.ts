/**
 * The search page's state in its URL, so a search can be shared: `?q=vänort&kommun=hylte,tyreso&k=ansvar`.
 * `kommun` and `k` take comma-separated URL keys (repeated parameters are read too); unknown
 * parameters are ignored; reading never throws.
 */
import type { SearchFilters } from '../filters.ts';
import { wellFormed } from '../text.ts';

export interface SearchState extends SearchFilters {
  readonly query: string;
}

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
  return { query: params.get('q') ?? '', municipalities: keys(params, 'kommun'), categories: keys(params, 'k') };
}

/** The search part for a state (`?q=v%C3%A4nort&kommun=hylte,tyreso`), or `''` when there is nothing to keep. */
export function writeSearchState(state: SearchState): string {
  const parts: string[] = [];
  if (state.query !== '') parts.push(`q=${encodeURIComponent(wellFormed(state.query)).replace(/%20/gu, '+')}`);
  const list = (values: readonly string[]) => values.filter((value) => KEY.test(value)).join(',');
  if (list(state.municipalities)) parts.push(`kommun=${list(state.municipalities)}`);
  if (list(state.categories)) parts.push(`k=${list(state.categories)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
