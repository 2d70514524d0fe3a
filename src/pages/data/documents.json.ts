import type { APIRoute } from 'astro';
import { getDocuments } from '../../lib/documents.ts';

/** The public data: one object per document, in the shape of DESIGN.md (`src/schema/policy-document.ts`). */
export const GET: APIRoute = async () => {
  const documents = await getDocuments();
  return new Response(JSON.stringify(documents, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
