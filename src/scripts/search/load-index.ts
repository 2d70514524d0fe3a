/**
 * The search engine and its index are fetched only when search is used: the engine (with fuse.js)
 * as a separate chunk, the index as `/sok/index.json`, both at once.
 */
import type { Searcher } from '../../lib/search/searcher.ts';

/** Fetch the index at `url` and load it into a searcher; rejects with a Swedish message. */
export async function loadSearcher(url: string): Promise<Searcher> {
  const [engine, response] = await Promise.all([import('../../lib/search/searcher.ts'), fetch(url, { credentials: 'same-origin' })]);
  if (!response.ok) throw new Error(`Sökindexet kunde inte hämtas (svar ${response.status}).`);
  return engine.createSearcher(await response.json());
}
