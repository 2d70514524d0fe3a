import type { APIRoute } from 'astro';
import { getDocuments } from '../../lib/documents.ts';
import { csvResponse } from '../../features/data/response.ts';
import { sectionsCsv } from '../../features/data/sections-csv.ts';

/** `sections.csv`: one record per section (columns in `src/features/data/sections-csv.ts`). */
export const GET: APIRoute = async ({ site }) => csvResponse(sectionsCsv(await getDocuments(), site));
