import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgChild, SvgElement } from '../../src/charts/svg.ts';
import { dotFill, dotMatrixChart, dotName, radius } from '../../src/features/teman/dot-matrix-chart.ts';
import { themeMapFinding } from '../../src/features/teman/theme-findings.ts';
import { searchHref, themeCell, themeMap, type ThemeMap } from '../../src/features/teman/theme-map.ts';
import { MAX_WEIGHT, THEME_WEIGHTS, sectionCounts, sectionWeight, weightLabel } from '../../src/features/teman/weights.ts';
import type { PolicyDocument, Section } from '../../src/schema/policy-document.ts';
import type { CategoryKey } from '../../src/taxonomy/categories.ts';
import { THEMES, type ThemeId } from '../../src/taxonomy/themes.ts';
import { SEEDS, parseSeed, type SeedName } from '../support/parse.ts';

/** The five real documents, in Swedish order of municipality (as `getDocuments()` gives them). */
async function seeds(): Promise<PolicyDocument[]> {
  const collator = new Intl.Collator('sv');
  const documents = await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)));
  return documents.sort((a, b) => collator.compare(a.municipality ?? '', b.municipality ?? ''));
}

/** A made-up document with one section per `[category, heading, text]`. */
function fakeDocument(id: string, sections: readonly [CategoryKey, string, string, Section['part']?][]): PolicyDocument {
  return {
    id,
    municipality: id.charAt(0).toUpperCase() + id.slice(1),
    issuer: { kind: 'unknown', name: null },
    municipalityCode: null,
    county: null,
    title: 'Riktlinjer',
    documentType: null,
    adopted: { date: null, by: null, text: null },
    source: { file: `${id}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8', lineCount: 9 },
    metadata: { referenceNumbers: [], replaces: null, scope: null, owner: null, validUntil: null, fields: [], sourceUrl: null, retrieved: null, origin: null },
    sections: sections.map(([category, heading, text, part], index) => ({
      id: `s${index + 1}`,
      heading,
      number: null,
      level: 1,
      path: [],
      category,
      categoryBasis: 'heading',
      part: part ?? 'document',
      fromHeader: false,
      text,
      blocks: [],
      source: { startLine: index + 1, endLine: index + 1 },
    })),
    responsibilities: [],
    removed: [],
    diagnostics: [],
  };
}

/** `weight` of each theme for each document: `{ eksjo: 4, … }`. */
function weights(map: ThemeMap, theme: ThemeId): Record<string, number> {
  const row = map.rows.findIndex((candidate) => candidate.themeId === theme);
  return Object.fromEntries(map.columns.map((column, index) => [column.id, map.cells[row]?.[index]?.weight ?? -1]));
}

let documents: PolicyDocument[];
let map: ThemeMap;
beforeAll(async () => {
  documents = await seeds();
  map = themeMap(documents);
});

describe('weights', () => {
  test('priorities count more than goals, goals more than purpose, purpose more than a mention elsewhere', () => {
    const weight = (category: CategoryKey) => sectionWeight({ category, part: 'document' });
    expect(weight('priorities')).toBe(4);
    expect(weight('goals')).toBe(3);
    expect(weight('purpose')).toBe(2);
    for (const category of ['background', 'responsibility', 'collaboration', 'follow-up', 'other'] as const) expect(weight(category)).toBe(1);
    expect(THEME_WEIGHTS.map((entry) => entry.weight)).toEqual([4, 3, 2, 1]);
    expect(MAX_WEIGHT).toBe(4);
  });

  test('the title block, references, definitions and a cover letter do not count', () => {
    for (const category of ['front-matter', 'references', 'definitions'] as const) expect(sectionCounts({ category, part: 'document' })).toBe(false);
    expect(sectionWeight({ category: 'priorities', part: 'cover-letter' })).toBe(0);
  });

  test('each weight has a label', () => {
    expect([0, 1, 2, 3, 4].map(weightLabel)).toEqual(['Nämns inte', 'Nämns annars', 'Syfte', 'Mål', 'Prioriterat område']);
  });
});

describe('a cell: one document, one theme', () => {
  const document = fakeDocument('test', [
    ['background', 'Bakgrund', 'Kommunen har haft nordiska vänorter sedan 1950-talet.'],
    ['goals', 'Mål', 'Vänortssamarbetet ska ge vänorterna och kommunen nytta. Vänorterna är två.'],
    ['collaboration', 'Vänorter', 'Vänorter: Lihula och Piecki.'],
    ['front-matter', 'Riktlinjer för vänorter', ''],
    ['proposal', 'Förslag', 'Vänorter, vänorter, vänorter.', 'cover-letter'],
  ]);

  test('the weight is the highest of the sections that name the theme; sections sorted by weight, then document order', () => {
    const cell = themeCell(document, 'vanorter');
    expect(cell.weight).toBe(3);
    expect(cell.sections.map((section) => `${section.name}:${section.weight}:${section.count}`)).toEqual(['Mål:3:3', 'Bakgrund:1:1', 'Vänorter:1:2']);
    expect(cell.count).toBe(6);
    expect(cell.sections[0]?.href).toBe('/dokument/test/#s2');
  });

  test('the search term is the word used most where the theme weighs most', () => {
    expect(themeCell(document, 'vanorter').searchTerm).toBe('vänorterna');
    expect(themeCell(document, 'barn_unga')).toEqual({
      themeId: 'barn_unga',
      documentId: 'test',
      weight: 0,
      count: 0,
      sections: [],
      searchTerm: null,
      searchHref: null,
    });
  });

  test('the search link is pre-filtered to the municipality (not the document), and encoded', () => {
    expect(searchHref('vänorter', { id: 'hylte', municipality: 'Hylte', municipalityCode: '1315' })).toBe('/sok/?q=v%C3%A4norter&kommun=hylte');
    expect(searchHref('fonder och program', { id: 'tyreso', municipality: 'Tyresö', municipalityCode: '0138' })).toBe(
      '/sok/?q=fonder%20och%20program&kommun=tyreso',
    );
    // A municipality's second document filters by the municipality, which the search page offers.
    expect(searchHref('vänort', { id: 'botkyrka-2021', municipality: 'Botkyrka', municipalityCode: '0127' })).toBe('/sok/?q=v%C3%A4nort&kommun=botkyrka');
  });
});

describe('the theme map of the five real documents', () => {
  test('every theme is a row, the weightiest first; the documents are the columns', () => {
    expect(map.rows).toHaveLength(THEMES.length);
    expect(map.columns.map((column) => column.id)).toEqual(['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']);
    const totals = map.rows.map((row) => row.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  test('children and young people are a priority in Eksjö, Järfälla and Tyresö, not named in Eskilstuna and Hylte', () => {
    expect(weights(map, 'barn_unga')).toEqual({ eksjo: 4, eskilstuna: 0, hylte: 0, jarfalla: 4, tyreso: 4 });
  });

  test('twin towns are a goal in Eskilstuna (its Inriktning), mentioned elsewhere in Hylte, Järfälla and Tyresö', () => {
    expect(weights(map, 'vanorter')).toEqual({ eksjo: 0, eskilstuna: 3, hylte: 1, jarfalla: 1, tyreso: 1 });
  });

  test('environment and climate is a goal in Hylte (its section Miljö och klimat) and a priority in Järfälla', () => {
    const { hylte, jarfalla } = weights(map, 'miljo_klimat');
    expect([hylte, jarfalla]).toEqual([3, 4]);
    const row = map.rows.findIndex((candidate) => candidate.themeId === 'miljo_klimat');
    expect(map.cells[row]?.[2]?.sections[0]?.name).toBe('Miljö och klimat');
  });

  test('a theme no document names is a row of zeros', () => {
    expect(weights(map, 'beredskap')).toEqual({ eksjo: 0, eskilstuna: 0, hylte: 0, jarfalla: 0, tyreso: 0 });
    expect(map.rows.at(-1)?.named).toBe(0);
  });

  test('the finding', () => {
    expect(themeMapFinding(map)).toBe(
      'Utbildning och språk är ett prioriterat område i 3 av 5 dokument (Eksjö, Järfälla och Tyresö). Flest dokument nämner EU-samarbete och påverkan: alla 5. 1 av 20 teman nämns inte i något dokument.',
    );
    expect(themeMapFinding(themeMap([]))).toBe('Det finns inga dokument att jämföra.');
    expect(themeMapFinding(themeMap([fakeDocument('x', [['purpose', 'Syfte', 'Inget särskilt.']])]))).toBe('20 av 20 teman nämns inte i något dokument.');
  });
});

/** Every element of a tree, depth first. */
function elements(node: SvgChild): SvgElement[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];
}

describe('the dot matrix', () => {
  // What the 51 KB SVG snapshot of this chart guarded, said as what a reader sees and where it is drawn.
  test('the five real documents: the themes in order, a column per municipality, on each row a dot with its weight and name or a dash', () => {
    const chart = dotMatrixChart(map);
    const text = (element: SvgElement): string =>
      elements(element)
        .flatMap((child) => child.children.filter((part) => typeof part === 'string'))
        .join('');
    const same = (shown: string) => shown.replace(/[\s-]/gu, '');
    const rowLabels = elements(chart.labels)
      .filter((element) => element.tag === 'text')
      .map(text);
    expect(rowLabels[0]).toBe('Tema');
    expect(rowLabels.slice(1).map(same)).toEqual(map.rows.map((row) => same(row.label)));
    expect(chart.labels.attrs.height).toBe(chart.body.attrs.height);
    expect(chart.width).toBe(Number(chart.labels.attrs.width) + Number(chart.body.attrs.width));
    const columns = elements(chart.body).filter((element) => element.attrs.class === 'matrix__column');
    expect(columns.map((column) => column.attrs['data-kommun'])).toEqual(['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']);
    const columnWidth = Number(chart.body.attrs['data-column-width']);
    const dotsPerColumn: Record<string, number[]> = {};
    columns.forEach((column, columnIndex) => {
      const [head, ...cells] = column.children as SvgElement[];
      expect(same(text(head!))).toBe(same(map.columns[columnIndex]!.label));
      expect(cells).toHaveLength(map.rows.length);
      cells.forEach((shown, rowIndex) => {
        const cell = map.cells[rowIndex]![columnIndex]!;
        if (cell.weight === 0) {
          expect([shown.attrs.class, text(shown)]).toEqual(['cell__empty', '–']);
          return;
        }
        expect(shown.attrs['aria-label']).toBe(dotName(cell, map.rows[rowIndex]!.label, map.columns[columnIndex]!.label));
        expect(shown.attrs.href).toBe(cell.searchHref);
        const hit = elements(shown).find((element) => element.tag === 'rect')!;
        const circle = elements(shown).find((element) => element.tag === 'circle')!;
        const [cx, cy, r] = [Number(circle.attrs.cx), Number(circle.attrs.cy), Number(circle.attrs.r)];
        // The dot and its number sit inside their own row and column.
        expect(cy - r).toBeGreaterThanOrEqual(Number(hit.attrs.y));
        expect(cy + r).toBeLessThanOrEqual(Number(hit.attrs.y) + Number(hit.attrs.height));
        expect(cx - r).toBeGreaterThanOrEqual(0);
        expect(Number(elements(shown).find((element) => element.tag === 'text')!.attrs.x) + 10).toBeLessThanOrEqual(columnWidth);
        (dotsPerColumn[String(column.attrs['data-kommun'])] ??= []).push(cell.weight);
      });
    });
    // Dots per municipality and their weights added up, as the chart shows them today.
    expect(
      Object.fromEntries(Object.entries(dotsPerColumn).map(([id, shown]) => [id, [shown.length, shown.reduce((sum, weight) => sum + weight, 0)]])),
    ).toEqual({
      eksjo: [10, 30],
      eskilstuna: [12, 27],
      hylte: [13, 33],
      jarfalla: [17, 58],
      tyreso: [11, 33],
    });
  });

  test('a dot grows with the weight, carries the weight as a number, and links to the passages', () => {
    const chart = dotMatrixChart(map);
    const dots = elements(chart.body).filter((element) => element.tag === 'a');
    const named = map.cells.flat().filter((cell) => cell.weight > 0);
    expect(dots).toHaveLength(named.length);
    for (const dot of dots) {
      const circle = elements(dot).find((element) => element.tag === 'circle')!;
      const number = elements(dot)
        .find((element) => element.tag === 'text')!
        .children.join('');
      expect(Number(circle.attrs.r)).toBeCloseTo(radius(Number(number)), 1);
      expect(circle.attrs.fill).toBe(dotFill(Number(number)));
      expect(String(dot.attrs.href)).toMatch(/^\/sok\/\?q=[^&]+&kommun=(eksjo|eskilstuna|hylte|jarfalla|tyreso)$/u);
    }
    expect(radius(1)).toBeLessThan(radius(2));
    expect(radius(3)).toBeLessThan(radius(4));
  });

  test('a dot’s accessible name says where, how much and what it searches for', () => {
    const cell = themeCell(fakeDocument('hylte', [['goals', 'Mål', 'Miljö och klimat.']]), 'miljo_klimat');
    expect(dotName(cell, 'Miljö, klimat och hållbarhet', 'Hylte')).toBe(
      'Hylte, Miljö, klimat och hållbarhet: vikt 3 av 4 (mål), 2 träffar. Sök ”miljö” i Hylte.',
    );
  });
});
