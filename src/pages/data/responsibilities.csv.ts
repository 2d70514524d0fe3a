import type { APIRoute } from 'astro';
import { getDocuments } from '../../lib/documents.ts';
import { csvResponse } from '../../features/data/response.ts';
import { responsibilitiesCsv } from '../../features/data/responsibilities-csv.ts';

/** `responsibilities.csv`: one record per responsibility statement (columns in `src/features/data/responsibilities-csv.ts`). */
export const GET: APIRoute = async ({ site }) => csvResponse(responsibilitiesCsv(await getDocuments(), site));
