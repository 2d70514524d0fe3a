import type { APIRoute } from 'astro';
import { getDocuments } from '../../lib/documents.ts';
import { buildSearchIndex } from '../../lib/search/build-index.ts';

/** The search index (`src/lib/search/index-data.ts`), built once at build time; fetched by /sok/ only when search is used. */
export const GET: APIRoute = async () => {
  const index = buildSearchIndex(await getDocuments());
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
