import type { APIRoute } from 'astro';
import { getDocuments } from '../../lib/documents.ts';
import { searchIndexFor } from '../../features/search/build/build-index.ts';

/** What matching needs (`src/features/search/index-data.ts`), built once at build time; fetched by the search worker when search is first used. */
export const GET: APIRoute = async () => {
  const index = searchIndexFor(await getDocuments());
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
