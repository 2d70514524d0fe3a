/**
 * The documents grouped by county (län), for the overview's county breakdown and the county pages
 * (`/oversikt/<slug>/`). A document whose municipality could not be told (and so has no county)
 * goes to its own group, `Okänd kommun`, last.
 */
import type { PolicyDocument } from '../schema/policy-document.ts';
import { MUNICIPALITIES, slugify } from '../taxonomy/municipalities.ts';
import { routes } from './routes.ts';

/** The group of documents without a county. */
export const UNKNOWN_COUNTY = { label: 'Okänd kommun', slug: 'okand-kommun' } as const;

export interface CountyGroup {
  /** The county as `document.county` gives it (`Stockholms län`), or `null` for the unknown group. */
  readonly county: string | null;
  /** What the site calls the group (`Stockholms län`, `Okänd kommun`). */
  readonly label: string;
  /** URL slug (`stockholms-lan`, `okand-kommun`). */
  readonly slug: string;
  /** The county page. */
  readonly href: string;
  /** The group's documents, in the order given. */
  readonly documents: readonly PolicyDocument[];
  /** Distinct municipalities among the documents. */
  readonly municipalities: number;
  /** How many municipalities the county has (`null` for the unknown group). */
  readonly municipalitiesInCounty: number | null;
}

const collator = new Intl.Collator('sv');

/** The slug of a county's page; the unknown group's for `null`. */
export function countySlug(county: string | null): string {
  return county === null ? UNKNOWN_COUNTY.slug : slugify(county);
}

/** The address of a county's page (`/oversikt/stockholms-lan/`). */
export function countyHref(county: string | null): string {
  return routes.county('overview', countySlug(county));
}

let perCounty: ReadonlyMap<string, number> | undefined;

/** How many municipalities a county has, from the official list; `null` when it is not a county there. */
export function municipalitiesInCounty(county: string): number | null {
  if (!perCounty) {
    const counts = new Map<string, number>();
    for (const municipality of MUNICIPALITIES) counts.set(municipality.county, (counts.get(municipality.county) ?? 0) + 1);
    perCounty = counts;
  }
  return perCounty.get(county) ?? null;
}

/**
 * The documents by county, counties in Swedish alphabetical order and the unknown group last;
 * documents keep the order given (`getDocuments()`: Swedish order of municipality). Only counties
 * with documents are listed.
 */
export function groupByCounty(documents: readonly PolicyDocument[]): CountyGroup[] {
  const groups = new Map<string | null, PolicyDocument[]>();
  for (const document of documents) {
    const list = groups.get(document.county) ?? [];
    list.push(document);
    groups.set(document.county, list);
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)))
    .map(([county, members]) => ({
      county,
      label: county ?? UNKNOWN_COUNTY.label,
      slug: countySlug(county),
      href: countyHref(county),
      documents: members,
      municipalities: new Set(members.map((document) => document.municipality).filter((name) => name !== null)).size,
      municipalitiesInCounty: county === null ? null : municipalitiesInCounty(county),
    }));
}
