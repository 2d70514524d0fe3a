import type { APIRoute } from 'astro';
import { getDocuments } from '../../lib/documents.ts';
import { csvResponse } from '../../lib/csv/response.ts';
import { sectionsCsv } from '../../lib/csv/sections-csv.ts';

/** `sections.csv`: one record per section (columns in `src/lib/csv/sections-csv.ts`). */
export const GET: APIRoute = async ({ site }) => csvResponse(sectionsCsv(await getDocuments(), site));
