import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments } from '../../../lib/documents.ts';
import { positionShardsFor } from '../../../features/search/build/build-index.ts';
import type { PositionShard } from '../../../features/search/positions.ts';

/**
 * Where each word stands (`src/features/search/positions.ts`), for the words beginning with the same two
 * letters: fetched by the search worker only for the words of a phrase or compound.
 */
export const getStaticPaths = (async () =>
  positionShardsFor(await getDocuments()).map((shard) => ({ params: { shard: shard.shard }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: PositionShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
