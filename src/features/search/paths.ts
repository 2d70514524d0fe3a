/**
 * Where the search data is published (`src/pages/sok/`), in one place: the page names them in its
 * markup, the worker fetches them, and the page-weight benchmark counts them.
 */
import { routes } from '../../lib/routes.ts';

/** What matching needs (`SearchIndexData`). */
export const SEARCH_INDEX_PATH = routes.searchIndex();

/** The folder of the sections' texts (`SectionText`), a folder per document and a file per section. */
export const SEARCH_TEXT_FOLDER = routes.searchTexts();

/** The text of a document's `position`-th section (from 0): `/sok/text/hylte/4.json`. */
export function sectionTextPath(documentId: string, position: number, folder = SEARCH_TEXT_FOLDER): string {
  return `${folder}${encodeURIComponent(documentId)}/${position}.json`;
}

/** The folder of the shards of word positions (`PositionShard`), for phrases and compounds. */
export const SEARCH_POSITIONS_FOLDER = routes.searchPositions();

/** The shard of positions named `shard` (`positions.ts`): `/sok/positioner/be.json`. */
export function positionShardPath(shard: string, folder = SEARCH_POSITIONS_FOLDER): string {
  return `${folder}${encodeURIComponent(shard)}.json`;
}

/** Hits shown at first, and added by "Visa fler träffar": the most section texts one page of results needs. */
export const RESULTS_PAGE_SIZE = 20;
