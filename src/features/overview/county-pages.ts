/**
 * The county pages (`/oversikt/<län>/`): for one county's documents, what the overview shows for
 * a few documents (the per-document chart, its table, the list of documents) and what `/om/` shows
 * per document (numbers and warnings), with the way to every other county.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { MUNICIPALITIES } from '../../taxonomy/municipalities.ts';
import { countyLinks, type CountyLink } from '../../lib/county-links.ts';
import { groupByCounty, type CountyGroup } from '../../lib/counties.ts';
import { countyLead } from '../../lib/county-lead.ts';
import { methodSummary, type MethodSummary } from './method.ts';
import { perDocumentOverview, type PerDocumentOverview } from './overview.ts';
import { COUNTY_BASES } from '../../lib/routes.ts';

export interface CountyPage {
  readonly slug: string;
  readonly label: string;
  /** One sentence: how many documents, from how many of the county's municipalities. */
  readonly lead: string;
  /** The county's municipalities without a document, in Swedish order (empty for the unknown group). */
  readonly withoutDocument: readonly string[];
  readonly overview: PerDocumentOverview;
  readonly method: MethodSummary;
  readonly counties: readonly CountyLink[];
}

const collator = new Intl.Collator('sv');

/** The county's municipalities that have no document among `group`'s. */
function municipalitiesWithout(group: CountyGroup): string[] {
  if (group.county === null) return [];
  const present = new Set(group.documents.map((document) => document.municipality));
  return MUNICIPALITIES.filter((municipality) => municipality.county === group.county && !present.has(municipality.name))
    .map((municipality) => municipality.name)
    .sort(collator.compare);
}

/** One page per county group with documents, in the groups' order. */
export function countyPages(documents: readonly PolicyDocument[]): CountyPage[] {
  const groups = groupByCounty(documents);
  return groups.map((group) => ({
    slug: group.slug,
    label: group.label,
    lead: countyLead(group),
    withoutDocument: municipalitiesWithout(group),
    overview: perDocumentOverview(group.documents),
    method: methodSummary(group.documents),
    counties: countyLinks(groups, COUNTY_BASES.overview, group.slug),
  }));
}
