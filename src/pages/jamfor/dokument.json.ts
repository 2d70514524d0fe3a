/**
 * `/jamfor/dokument.json`: every document the comparison can show (id, column label,
 * municipality, county, title, type, decision year), for the picker. Fetched when a reader first
 * opens the picker, and only when the page does not already hold every document.
 */
import type { APIRoute } from 'astro';
import { compareSiteData } from '../../features/compare/site-data.ts';
import { getDocuments } from '../../lib/documents.ts';

export const GET: APIRoute = async () => {
  const { catalog } = compareSiteData(await getDocuments());
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
