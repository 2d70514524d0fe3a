/** The document picker: diacritics-forgiving search, filters, grouping by county; labels and the catalogue it reads. */
import { describe, expect, test } from 'vitest';
import { catalogAttributes, entryFromAttributes, parseCatalog, type CatalogEntry } from '../../src/features/compare/catalog.ts';
import { catalogEntry } from '../../src/features/compare/catalog-entry.ts';
import { columnLabels } from '../../src/lib/document-labels.ts';
import {
  countyCounts,
  filterCatalog,
  foldText,
  inLengthGroup,
  lengthGroups,
  matchCountText,
  typeLabels,
  UNKNOWN_COUNTY,
} from '../../src/features/compare/picker-filter.ts';
import { countyAnchor } from '../../src/features/compare/county-anchor.ts';
import { parseSeed } from '../support/parse.ts';

const entry = (
  id: string,
  municipality: string,
  county: string | null,
  title: string,
  type: string | null,
  year: number | null,
  words: number | null = 1200,
  label = municipality,
): CatalogEntry => ({ id, label, municipality, county, title, type, year, words });

const CATALOG: CatalogEntry[] = [
  entry('jarfalla', 'Järfälla', 'Stockholms län', 'Riktlinjer för internationellt arbete i Järfälla kommun', 'Riktlinje', 2019, 999),
  entry('osteraker', 'Österåker', 'Stockholms län', 'Internationell policy för Österåker kommun', 'Policy', null),
  entry('upplands-vasby', 'Upplands Väsby', 'Stockholms län', 'Strategi för internationellt arbete i Upplands Väsby kommun 2021–2025', 'Strategi', 2021, 4200),
  entry('orebro', 'Örebro', 'Örebro län', 'Program för internationella frågor – Örebro kommun', 'Program', 2012),
  entry('ale', 'Ale', 'Västra Götalands län', 'Riktlinjer för Ale kommuns internationella arbete', 'Riktlinje', 2008),
  entry('alingsas', 'Alingsås', 'Västra Götalands län', 'Program för internationella frågor – Alingsås kommun', 'Program', 2016),
  entry('hylte', 'Hylte', 'Hallands län', 'Riktlinjer för Hylte kommuns internationella arbete', 'Riktlinje', null),
  entry('okand', 'Okänd kommun', null, 'Policy för internationellt arbete', 'Policy', 2024, null),
];
const ids = (groups: ReturnType<typeof filterCatalog>) => groups.flatMap((group) => group.entries.map((item) => item.id));

describe('foldText', () => {
  test('drops case, diacritics and punctuation', () => {
    expect(foldText('Järfälla')).toBe('jarfalla');
    expect(foldText('ÖSTERÅKER')).toBe('osteraker');
    expect(foldText('  Upplands-Väsby, ')).toBe('upplands vasby');
    // A decomposed (NFD) input folds the same as a composed one.
    expect(foldText('Ja\u0308rfa\u0308lla')).toBe('jarfalla');
  });
});

describe('filterCatalog', () => {
  test('finds a municipality typed without its diacritics, or in part', () => {
    expect(ids(filterCatalog(CATALOG, { query: 'jarfalla' }))).toEqual(['jarfalla']);
    expect(ids(filterCatalog(CATALOG, { query: 'Järf' }))).toEqual(['jarfalla']);
    expect(ids(filterCatalog(CATALOG, { query: 'OSTERAK' }))).toEqual(['osteraker']);
    expect(ids(filterCatalog(CATALOG, { query: 'vasby' }))).toEqual(['upplands-vasby']);
  });

  test('every word must match, in municipality or title', () => {
    expect(ids(filterCatalog(CATALOG, { query: 'program alingsas' }))).toEqual(['alingsas']);
    expect(ids(filterCatalog(CATALOG, { query: 'strategi' }))).toEqual(['upplands-vasby']);
    expect(ids(filterCatalog(CATALOG, { query: 'riktlinjer stockholm' }))).toEqual([]);
    expect(ids(filterCatalog(CATALOG, { query: 'zzz' }))).toEqual([]);
  });

  test('filters by county, type and decision period, and leaves out the shown documents', () => {
    expect(ids(filterCatalog(CATALOG, { query: '', county: 'Stockholms län' }))).toEqual(['jarfalla', 'upplands-vasby', 'osteraker']);
    expect(ids(filterCatalog(CATALOG, { query: '', county: UNKNOWN_COUNTY }))).toEqual(['okand']);
    expect(ids(filterCatalog(CATALOG, { query: '', type: 'Program' }))).toEqual(['alingsas', 'orebro']);
    expect(ids(filterCatalog(CATALOG, { query: '', period: '2020-' }))).toEqual(['upplands-vasby', 'okand']);
    expect(ids(filterCatalog(CATALOG, { query: '', period: 'okant' }))).toEqual(['hylte', 'osteraker']);
    expect(ids(filterCatalog(CATALOG, { query: '', period: '-2009' }))).toEqual(['ale']);
    expect(ids(filterCatalog(CATALOG, { query: 'a', county: 'Stockholms län', exclude: new Set(['jarfalla']) }))).toEqual(['upplands-vasby', 'osteraker']);
  });

  test('filters by a length group: its bounds included, an unknown length in none', () => {
    expect(ids(filterCatalog(CATALOG, { query: '', length: '0-999' }))).toEqual(['jarfalla']);
    expect(ids(filterCatalog(CATALOG, { query: '', length: '2500-' }))).toEqual(['upplands-vasby']);
    expect(ids(filterCatalog(CATALOG, { query: '', length: '1000-1200' }))).toEqual(['hylte', 'osteraker', 'ale', 'alingsas', 'orebro']);
    expect(ids(filterCatalog(CATALOG, { query: 'stockholm', length: '1000-2499' }))).toEqual([]);
    expect(inLengthGroup(null, '0-')).toBe(false);
    expect(inLengthGroup(500, 'nonsense')).toBe(false);
  });

  test('length groups split the documents in thirds, with bounds in whole hundreds', () => {
    const counts = [95, 180, 250, 320, 390, 401, 470, 524, 610, 903, null];
    const groups = lengthGroups(counts);
    expect(groups).toEqual([
      { key: '0-299', label: 'Kort (under 300 ord)' },
      { key: '300-499', label: 'Medellångt (300–499 ord)' },
      { key: '500-', label: 'Långt (500 ord eller fler)' },
    ]);
    const sizes = groups.map((group) => counts.filter((count) => inLengthGroup(count, group.key)).length);
    expect(sizes).toEqual([3, 4, 3]);
    expect(lengthGroups([710, 799, 834, 1210, 1412]).map((group) => group.label)).toEqual([
      'Kort (under 800 ord)',
      'Medellångt (800–1\u00a0199 ord)',
      'Långt (1\u00a0200 ord eller fler)',
    ]);
    expect(lengthGroups([500, 500, 500])).toEqual([
      { key: '0-499', label: 'Kort (under 500 ord)' },
      { key: '500-', label: 'Långt (500 ord eller fler)' },
    ]);
    expect(lengthGroups([100, null])).toEqual([]);
  });

  test('groups by county in Swedish order (Ö after Ä and V), the unknown county last, entries by label', () => {
    const groups = filterCatalog(CATALOG, { query: '' });
    expect(groups.map((group) => group.county)).toEqual(['Hallands län', 'Stockholms län', 'Västra Götalands län', 'Örebro län', UNKNOWN_COUNTY]);
    expect(groups[1]!.entries.map((item) => item.label)).toEqual(['Järfälla', 'Upplands Väsby', 'Österåker']);
    expect(groups[2]!.entries.map((item) => item.label)).toEqual(['Ale', 'Alingsås']);
  });

  test('counts and lists what the filters offer', () => {
    expect(countyCounts(CATALOG)).toEqual([
      { county: 'Hallands län', count: 1 },
      { county: 'Stockholms län', count: 3 },
      { county: 'Västra Götalands län', count: 2 },
      { county: 'Örebro län', count: 1 },
      { county: UNKNOWN_COUNTY, count: 1 },
    ]);
    expect(typeLabels(CATALOG)).toEqual(['Policy', 'Program', 'Riktlinje', 'Strategi']);
    expect(matchCountText(0)).toBe('Inga dokument matchar.');
    expect(matchCountText(1)).toBe('1 dokument matchar.');
    expect(matchCountText(300)).toBe('300 dokument matchar.');
  });
});

