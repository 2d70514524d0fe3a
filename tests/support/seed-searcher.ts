/**
 * The search engine over the five real documents, as the browser's worker gets it: the index,
 * the section texts and the position shards each through JSON, as they travel from the build.
 */
import { buildPositionShards, buildSearchIndex, buildSectionTexts } from '../../src/features/search/build/build-index.ts';
import { createSearcher, type Searcher } from '../../src/features/search/worker/searcher.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';

const roundTrip = <T>(data: T): T => JSON.parse(JSON.stringify(data)) as T;

/** A searcher over `documents`, with what it is given passed through JSON as the site serves it. */
export function searcherOver(documents: readonly PolicyDocument[]): Searcher {
  return createSearcher(roundTrip(buildSearchIndex(documents)), roundTrip(documents.flatMap(buildSectionTexts)), roundTrip(buildPositionShards(documents)));
}
