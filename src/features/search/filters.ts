/**
 * Filters by municipality and category (`?kommun=hylte,tyreso&k=ansvar`): within a group any value
 * may match (OR), and both groups must (AND). Facet counts say how many hits each choice would
 * have, counting the other group's filter but not its own.
 */
import type { IndexedCategory, IndexedDocument, IndexedSection } from './index-data.ts';
import type { SearchHit } from './worker/searcher.ts';

export interface SearchFilters {
  /** Municipality URL keys (`hylte`). */
  readonly municipalities: readonly string[];
  /** Category URL keys (`ansvar`). */
  readonly categories: readonly string[];
}

export const NO_FILTERS: SearchFilters = { municipalities: [], categories: [] };

/** What filtering needs of the index. */
export interface FilterSource {
  readonly sections: readonly IndexedSection[];
  readonly documents: readonly IndexedDocument[];
  readonly categories: readonly IndexedCategory[];
}

export interface FacetCounts {
  readonly municipalities: ReadonlyMap<string, number>;
  readonly categories: ReadonlyMap<string, number>;
}

export function hasFilters(filters: SearchFilters): boolean {
  return filters.municipalities.length > 0 || filters.categories.length > 0;
}

function facetsOf(source: FilterSource) {
  return (hit: SearchHit) => {
    const section = source.sections[hit.section]!;
    return { municipality: source.documents[section.d]?.municipalityKey ?? '', category: source.categories[section.c]?.urlKey ?? '' };
  };
}

/** The hits that pass the filters, in the same order. */
export function applyFilters(source: FilterSource, hits: readonly SearchHit[], filters: SearchFilters): SearchHit[] {
  if (!hasFilters(filters)) return [...hits];
  const facets = facetsOf(source);
  const municipalities = new Set(filters.municipalities);
  const categories = new Set(filters.categories);
  return hits.filter((hit) => {
    const facet = facets(hit);
    return (municipalities.size === 0 || municipalities.has(facet.municipality)) && (categories.size === 0 || categories.has(facet.category));
  });
}

/** How many hits each municipality and each category would have. */
export function facetCounts(source: FilterSource, hits: readonly SearchHit[], filters: SearchFilters): FacetCounts {
  const facets = facetsOf(source);
  const municipalities = new Set(filters.municipalities);
  const categories = new Set(filters.categories);
  const byMunicipality = new Map<string, number>();
  const byCategory = new Map<string, number>();
  for (const hit of hits) {
    const facet = facets(hit);
    if (categories.size === 0 || categories.has(facet.category)) byMunicipality.set(facet.municipality, (byMunicipality.get(facet.municipality) ?? 0) + 1);
    if (municipalities.size === 0 || municipalities.has(facet.municipality)) byCategory.set(facet.category, (byCategory.get(facet.category) ?? 0) + 1);
  }
  return { municipalities: byMunicipality, categories: byCategory };
}
