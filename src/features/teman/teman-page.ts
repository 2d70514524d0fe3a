/**
 * Everything `/teman/` and its county pages (`/teman/lan/<län>/`) show, computed once from the
 * documents. Up to `PER_DOCUMENT_MAX` documents (`../../lib/scale.ts`) `/teman/` is the theme map of every
 * document and there are no county pages. Above it, `/teman/` shows the themes counted over all
 * documents and county by county, the map of the comparison's default handful, and links to one
 * page per county with the map of that county's documents.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { defaultDocuments, DEFAULT_COLUMN_COUNT } from '../../lib/default-selection.ts';
import { countyLinks, countySplits, type CountyLink } from '../../lib/county-links.ts';
import type { SvgElement } from '../../charts/svg.ts';
import { formatCount } from '../../lib/aggregate-finding.ts';
import { groupByCounty, type CountyGroup } from '../../lib/counties.ts';
import { countyLead } from '../../lib/county-lead.ts';
import { overviewSummary } from '../../lib/collection-summary.ts';
import { countWord } from '../../lib/swedish.ts';
import { pageDesign } from '../../lib/scale.ts';
import { countyThemeFinding, countyThemeMatrix, type CountyThemeMatrix } from './county-themes.ts';
import { themeCountsFinding } from './theme-findings.ts';
import { themeCounts, type ThemeCount } from './theme-aggregate.ts';
import { themeBarsChart } from './theme-bars-chart.ts';
import { themeMap, type ThemeMap } from './theme-map.ts';
import { COUNTY_BASES } from '../../lib/routes.ts';

/** Where the county pages of the theme map live. */
export const TEMAN_COUNTY_BASE = COUNTY_BASES.teman;

/** `/teman/` with one column per document. */
export interface PerDocumentTemanPage {
  readonly design: 'per-document';
  readonly map: ThemeMap;
}

/** `/teman/` at scale. */
export interface AggregateTemanPage {
  readonly design: 'aggregate';
  /** `300 styrdokument från 290 kommuner i 21 län`. */
  readonly summary: string;
  /** Every theme over all documents, the weightiest first. */
  readonly counts: readonly ThemeCount[];
  /** The national chart's caption. */
  readonly finding: string;
  readonly chart: SvgElement;
  /** The theme map of the comparison's default handful, newest first. */
  readonly handful: ThemeMap;
  /** Which documents the handful is, and why. */
  readonly handfulNote: string;
  /** Every county's page, none current. */
  readonly counties: readonly CountyLink[];
  /** The themes most often prominent, county by county. */
  readonly countyThemes: CountyThemeMatrix;
  /** The theme most often prominent, and where the counties differ for it. */
  readonly countyFinding: string;
}

export type TemanPage = PerDocumentTemanPage | AggregateTemanPage;

/** The sentence that says which documents the handful's map shows and where the others are. */
export function handfulNote(total: number, size = DEFAULT_COLUMN_COUNT): string {
  return `Kartan visar de ${countWord(size)} senast beslutade dokumenten, högst ett per län, det nyaste först: samma ${countWord(size)} som jämförelsen visar innan du väljer själv. Alla ${formatCount(total)} dokumenten finns län för län på länens sidor.`;
}

/** `/teman/` for `documents` (in the site's order), in the design their number calls for. */
export function buildTemanPage(documents: readonly PolicyDocument[]): TemanPage {
  const map = themeMap(documents);
  if (pageDesign(documents.length) === 'per-document') return { design: 'per-document', map };
  const counts = themeCounts(map);
  const groups = groupByCounty(documents);
  const countyThemes = countyThemeMatrix(map, groups, TEMAN_COUNTY_BASE);
  return {
    design: 'aggregate',
    summary: overviewSummary(documents),
    counts,
    finding: themeCountsFinding(counts),
    chart: themeBarsChart(counts, `Diagram: i hur många av de ${formatCount(documents.length)} dokumenten varje tema nämns, och var`),
    handful: themeMap(defaultDocuments(documents)),
    handfulNote: handfulNote(documents.length),
    counties: countyLinks(groups, TEMAN_COUNTY_BASE),
    countyThemes,
    countyFinding: countyThemeFinding(countyThemes),
  };
}

/** One county's page of the theme map. */
export interface TemanCountyPage {
  readonly slug: string;
  readonly label: string;
  /** The page's heading (`Teman i Stockholms län`). */
  readonly heading: string;
  /** How many documents, from how many of the county's municipalities. */
  readonly lead: string;
  readonly map: ThemeMap;
  /** Every county's page, this one current. */
  readonly counties: readonly CountyLink[];
}

/** The heading of a county's page. */
export function countyHeading(group: Pick<CountyGroup, 'county' | 'label'>): string {
  return group.county === null ? 'Teman i dokument från okänd kommun' : `Teman i ${group.label}`;
}

/** The county pages of the theme map: one per county with documents above `PER_DOCUMENT_MAX` documents, none up to it. */
export function temanCountyPages(documents: readonly PolicyDocument[]): TemanCountyPage[] {
  if (pageDesign(documents.length) === 'per-document') return [];
  return countySplits(documents, TEMAN_COUNTY_BASE).map(({ group, links }) => ({
    slug: group.slug,
    label: group.label,
    heading: countyHeading(group),
    lead: countyLead(group),
    map: themeMap(group.documents),
    counties: links,
  }));
}
