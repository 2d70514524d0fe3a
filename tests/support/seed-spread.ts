/**
 * Many documents from the five real ones, for what the site shows above `PER_DOCUMENT_MAX`
 * documents (sums per county, per kind of duty, per theme): the seeds copied to every seventh
 * municipality of the official list, so that the copies fall in most of the counties, each copy
 * with its municipality's name, county and id and a decision year of its own.
 */
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { MUNICIPALITIES, slugify } from '../../src/taxonomy/municipalities.ts';
import { inSiteOrder, parseSeedsInSiteOrder } from './parse.ts';

/** `count` copies of `seeds` (taken in turn), in the official list's order of municipalities. */
export function spreadOverCounties(seeds: readonly PolicyDocument[], count = 40): PolicyDocument[] {
  return MUNICIPALITIES.filter((_, index) => index % 7 === 0)
    .slice(0, count)
    .map((municipality, index) => {
      const seed = seeds[index % seeds.length]!;
      return {
        ...seed,
        id: slugify(municipality.name),
        municipality: municipality.name,
        county: municipality.county,
        adopted: { ...seed.adopted, date: `20${String(10 + (index % 15)).padStart(2, '0')}-01-01` },
      };
    });
}

/** The five real documents spread over the counties (`spreadOverCounties`), in the site's order. */
export async function parseSpreadInSiteOrder(count = 40): Promise<PolicyDocument[]> {
  return inSiteOrder(spreadOverCounties(await parseSeedsInSiteOrder(), count));
}