describe('column labels', () => {
  const doc = (id: string, municipality: string | null, date: string | null, title = `Policy ${id}`) => ({
    id,
    municipality,
    title,
    adopted: { date, by: null, text: null },
  });

  test('the municipality, with the decision year when it has several documents, else the title', () => {
    const labels = columnLabels([
      doc('hylte', 'Hylte', null),
      doc('botkyrka-2021', 'Botkyrka', '2021-02-03'),
      doc('botkyrka-2025', 'Botkyrka', '2025-05-06'),
      doc('salem-a', 'Salem', null, 'Riktlinjer'),
      doc('salem-b', 'Salem', '2020-01-01', 'Strategi'),
      doc('x', null, null, 'Samma'),
      doc('y', null, null, 'Samma'),
    ]);
    expect(Object.fromEntries(labels)).toEqual({
      hylte: 'Hylte',
      'botkyrka-2021': 'Botkyrka 2021',
      'botkyrka-2025': 'Botkyrka 2025',
      'salem-a': 'Salem: Riktlinjer',
      'salem-b': 'Salem: Strategi',
      x: 'Okänd kommun (x)',
      y: 'Okänd kommun (y)',
    });
  });
});

describe('the catalogue', () => {
  test("a document's entry, and the same entry read back from a column header's data attributes", async () => {
    const hylte = catalogEntry(await parseSeed('hylte'), 'Hylte');
    expect(hylte).toEqual({
      id: 'hylte',
      label: 'Hylte',
      municipality: 'Hylte',
      county: 'Hallands län',
      title: 'Riktlinjer för Hylte kommuns internationella arbete',
      type: 'Riktlinje',
      year: null,
      words: 1412,
    });
    const dataset = Object.fromEntries(
      Object.entries(catalogAttributes(hylte))
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => [name.slice('data-'.length), value!]),
    );
    expect(entryFromAttributes(dataset)).toEqual(hylte);
    expect(entryFromAttributes({ label: 'Utan id' })).toBeNull();
    const eksjo = catalogEntry(await parseSeed('eksjo'), 'Eksjö');
    expect(eksjo.year).toBe(2020);
    expect(entryFromAttributes({ col: 'eksjo', label: 'Eksjö', year: '2020', county: '' })).toMatchObject({ year: 2020, county: null, words: null });
  });

  test('a fetched catalogue is read defensively', () => {
    expect(parseCatalog({ not: 'a list' })).toEqual([]);
    expect(parseCatalog([null, 3, { id: 'a' }, { id: 'b', label: 'B', county: 7, year: '2020' }, CATALOG[0]])).toEqual([
      { id: 'b', label: 'B', municipality: 'B', county: null, title: '', type: null, year: null, words: null },
      CATALOG[0],
    ]);
  });

  test("a county's anchor on /jamfor/valj/ is ascii", () => {
    expect(countyAnchor('Västra Götalands län')).toBe('lan-vastra-gotalands-lan');
    expect(countyAnchor('Örebro län')).toBe('lan-orebro-lan');
    expect(countyAnchor('…')).toBe('lan-okant');
  });
});
