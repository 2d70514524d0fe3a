import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocumentSource, getDocuments } from '../../../lib/documents.ts';

export const getStaticPaths = (async () => {
  const documents = await getDocuments();
  return documents.map((document) => ({ params: { id: document.id } }));
}) satisfies GetStaticPaths;

/** The source text exactly as received, decoded when the document was loaded, as UTF-8 so that any browser shows it right. */
export const GET: APIRoute = async ({ params }) => {
  return new Response(await getDocumentSource(params.id!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
