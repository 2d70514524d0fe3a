/**
 * The pages that split a per-document chart by county (län) above `PER_DOCUMENT_MAX` documents
 * (`scale.ts`): `/oversikt/<län>/`, `/ansvar/lan/<län>/`, `/teman/lan/<län>/` and the like. Each
 * such page, and the page it belongs to, lists every county's page of its kind.
 */
import { countySlug, groupByCounty, type CountyGroup } from './counties.ts';
import type { PolicyDocument } from '../schema/policy-document.ts';

/** A county in a list of county pages. */
export interface CountyLink {
  readonly slug: string;
  readonly label: string;
  readonly href: string;
  /** How many documents the county's page holds. */
  readonly documents: number;
  /** This page's county. */
  readonly current: boolean;
}

/** The address of a county's page under `base` (`/ansvar/lan/` → `/ansvar/lan/stockholms-lan/`). */
export function countyPagePath(base: string, county: string | null): string {
  return `${base}${countySlug(county)}/`;
}

/** Links to every county group's page under `base`, `current` (a slug) marked. */
export function countyLinks(groups: readonly CountyGroup[], base: string, current: string | null = null): CountyLink[] {
  return groups.map((group) => ({
    slug: group.slug,
    label: group.label,
    href: countyPagePath(base, group.county),
    documents: group.documents.length,
    current: group.slug === current,
  }));
}

/** One entry per county page under `base`: the county's documents and the links to all county pages. */
export interface CountySplit {
  readonly group: CountyGroup;
  readonly links: readonly CountyLink[];
}

/** The county pages of `documents` under `base`, counties in Swedish order, unknown last. */
export function countySplits(documents: readonly PolicyDocument[], base: string): CountySplit[] {
  const groups = groupByCounty(documents);
  return groups.map((group) => ({ group, links: countyLinks(groups, base, group.slug) }));
}
