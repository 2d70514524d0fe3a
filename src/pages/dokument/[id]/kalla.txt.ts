import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments } from '../../../lib/documents.ts';
import { contentDirectory } from '../../../loaders/parse-files.ts';
import { readSourceBytes } from '../../../loaders/source-file.ts';
import { decodeDocument } from '../../../parser/decode.ts';
import type { PolicyDocument } from '../../../schema/policy-document.ts';

export const getStaticPaths = (async () => {
  const documents = await getDocuments();
  return documents.map((document) => ({ params: { id: document.id }, props: { document } }));
}) satisfies GetStaticPaths;

/** The source text exactly as received, re-encoded as UTF-8 so that any browser shows it right. */
export const GET: APIRoute<{ document: PolicyDocument }> = async ({ props }) => {
  const decoded = decodeDocument(await readSourceBytes(props.document, contentDirectory()));
  if (!decoded.ok) throw new Error(`${props.document.source.file}: ${decoded.reason}`);
  return new Response(decoded.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
