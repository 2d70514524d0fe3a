/**
 * The document picker's filtering, pure so that it is tested here and run in the browser: a
 * search that forgives diacritics and case (`jarfalla` finds Järfälla, `OSTERAKER` Österåker), on
 * municipality, column label and title, every word of the query somewhere; filters by county
 * (län), document type, decision period and length; matches grouped by county in Swedish order.
 *
 * Size is the document's: how long it is (`lengthGroups`). The municipality's number of inhabitants is
 * not in the data; what the data has is the county, the kind of document, when it was decided and
 * its length.
 */
import type { CatalogEntry } from './catalog.ts';

const collator = new Intl.Collator('sv');

/** With more documents than this, the picker has a search field and filters; with fewer, a list is enough. */
export const SEARCH_FROM = 10;

/** Lower case, without diacritics, with runs of space and punctuation as one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Decision periods a reader can filter by; `key` is what the filter's `<option value>` carries. */
export const PERIODS = [
  { key: '2020-', label: '2020 eller senare', test: (year: number | null) => year !== null && year >= 2020 },
  { key: '2015-2019', label: '2015–2019', test: (year: number | null) => year !== null && year >= 2015 && year <= 2019 },
  { key: '2010-2014', label: '2010–2014', test: (year: number | null) => year !== null && year >= 2010 && year <= 2014 },
  { key: '-2009', label: 'Före 2010', test: (year: number | null) => year !== null && year < 2010 },
  { key: 'okant', label: 'Året framgår inte', test: (year: number | null) => year === null },
] as const;

/** A length group a reader can filter by: documents of `min` to `max` words (`max` null: no upper bound). */
export interface LengthGroup {
  /** What the filter's `<option value>` carries: `0-399`, `400-699`, `700-`. */
  readonly key: string;
  readonly label: string;
}

/** Rounded to a whole hundred, for bounds a reader can take in at a glance (at least 100). */
const roundHundred = (words: number): number => Math.max(100, Math.round(words / 100) * 100);

/**
 * Three length groups from the documents' own word counts: the shortest third, the middle and the
 * longest third, their bounds rounded to whole hundreds (`Kort (under 400 ord)`). Computed from the
 * documents at hand, so that each group holds about a third of them whatever the collection; fewer
 * groups when the bounds coincide, none without counts.
 */
export function lengthGroups(counts: readonly (number | null)[]): LengthGroup[] {
  const known = counts.filter((count): count is number => count !== null).sort((a, b) => a - b);
  if (known.length < 3) return [];
  const low = roundHundred(known[Math.floor(known.length / 3)]!);
  const high = roundHundred(known[Math.floor((2 * known.length) / 3)]!);
  const number = new Intl.NumberFormat('sv');
  if (high <= low)
    return [
      { key: `0-${low - 1}`, label: `Kort (under ${number.format(low)} ord)` },
      { key: `${low}-`, label: `Långt (${number.format(low)} ord eller fler)` },
    ];
  return [
    { key: `0-${low - 1}`, label: `Kort (under ${number.format(low)} ord)` },
    { key: `${low}-${high - 1}`, label: `Medellångt (${number.format(low)}–${number.format(high - 1)} ord)` },
    { key: `${high}-`, label: `Långt (${number.format(high)} ord eller fler)` },
  ];
}

/** Does a document of `words` words fall in the length group `key` (`400-699`, `700-`)? An unknown length falls in none. */
export function inLengthGroup(words: number | null, key: string): boolean {
  const match = /^(\d+)-(\d*)$/u.exec(key);
  if (!match || words === null) return false;
  return words >= Number(match[1]) && (match[2] === '' || words <= Number(match[2]));
}

/** The value of the county filter for documents whose county is not known. */
export const UNKNOWN_COUNTY = 'Län framgår inte';

export interface PickerFilter {
  /** What the reader typed. */
  query: string;
  /** A county (`Hallands län`, or `UNKNOWN_COUNTY`); empty for all. */
  county?: string;
  /** A document type label (`Riktlinje`); empty for all. */
  type?: string;
  /** A `PERIODS` key; empty for all. */
  period?: string;
  /** A `lengthGroups` key (`400-699`); empty for all. */
  length?: string;
  /** Ids left out (those already shown). */
  exclude?: ReadonlySet<string>;
}

/** A county and its matching entries. */
export interface CountyGroup {
  county: string;
  entries: CatalogEntry[];
}

/** The entries that match, grouped by county (Swedish order, unknown last), each group by label. */
export function filterCatalog(entries: readonly CatalogEntry[], filter: PickerFilter): CountyGroup[] {
  const words = foldText(filter.query).split(' ').filter(Boolean);
  const period = PERIODS.find((candidate) => candidate.key === filter.period);
  const matches = entries.filter((entry) => {
    if (filter.exclude?.has(entry.id)) return false;
    if (filter.county && countyOf(entry) !== filter.county) return false;
    if (filter.type && entry.type !== filter.type) return false;
    if (period && !period.test(entry.year)) return false;
    if (filter.length && !inLengthGroup(entry.words, filter.length)) return false;
    if (words.length === 0) return true;
    const haystack = foldText(`${entry.label} ${entry.municipality} ${entry.title}`);
    return words.every((word) => haystack.includes(word));
  });
  return groupByCounty(matches);
}

/** Entries grouped by county, counties in Swedish order with the unknown last, entries by label. */
export function groupByCounty(entries: readonly CatalogEntry[]): CountyGroup[] {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of entries) groups.set(countyOf(entry), [...(groups.get(countyOf(entry)) ?? []), entry]);
  return [...groups]
    .sort(([a], [b]) => (a === UNKNOWN_COUNTY ? 1 : b === UNKNOWN_COUNTY ? -1 : collator.compare(a, b)))
    .map(([county, members]) => ({ county, entries: members.sort((a, b) => collator.compare(a.label, b.label)) }));
}

/** The counties present, in Swedish order (unknown last), with how many documents each has. */
export function countyCounts(entries: readonly CatalogEntry[]): { county: string; count: number }[] {
  return groupByCounty(entries).map((group) => ({ county: group.county, count: group.entries.length }));
}

/** The document types present, in Swedish order. */
export function typeLabels(entries: readonly CatalogEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.type).filter((type) => type !== null))].sort(collator.compare);
}

/** `12 dokument matchar`, `1 dokument matchar`, `Inga dokument matchar`. */
export function matchCountText(count: number): string {
  return count === 0 ? 'Inga dokument matchar.' : `${count} dokument matchar.`;
}

function countyOf(entry: CatalogEntry): string {
  return entry.county ?? UNKNOWN_COUNTY;
}
