/**
 * Ways into the site from the overview: pre-set views of the comparison, and the addresses of the
 * searches worth trying (chosen from the documents by the search, `search/build/examples.ts`, and
 * given to the page). Category views are derived from the taxonomy, so their `?k=` keys are always valid.
 */
import { getCategory, type CanonicalCategoryKey } from '../../taxonomy/categories.ts';
import { routes } from '../../lib/routes.ts';

export interface WayIn {
  readonly href: string;
  readonly label: string;
  readonly description: string;
}

/** A view of the comparison showing one category's row for every document. */
function categoryView(key: CanonicalCategoryKey, label: string, description: string): WayIn {
  return { href: routes.compare({ category: getCategory(key).urlKey }), label, description };
}

/** Pre-set views of `/jamfor/`, the whole comparison first. */
export const COMPARISON_VIEWS: readonly WayIn[] = [
  { href: routes.compare(), label: 'Alla dokument sida vid sida', description: 'Syfte, mål, prioriteringar, ansvar och uppföljning, avsnitt för avsnitt.' },
  categoryView('responsibility', 'Vem ansvarar för vad?', 'Ansvarsavsnitten i alla dokument bredvid varandra.'),
  categoryView('follow-up', 'Hur följs arbetet upp?', 'Uppföljning och utvärdering, och var den saknas.'),
  categoryView('purpose', 'Varför arbeta internationellt?', 'Dokumentens syfte, bredvid varandra.'),
  categoryView('priorities', 'Vad prioriteras?', 'De prioriterade områdena i varje dokument.'),
];

/** The search page's address for a query. */
export function searchHref(query: string): string {
  return routes.search({ q: query });
}
