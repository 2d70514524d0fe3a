/**
 * The themes county by county (above `PER_DOCUMENT_MAX` documents): for each county and each of
 * the themes most often a priority area or a goal over all documents, the share of the county's
 * documents that make it one. Counted from the cells of the theme map of all documents, so the
 * counts agree with the national chart; each county links to its page of the map.
 */
import { countWord, listSv, lowerFirst } from '../../lib/swedish.ts';
import { formatShare } from '../../lib/aggregate.ts';
import { SPREAD_MIN_DOCUMENTS } from '../../lib/aggregate-finding.ts';
import type { CountyGroup } from '../../lib/counties.ts';
import { countyPagePath } from '../../lib/county-links.ts';
import type { ThemeId } from '../../taxonomy/themes.ts';
import type { ThemeMap } from './theme-map.ts';

/** How many themes the table shows: a column each, so that it stays about one screen wide. */
export const COUNTY_THEME_COUNT = 8;

/** The lowest weight that counts as prominent: a goal (3) or a priority area (4). */
export const PROMINENT_WEIGHT = 3;

/** Above this many counties at one end of the spread, they are counted, not named. */
const MAX_NAMED_COUNTIES = 3;

export interface CountyThemeCell {
  readonly themeId: ThemeId;
  /** Documents that make the theme a priority area or a goal. */
  readonly count: number;
  readonly total: number;
  /** `count / total`, 0 without documents. */
  readonly share: number;
}

export interface CountyThemeRow {
  readonly label: string;
  readonly slug: string;
  /** The county's page of the theme map. */
  readonly href: string;
  readonly documents: number;
  /** `null` for the group of documents without a county. */
  readonly county: string | null;
  readonly cells: readonly CountyThemeCell[];
}

export interface CountyThemeMatrix {
  /** The columns: the themes most often prominent over all documents, the most often first. */
  readonly themes: readonly { readonly themeId: ThemeId; readonly label: string }[];
  readonly rows: readonly CountyThemeRow[];
  /** The same counts over all documents. */
  readonly total: { readonly documents: number; readonly cells: readonly CountyThemeCell[] };
}

const cell = (themeId: ThemeId, count: number, total: number): CountyThemeCell => ({ themeId, count, total, share: total === 0 ? 0 : count / total });

/** The county × theme table of `map` (all documents) for the county `groups`, linking to pages under `base`. */
export function countyThemeMatrix(map: ThemeMap, groups: readonly CountyGroup[], base: string, size = COUNTY_THEME_COUNT): CountyThemeMatrix {
  const prominent = map.rows.map((row, index) => ({
    row,
    index,
    documents: new Set((map.cells[index] ?? []).filter((entry) => entry.weight >= PROMINENT_WEIGHT).map((entry) => entry.documentId)),
  }));
  const chosen = prominent
    .filter((entry) => entry.documents.size > 0)
    .sort((a, b) => b.documents.size - a.documents.size || a.index - b.index)
    .slice(0, size);
  const countIn = (ids: readonly string[]) => chosen.map((entry) => cell(entry.row.themeId, ids.filter((id) => entry.documents.has(id)).length, ids.length));
  return {
    themes: chosen.map((entry) => ({ themeId: entry.row.themeId, label: entry.row.label })),
    rows: groups.map((group) => ({
      label: group.label,
      slug: group.slug,
      href: countyPagePath(base, group.county),
      documents: group.documents.length,
      county: group.county,
      cells: countIn(group.documents.map((document) => document.id)),
    })),
    total: { documents: map.columns.length, cells: countIn(map.columns.map((column) => column.id)) },
  };
}

/**
 * The table's caption: the theme most often prominent and its share over all documents, and where
 * the counties differ for it — the lowest and highest share among the counties with at least
 * `minDocuments` documents (left out when fewer than two counties have that many).
 */
export function countyThemeFinding(matrix: CountyThemeMatrix, minDocuments = SPREAD_MIN_DOCUMENTS): string {
  const theme = matrix.themes[0];
  const overall = matrix.total.cells[0];
  if (!theme || !overall) return 'Inget av dokumenten gör något tema till ett prioriterat område eller ett mål.';
  const first = `Oftast ett prioriterat område eller mål är ${lowerFirst(theme.label)}: i ${formatShare(overall.share)} av alla dokument`;
  const rows = matrix.rows.filter((row) => row.county !== null && row.documents >= minDocuments);
  if (rows.length < 2) return `${first}.`;
  const shares = rows.map((row) => row.cells[0]?.share ?? 0);
  const low = Math.min(...shares);
  const high = Math.max(...shares);
  const counted = `bland de ${countWord(rows.length)} län som har minst ${countWord(minDocuments)} dokument`;
  if (low === high) return `${first}, lika ofta i alla län (${counted}).`;
  const at = (share: number) => {
    const names = rows.filter((row) => row.cells[0]?.share === share).map((row) => row.label);
    return names.length > MAX_NAMED_COUNTIES ? `${countWord(names.length)} län` : listSv(names);
  };
  return `${first}, från ${formatShare(low)} i ${at(low)} till ${formatShare(high)} i ${at(high)} (${counted}).`;
}
