/**
 * `/jamfor/kolumn/<id>.html`: one document's column of the comparison, rendered at build time by
 * the same components as the page's table (through Astro's container), fetched by the page's
 * script when a reader adds the document.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CompareFragment from '../../../features/compare/components/CompareFragment.astro';
import { labelledColumn } from '../../../features/compare/column-headers.ts';
import { columnCells } from '../../../features/compare/comparison.ts';
import { compareSiteData, FRAGMENT_POLICY } from '../../../features/compare/site-data.ts';
import { getDocuments } from '../../../lib/documents.ts';

export const getStaticPaths = (async () => {
  const documents = await getDocuments();
  return documents.map((document) => ({ params: { id: document.id } }));
}) satisfies GetStaticPaths;

let container: Promise<AstroContainer> | undefined;

export const GET: APIRoute = async ({ params }) => {
  const documents = await getDocuments();
  const data = compareSiteData(documents);
  const document = documents.find((candidate) => candidate.id === params.id)!;
  const column = labelledColumn(document, data.labels.get(document.id));
  container ??= AstroContainer.create();
  const html = await (await container).renderToString(CompareFragment, {
    props: { column, rows: data.rows, cells: columnCells(document, data.rows), policy: FRAGMENT_POLICY },
  });
  return new Response(`<!doctype html>\n${html}`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
