import type { APIRoute } from 'astro';
import { documentsJson } from '../../features/data/downloads.ts';
import { getDocuments } from '../../lib/documents.ts';

/** The public data: one object per document, in the shape of DESIGN.md (`src/schema/policy-document.ts`). */
export const GET: APIRoute = async () => new Response(documentsJson(await getDocuments()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
