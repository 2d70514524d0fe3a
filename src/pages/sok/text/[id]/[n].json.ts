import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments } from '../../../../lib/documents.ts';
import { buildSectionTexts } from '../../../../features/search/build/build-index.ts';
import type { SectionText } from '../../../../features/search/index-data.ts';

/**
 * One section's text for search (`SectionText` in `src/features/search/index-data.ts`), at
 * `/sok/text/<document id>/<n>.json`: fetched by the search worker only for the hits shown, and
 * for the sections that may hold a phrase searched for.
 */
export const getStaticPaths = (async () =>
  (await getDocuments()).flatMap((document) =>
    buildSectionTexts(document).map((text) => ({ params: { id: document.id, n: String(text.i) }, props: { text } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: SectionText }> = ({ props }) =>
  new Response(JSON.stringify(props.text), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
