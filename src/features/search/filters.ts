/**
 * Filters by municipality, category and part of the file (`?kommun=hylte,tyreso&k=ansvar&del=styrdokument`):
 * within a group any value may match (OR), and every group must (AND). Facet counts say how many
 * hits each choice would have, counting the other groups' filters but not its own.
 */
import type { IndexedCategory, IndexedDocument, IndexedSection } from './index-data.ts';
import type { SearchHit } from './worker/searcher.ts';

/** The parts of a file (`?del=`): the steering document itself, or the cover letter (tjänsteskrivelse) before it. */
export const PART_KEYS = { document: 'styrdokument', coverLetter: 'foljebrev' } as const;

export interface SearchFilters {
  /** Municipality URL keys (`hylte`). */
  readonly municipalities: readonly string[];
  /** Category URL keys (`ansvar`). */
  readonly categories: readonly string[];
  /** Part keys (`PART_KEYS`). */
  readonly parts: readonly string[];
}

export const NO_FILTERS: SearchFilters = { municipalities: [], categories: [], parts: [] };

/** The filter groups, in the order the page shows them. */
export const FILTER_GROUPS = ['municipalities', 'categories', 'parts'] as const satisfies readonly (keyof SearchFilters)[];
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** What filtering needs of the index. */
export interface FilterSource {
  readonly sections: readonly IndexedSection[];
  readonly documents: readonly IndexedDocument[];
  readonly categories: readonly IndexedCategory[];
}

export type FacetCounts = Readonly<Record<FilterGroup, ReadonlyMap<string, number>>>;

export function hasFilters(filters: SearchFilters): boolean {
  return FILTER_GROUPS.some((group) => filters[group].length > 0);
}

/** A section's value in each filter group. */
function facetsOf(source: FilterSource) {
  return (hit: SearchHit): Record<FilterGroup, string> => {
    const section = source.sections[hit.section]!;
    return {
      municipalities: source.documents[section.d]?.municipalityKey ?? '',
      categories: source.categories[section.c]?.urlKey ?? '',
      parts: section.cover ? PART_KEYS.coverLetter : PART_KEYS.document,
    };
  };
}

function chosenSets(filters: SearchFilters): Record<FilterGroup, ReadonlySet<string>> {
  return { municipalities: new Set(filters.municipalities), categories: new Set(filters.categories), parts: new Set(filters.parts) };
}

/** The hits that pass the filters, in the same order. */
export function applyFilters(source: FilterSource, hits: readonly SearchHit[], filters: SearchFilters): SearchHit[] {
  if (!hasFilters(filters)) return [...hits];
  const facets = facetsOf(source);
  const chosen = chosenSets(filters);
  return hits.filter((hit) => {
    const facet = facets(hit);
    return FILTER_GROUPS.every((group) => chosen[group].size === 0 || chosen[group].has(facet[group]));
  });
}

/** How many hits each municipality, category and part would have. */
export function facetCounts(source: FilterSource, hits: readonly SearchHit[], filters: SearchFilters): FacetCounts {
  const facets = facetsOf(source);
  const chosen = chosenSets(filters);
  const counts = { municipalities: new Map<string, number>(), categories: new Map<string, number>(), parts: new Map<string, number>() };
  for (const hit of hits) {
    const facet = facets(hit);
    let failures = 0;
    let failing: FilterGroup | undefined;
    for (const group of FILTER_GROUPS) {
      if (chosen[group].size > 0 && !chosen[group].has(facet[group])) {
        failures += 1;
        failing = group;
      }
    }
    if (failures > 1) continue;
    for (const group of FILTER_GROUPS) {
      // A choice's count passes every other group's filter; its own group's does not matter.
      if (failing !== undefined && failing !== group) continue;
      counts[group].set(facet[group], (counts[group].get(facet[group]) ?? 0) + 1);
    }
  }
  return counts;
}
