import type { APIRoute } from 'astro';
import { getDocuments } from '../../lib/documents.ts';
import { csvResponse } from '../../lib/csv/response.ts';
import { responsibilitiesCsv } from '../../lib/csv/responsibilities-csv.ts';

/** `responsibilities.csv`: one record per responsibility statement (columns in `src/lib/csv/responsibilities-csv.ts`). */
export const GET: APIRoute = async ({ site }) => csvResponse(responsibilitiesCsv(await getDocuments(), site));
