/**
 * `/teman/` at scale: the themes counted over all documents (per weight), the national chart and
 * its caption, the default handful, and the county pages — with documents made so the expected
 * counts are known, and against the five real ones.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/charts/contrast.ts';
import { renderSvg, type SvgChild, type SvgElement } from '../../src/charts/svg.ts';
import { defaultDocumentIds } from '../../src/lib/default-selection.ts';
import { PER_DOCUMENT_MAX } from '../../src/lib/scale.ts';
import { groupByCounty } from '../../src/lib/counties.ts';
import { countyThemeFinding, countyThemeMatrix } from '../../src/features/teman/county-themes.ts';
import { DOT_STROKE, MAX_COLUMN_WIDTH, dotFill, dotMatrixChart } from '../../src/features/teman/dot-matrix-chart.ts';
import { themeCountsFinding, themeMapFinding } from '../../src/features/teman/theme-findings.ts';
import { documentsAt, themeCounts, type ThemeCount } from '../../src/features/teman/theme-aggregate.ts';
import { BARS_WIDTH, countColour, describeThemeBar, themeBarsChart } from '../../src/features/teman/theme-bars-chart.ts';
import { themeMap } from '../../src/features/teman/theme-map.ts';
import { buildTemanPage, handfulNote, temanCountyPages } from '../../src/features/teman/teman-page.ts';
import { THEME_WEIGHTS } from '../../src/features/teman/weights.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import type { CategoryKey } from '../../src/taxonomy/categories.ts';
import { THEMES, type ThemeId } from '../../src/taxonomy/themes.ts';
import { SEEDS, parseSeed, type SeedName } from '../support/parse.ts';

interface FakeOptions {
  municipality?: string;
  county?: string | null;
  date?: string | null;
}

/** A made-up document with one section per `[category, text]`. */
function fakeDocument(id: string, sections: readonly (readonly [CategoryKey, string])[], options: FakeOptions = {}): PolicyDocument {
  return {
    id,
    municipality: options.municipality ?? id.charAt(0).toUpperCase() + id.slice(1),
    issuer: { kind: 'unknown', name: null },
    municipalityCode: null,
    county: options.county ?? null,
    title: 'Riktlinjer',
    documentType: null,
    adopted: { date: options.date ?? null, by: null, text: null },
    source: { file: `${id}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8', lineCount: 9 },
    metadata: { referenceNumbers: [], replaces: null, scope: null, owner: null, validUntil: null, fields: [], sourceUrl: null, retrieved: null, origin: null },
    sections: sections.map(([category, text], index) => ({
      id: `s${index + 1}`,
      heading: null,
      number: null,
      level: 1,
      path: [],
      category,
      categoryBasis: 'heading',
      part: 'document',
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

const countOf = (counts: readonly ThemeCount[], theme: ThemeId): ThemeCount => {
  const count = counts.find((candidate) => candidate.themeId === theme);
  if (!count) throw new Error(`no count for ${theme}`);
  return count;
};
const perWeight = (count: ThemeCount) => count.byWeight.map((entry) => entry.documents);

/** Every element of a tree, depth first. */
function elements(node: SvgChild): SvgElement[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];
}
const textOf = (node: SvgChild): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));

/** Four documents that name twin towns as a priority, a goal, in passing, and not at all; two of them name the EU as a goal. */
const four = [
  fakeDocument('a', [
    ['priorities', 'Vänorter och EU.'],
    ['background', 'Vänorter.'],
  ]),
  fakeDocument('b', [['goals', 'Vänorter och EU.']]),
  fakeDocument('c', [['background', 'Vänorter.']]),
  fakeDocument('d', [['purpose', 'Inget särskilt.']]),
];

let seeds: PolicyDocument[];
beforeAll(async () => {
  const collator = new Intl.Collator('sv');
  seeds = (await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)))).sort((a, b) =>
    collator.compare(a.municipality ?? '', b.municipality ?? ''),
  );
});

describe('the themes counted over all documents', () => {
  test('each document counts once, at its weight for the theme; the rest do not name it', () => {
    const counts = themeCounts(themeMap(four));
    const vanorter = countOf(counts, 'vanorter');
    expect(vanorter.byWeight).toEqual([
      { weight: 4, label: 'Prioriterat område', documents: 1 },
      { weight: 3, label: 'Mål', documents: 1 },
      { weight: 2, label: 'Syfte', documents: 0 },
      { weight: 1, label: 'Nämns annars', documents: 1 },
    ]);
    expect(vanorter).toMatchObject({ named: 3, notNamed: 1, total: 4, share: 0.75, weightTotal: 8 });
    // `a` names the EU as a priority (weight 4), `b` as a goal.
    expect(perWeight(countOf(counts, 'eu_paverkan'))).toEqual([1, 1, 0, 0]);
    expect(documentsAt(vanorter, 4)).toBe(1);
    expect(documentsAt(vanorter, 0)).toBe(0);
  });

  test('every theme is a row, in the map’s order: the weightiest first', () => {
    const counts = themeCounts(themeMap(four));
    expect(counts).toHaveLength(THEMES.length);
    expect(counts.slice(0, 2).map((count) => count.themeId)).toEqual(['vanorter', 'eu_paverkan']);
    const totals = counts.map((count) => count.weightTotal);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  test('the five real documents: the parts of every theme add up to the five, and match the per-document map', () => {
    const map = themeMap(seeds);
    const counts = themeCounts(map);
    for (const count of counts) expect(perWeight(count).reduce((sum, value) => sum + value, 0) + count.notNamed).toBe(5);
    // As tests/unit/teman.test.ts pins them per document: children and young people a priority in three, twin towns a goal in one and named in three.
    expect(perWeight(countOf(counts, 'barn_unga'))).toEqual([3, 0, 0, 0]);
    expect(perWeight(countOf(counts, 'vanorter'))).toEqual([0, 1, 0, 3]);
    expect(countOf(counts, 'beredskap')).toMatchObject({ named: 0, notNamed: 5, weightTotal: 0 });
    expect(counts.map((count) => count.themeId)).toEqual(map.rows.map((row) => row.themeId));
  });

  test('no documents: every theme counts zero, share 0', () => {
    const counts = themeCounts(themeMap([]));
    expect(counts.every((count) => count.total === 0 && count.named === 0 && count.share === 0)).toBe(true);
  });
});

describe('the national chart’s caption', () => {
  test('the five real documents: four themes tie as priority, three are named by all, one by none', () => {
    expect(themeCountsFinding(themeCounts(themeMap(seeds)))).toBe(
      'Fyra teman är lika ofta ett prioriterat område: i 3 av 5 dokument vardera (60\u00a0%). Alla 5 dokument nämner ”EU-samarbete och påverkan”, ”Extern finansiering (EU:s fonder och program)” och ”Utbildning och språk”. 1 av 20 teman nämns inte i något dokument: säkerhet, beredskap och solidaritet.',
    );
  });

  test('tied leaders are quoted as written; one leader is named in lower case, with its count and share', () => {
    expect(themeCountsFinding(themeCounts(themeMap(four)))).toBe(
      'Oftast ett prioriterat område är ”Vänorter och partnerskap” och ”EU-samarbete och påverkan”: i 1 av 4 dokument vardera (25\u00a0%). Flest dokument nämner vänorter och partnerskap: 3 av 4 dokument (75\u00a0%). 18 av 20 teman nämns inte i något dokument.',
    );
    const documents = [...four, fakeDocument('e', [['priorities', 'Vänorter.']])];
    expect(themeCountsFinding(themeCounts(themeMap(documents)))).toMatch(
      /^Oftast ett prioriterat område är vänorter och partnerskap: i 2 av 5 dokument \(40\u00a0%\)\. Flest dokument nämner vänorter och partnerskap: 4 av 5 dokument \(80\u00a0%\)\./u,
    );
  });

  test('no priority area at all, and no documents', () => {
    const documents = [fakeDocument('x', [['background', 'Vänorter.']]), fakeDocument('y', [['purpose', 'Inget.']])];
    expect(themeCountsFinding(themeCounts(themeMap(documents)))).toMatch(
      /^Inget tema är ett prioriterat område i något av de 2 dokumenten\. Flest dokument nämner vänorter och partnerskap: 1 av 2 dokument \(50\u00a0%\)\./u,
    );
    expect(themeCountsFinding(themeCounts(themeMap([])))).toBe('Det finns inga dokument att jämföra.');
  });
});

describe('the national chart', () => {
  const counts = themeCounts(themeMap(four));
  const chart = themeBarsChart(counts, 'Diagram: teman');
  const bars = elements(chart).filter((element) => element.attrs.role === 'img');

  test('one bar per theme, each saying all of its counts in words', () => {
    expect(chart.attrs).toMatchObject({ role: 'group', 'aria-label': 'Diagram: teman', width: BARS_WIDTH });
    expect(bars).toHaveLength(THEMES.length);
    const vanorter = bars.find((bar) => bar.attrs['data-theme'] === 'vanorter')!;
    expect(vanorter.attrs['aria-label']).toBe(
      'Vänorter och partnerskap: prioriterat område i 1 dokument, mål i 1, syfte i 0, nämns annars i 1; nämns inte i 1. Nämns i 3 av 4 (75\u00a0%).',
    );
    expect(textOf(elements(vanorter).find((element) => element.tag === 'title')!)).toBe(vanorter.attrs['aria-label']);
    expect(describeThemeBar(countOf(counts, 'vanorter'))).toBe(vanorter.attrs['aria-label']);
  });

  test('the parts are as long as their share of the documents, from the highest weight, and print their counts', () => {
    const vanorter = bars.find((bar) => bar.attrs['data-theme'] === 'vanorter')!;
    const rects = elements(vanorter).filter((element) => element.tag === 'rect');
    const whole = rects.find((rect) => rect.attrs['data-weight'] === 0)!;
    expect(whole.attrs['data-count']).toBe(1);
    const parts = elements(vanorter).filter((element) => element.tag === 'g' && element.attrs['data-weight'] !== undefined);
    expect(parts.map((part) => part.attrs['data-weight'])).toEqual([4, 3, 1]);
    let x = 0;
    for (const part of parts) {
      const rect = part.children.find((child): child is SvgElement => typeof child !== 'string' && child.tag === 'rect')!;
      expect(Number(rect.attrs.x)).toBeCloseTo(x, 1);
      expect(Number(rect.attrs.width)).toBeCloseTo(Number(whole.attrs.width) / 4, 1);
      expect(rect.attrs.fill).toBe(dotFill(Number(part.attrs['data-weight'])));
      expect(textOf(part)).toBe('1');
      x += Number(rect.attrs.width);
    }
    expect(textOf(vanorter)).toContain('3 av 4');
  });

  test('a part too narrow for its count leaves it to the bar’s name and the table', () => {
    const many = [
      fakeDocument('p', [['priorities', 'Vänorter.']]),
      ...Array.from({ length: 299 }, (_, index) => fakeDocument(`q${index}`, [['goals', 'Vänorter.']])),
    ];
    const bar = elements(themeBarsChart(themeCounts(themeMap(many)), 'x')).find((element) => element.attrs['data-theme'] === 'vanorter')!;
    const parts = elements(bar).filter((element) => element.tag === 'g' && element.attrs['data-weight'] !== undefined);
    expect(parts.map((part) => [part.attrs['data-weight'], textOf(part)])).toEqual([
      [4, ''],
      [3, '299'],
    ]);
    expect(bar.attrs['aria-label']).toContain('prioriterat område i 1 dokument, mål i 299');
  });

  test('counts meet 4.5:1 on every fill, and every part’s outline 3:1 on white', () => {
    for (const entry of THEME_WEIGHTS) expect(contrastRatio(countColour(entry.weight), dotFill(entry.weight)), entry.label).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(DOT_STROKE, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  test('every text is escaped', () => {
    expect(renderSvg(chart)).not.toMatch(/<(?!\/?(svg|g|line|text|tspan|title|rect)[\s>])/u);
  });
});

/** `count` documents, spread over the counties in turn, decided a year apart. */
function corpus(count: number, counties = ['Stockholms län', 'Skåne län', 'Hallands län']): PolicyDocument[] {
  return Array.from({ length: count }, (_, index) =>
    fakeDocument(`k${String(index).padStart(2, '0')}`, [[index % 2 === 0 ? 'priorities' : 'goals', 'Vänorter och EU.']], {
      county: counties[index % counties.length] ?? null,
      date: `${1990 + index}-01-01`,
    }),
  );
}

describe('the page’s two designs', () => {
  test(`up to ${PER_DOCUMENT_MAX} documents: one column per document, and no county pages`, () => {
    const documents = corpus(PER_DOCUMENT_MAX);
    const page = buildTemanPage(documents);
    expect(page.design).toBe('per-document');
    if (page.design !== 'per-document') return;
    expect(page.map.columns).toHaveLength(PER_DOCUMENT_MAX);
    expect(temanCountyPages(documents)).toEqual([]);
    expect(buildTemanPage(seeds).design).toBe('per-document');
  });

  test('above it: the counts over all, the comparison’s handful, and a link per county', () => {
    const documents = corpus(PER_DOCUMENT_MAX + 1);
    const page = buildTemanPage(documents);
    expect(page.design).toBe('aggregate');
    if (page.design !== 'aggregate') return;
    expect(page.counts.every((count) => count.total === 31)).toBe(true);
    expect(perWeight(countOf(page.counts, 'vanorter'))).toEqual([16, 15, 0, 0]);
    expect(page.finding).toMatch(
      /^Oftast ett prioriterat område är ”EU-samarbete och påverkan” och ”Vänorter och partnerskap”: i 16 av 31 dokument vardera \(52\u00a0%\)\./u,
    );
    expect(page.handful.columns.map((column) => column.id)).toEqual(defaultDocumentIds(documents));
    expect(page.handful.columns.length).toBe(5);
    expect(page.handfulNote).toBe(handfulNote(31));
    expect(page.summary).toBe('31 styrdokument från 31 kommuner i 3 län');
    expect(page.countyThemes.rows.map((row) => row.documents)).toEqual([10, 10, 11]);
    expect(page.countyThemes.total.cells.map((cell) => cell.count)).toEqual([31, 31]);
    expect(page.counties.map((county) => [county.label, county.href, county.documents, county.current])).toEqual([
      ['Hallands län', '/teman/lan/hallands-lan/', 10, false],
      ['Skåne län', '/teman/lan/skane-lan/', 10, false],
      ['Stockholms län', '/teman/lan/stockholms-lan/', 11, false],
    ]);
  });

  test('the handful’s note says which documents and where the rest are', () => {
    expect(handfulNote(300)).toBe(
      'Kartan visar de fem senast beslutade dokumenten, högst ett per län, det nyaste först: samma fem som jämförelsen visar innan du väljer själv. Alla 300 dokumenten finns län för län på länens sidor.',
    );
  });

  test('a county page per county: its documents only, every county linked, itself marked', () => {
    const documents = [...corpus(PER_DOCUMENT_MAX + 1), fakeDocument('okand', [['goals', 'EU.']], { municipality: 'Okänd' })];
    const pages = temanCountyPages(documents);
    expect(pages.map((page) => page.slug)).toEqual(['hallands-lan', 'skane-lan', 'stockholms-lan', 'okand-kommun']);
    expect(pages.flatMap((page) => page.map.columns.map((column) => column.id)).sort()).toEqual(documents.map((document) => document.id).sort());
    for (const page of pages) {
      expect(page.counties.filter((county) => county.current).map((county) => county.slug)).toEqual([page.slug]);
      expect(page.counties).toHaveLength(4);
    }
    const stockholm = pages[2]!;
    expect(stockholm.heading).toBe('Teman i Stockholms län');
    expect(stockholm.map.columns.map((column) => column.id)).toEqual(
      documents.filter((document) => document.county === 'Stockholms län').map((document) => document.id),
    );
    expect(stockholm.lead).toMatch(/^11 styrdokument från /u);
    expect(pages[3]!.heading).toBe('Teman i dokument från okänd kommun');
  });
});

describe('the themes county by county', () => {
  // Stockholm: twin towns a priority, a goal and a mention, the EU a goal; Skåne: twin towns a goal twice; Halland: a purpose only.
  const documents = [
    fakeDocument('s1', [['priorities', 'Vänorter.']], { county: 'Stockholms län' }),
    fakeDocument('s2', [['goals', 'Vänorter och EU.']], { county: 'Stockholms län' }),
    fakeDocument('s3', [['background', 'Vänorter.']], { county: 'Stockholms län' }),
    fakeDocument('k1', [['goals', 'Vänorter.']], { county: 'Skåne län' }),
    fakeDocument('k2', [['goals', 'Vänorter.']], { county: 'Skåne län' }),
    fakeDocument('h1', [['purpose', 'Vänorter.']], { county: 'Hallands län' }),
  ];
  const matrix = countyThemeMatrix(themeMap(documents), groupByCounty(documents), '/teman/lan/');

  test('the columns are the themes that documents make a priority or a goal, the most often first', () => {
    expect(matrix.themes.map((theme) => theme.themeId)).toEqual(['vanorter', 'eu_paverkan']);
    expect(countyThemeMatrix(themeMap(documents), groupByCounty(documents), '/teman/lan/', 1).themes.map((theme) => theme.themeId)).toEqual(['vanorter']);
  });

  test('each county counts its documents that make the theme a priority or a goal, and links to its page', () => {
    const row = (slug: string) => matrix.rows.find((candidate) => candidate.slug === slug)!;
    expect(row('stockholms-lan')).toMatchObject({ href: '/teman/lan/stockholms-lan/', documents: 3 });
    expect(row('stockholms-lan').cells.map((cell) => [cell.count, cell.total])).toEqual([
      [2, 3],
      [1, 3],
    ]);
    expect(row('skane-lan').cells.map((cell) => cell.share)).toEqual([1, 0]);
    expect(row('hallands-lan').cells.map((cell) => cell.count)).toEqual([0, 0]);
    expect(matrix.total).toEqual({
      documents: 6,
      cells: [
        { themeId: 'vanorter', count: 4, total: 6, share: 4 / 6 },
        { themeId: 'eu_paverkan', count: 1, total: 6, share: 1 / 6 },
      ],
    });
  });

  test('the finding: the theme most often prominent, and the counties at either end', () => {
    expect(countyThemeFinding(matrix, 1)).toBe(
      'Oftast ett prioriterat område eller mål är vänorter och partnerskap: i 67\u00a0% av alla dokument, från 0\u00a0% i Hallands län till 100\u00a0% i Skåne län (bland de tre län som har minst ett dokument).',
    );
    expect(countyThemeFinding(matrix, 2)).toBe(
      'Oftast ett prioriterat område eller mål är vänorter och partnerskap: i 67\u00a0% av alla dokument, från 67\u00a0% i Stockholms län till 100\u00a0% i Skåne län (bland de två län som har minst två dokument).',
    );
    expect(countyThemeFinding(matrix, 3)).toBe('Oftast ett prioriterat område eller mål är vänorter och partnerskap: i 67\u00a0% av alla dokument.');
    expect(countyThemeFinding(countyThemeMatrix(themeMap([documents[5]!]), groupByCounty([documents[5]!]), '/teman/lan/'))).toBe(
      'Inget av dokumenten gör något tema till ett prioriterat område eller ett mål.',
    );
  });
});

describe('the dot matrix on a county page', () => {
  test('a long document name wraps in the header instead of widening every column', () => {
    const documents = [
      fakeDocument('vallentuna-internationell', [['goals', 'Vänorter.']], { municipality: 'Vallentuna (vallentuna-internationell)' }),
      fakeDocument('ale', [['goals', 'EU.']]),
    ];
    const chart = dotMatrixChart(themeMap(documents));
    expect(Number(chart.body.attrs['data-column-width'])).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
    const header = elements(chart.body).find((element) => element.tag === 'g' && element.attrs['data-kommun'] === 'vallentuna-internationell')!
      .children[0] as SvgElement;
    expect(header.children.length).toBeGreaterThan(1);
    expect(textOf(header).replace(/-/gu, '')).toBe('Vallentuna (vallentunainternationell)');
    expect(chart.labels.attrs.height).toBe(chart.body.attrs.height);
  });

  test('the finding names the documents only when they are few', () => {
    const many = Array.from({ length: 7 }, (_, index) => fakeDocument(`m${index}`, [['priorities', 'Vänorter.']]));
    expect(themeMapFinding(themeMap(many))).toMatch(/^Vänorter och partnerskap är ett prioriterat område i 7 av 7 dokument\. /u);
    expect(themeMapFinding(themeMap(many.slice(0, 2)))).toMatch(/^Vänorter och partnerskap är ett prioriterat område i 2 av 2 dokument \(M0 och M1\)\. /u);
  });
});
