/**
 * The overview at scale: the threshold between the two designs, documents grouped by county, the
 * counts per category and per county, their findings, the bar chart's layout, the matrix's
 * shades, the county pages and /om/'s sums — on a synthetic set of documents built here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/charts/contrast.ts';
import { layoutCategoryBars } from '../../src/features/overview/category-bars-chart.ts';
import { SHARE_BINS, shareBin } from '../../src/charts/share-scale.ts';
import { categoriesPerDocument, categoryCounts, countyMatrix, formatShare } from '../../src/lib/aggregate.ts';
import { aggregateFinding, countySpread } from '../../src/lib/aggregate-finding.ts';
import { countyHref, groupByCounty, municipalitiesInCounty, UNKNOWN_COUNTY } from '../../src/lib/counties.ts';
import { countyPages } from '../../src/features/overview/county-pages.ts';
import { coverageMatrix } from '../../src/lib/coverage-matrix.ts';
import { methodSummary, removalsByRule } from '../../src/features/overview/method.ts';
import { methodByCounty, originCounts, warningsByRule } from '../../src/features/overview/method-scale.ts';
import { buildOverview } from '../../src/features/overview/overview.ts';
import { pageDesign, PER_DOCUMENT_MAX } from '../../src/lib/scale.ts';
import { policyDocumentSchema, type PolicyDocument, type Section } from '../../src/schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, type CanonicalCategoryKey } from '../../src/taxonomy/categories.ts';
import { MUNICIPALITIES, slugify } from '../../src/taxonomy/municipalities.ts';

/** A section of `category`, found by its heading unless `guessed`. */
function section(index: number, category: string, guessed = false): Section {
  return {
    id: `avsnitt-${index}`,
    heading: category,
    number: null,
    level: 1,
    path: [category],
    category: category as Section['category'],
    categoryBasis: guessed ? 'content' : 'heading',
    part: 'document',
    fromHeader: false,
    text: `Text om ${category}.`,
    blocks: [],
    source: { startLine: index + 1, endLine: index + 1 },
  } as Section;
}

interface Spec {
  municipality: string | null;
  covered: readonly CanonicalCategoryKey[];
  guessed?: readonly CanonicalCategoryKey[];
  warnings?: number;
  removals?: number;
  origin?: string | null;
  id?: string;
}

/** A document of a municipality from the official list (its county follows), or of none. */
function document(spec: Spec): PolicyDocument {
  const municipality = spec.municipality === null ? null : MUNICIPALITIES.find((candidate) => candidate.name === spec.municipality)!;
  const categories = [...spec.covered, ...(spec.guessed ?? [])];
  return policyDocumentSchema.parse({
    id: spec.id ?? (municipality ? municipality.slug : 'okand'),
    municipality: municipality?.name ?? null,
    issuer: municipality ? { kind: 'municipality', name: municipality.name } : { kind: 'unknown', name: null },
    municipalityCode: municipality?.code ?? null,
    county: municipality?.county ?? null,
    title: `Riktlinjer för internationellt arbete${municipality ? ` i ${municipality.name}` : ''}`,
    documentType: 'riktlinje',
    adopted: { date: null, by: null, text: null },
    source: { file: `${spec.id ?? 'x'}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8', lineCount: 20 },
    metadata: {
      referenceNumbers: [],
      replaces: null,
      scope: null,
      owner: null,
      validUntil: null,
      fields: [],
      sourceUrl: null,
      retrieved: null,
      origin: spec.origin ?? null,
    },
    sections: categories.map((category, index) => section(index, category, spec.guessed?.includes(category) ?? false)),
    responsibilities: [],
    removed: Array.from({ length: spec.removals ?? 0 }, (_, index) => ({
      reason: 'Sidnummer',
      startLine: index + 1,
      endLine: index + 1,
      ruleId: 'page-number',
      text: String(index + 1),
    })),
    diagnostics: Array.from({ length: spec.warnings ?? 0 }, (_, index) => ({
      severity: 'warning',
      message: `Varning ${index + 1}`,
      line: index + 1,
      column: 1,
      ruleId: index === 0 ? 'adoption-date-placeholder' : 'category-from-content',
    })),
  });
}

const ALL = CANONICAL_CATEGORY_KEYS;

/**
 * Eight documents in four counties and one without: Stockholms län (3, one municipality twice),
 * Gotlands län (1), Hallands län (2), Örebro län (1), and one of no municipality.
 */
function corpus(): PolicyDocument[] {
  return [
    document({ municipality: 'Järfälla', covered: ALL, warnings: 1, removals: 2, origin: 'A' }),
    document({ municipality: 'Tyresö', covered: ['goals', 'priorities', 'responsibility'], origin: 'A' }),
    document({ municipality: 'Tyresö', id: 'tyreso-2020', covered: ['purpose', 'goals', 'responsibility'], guessed: ['follow-up'], warnings: 2, origin: 'B' }),
    document({ municipality: 'Gotland', covered: ALL }),
    document({ municipality: 'Hylte', covered: ['purpose', 'responsibility'], removals: 1 }),
    document({ municipality: 'Halmstad', covered: [] }),
    document({ municipality: 'Örebro', covered: ['goals'], guessed: ['purpose'] }),
    document({ municipality: null, covered: ['responsibility'] }),
  ];
}

describe('the threshold between the two designs', () => {
  test('one row per document up to PER_DOCUMENT_MAX documents, counts above', () => {
    expect(pageDesign(5)).toBe('per-document');
    expect(pageDesign(PER_DOCUMENT_MAX)).toBe('per-document');
    expect(pageDesign(PER_DOCUMENT_MAX + 1)).toBe('aggregate');
    expect(pageDesign(300)).toBe('aggregate');
  });

  test('buildOverview follows it', () => {
    const few = corpus();
    expect(buildOverview(few).design).toBe('per-document');
    const many = Array.from({ length: PER_DOCUMENT_MAX + 1 }, (_, index) => document({ municipality: MUNICIPALITIES[index]!.name, covered: ALL }));
    const overview = buildOverview(many);
    expect(overview.design).toBe('aggregate');
    if (overview.design !== 'aggregate') return;
    expect(overview.summary).toBe(
      `${PER_DOCUMENT_MAX + 1} styrdokument från ${PER_DOCUMENT_MAX + 1} kommuner i ${new Set(many.map((candidate) => candidate.county)).size} län`,
    );
    expect(overview.counts.every((count) => count.covered === PER_DOCUMENT_MAX + 1)).toBe(true);
  });
});

describe('documents by county', () => {
  test('counties in Swedish order, the documents without a county last as “Okänd kommun”', () => {
    const groups = groupByCounty(corpus());
    expect(groups.map((group) => group.label)).toEqual(['Gotlands län', 'Hallands län', 'Stockholms län', 'Örebro län', 'Okänd kommun']);
    expect(groups.map((group) => group.href)).toEqual([
      '/oversikt/gotlands-lan/',
      '/oversikt/hallands-lan/',
      '/oversikt/stockholms-lan/',
      '/oversikt/orebro-lan/',
      '/oversikt/okand-kommun/',
    ]);
    expect(groups.at(-1)).toMatchObject({ county: null, slug: UNKNOWN_COUNTY.slug, municipalities: 0, municipalitiesInCounty: null });
  });

  test('each group keeps the documents’ order, counts its municipalities once, and knows how many the county has', () => {
    const stockholm = groupByCounty(corpus()).find((group) => group.county === 'Stockholms län')!;
    expect(stockholm.documents.map((candidate) => candidate.id)).toEqual(['jarfalla', 'tyreso', 'tyreso-2020']);
    expect(stockholm.municipalities).toBe(2);
    expect(stockholm.municipalitiesInCounty).toBe(26);
    expect(municipalitiesInCounty('Gotlands län')).toBe(1);
    expect(municipalitiesInCounty('Västra Götalands län')).toBe(49);
    expect(municipalitiesInCounty('Påhittat län')).toBeNull();
  });

  test('every county of the official list has a slug of its own, none the unknown group’s', () => {
    const counties = [...new Set(MUNICIPALITIES.map((municipality) => municipality.county))];
    expect(counties).toHaveLength(21);
    const slugs = new Set(counties.map((county) => slugify(county)));
    expect(slugs.size).toBe(21);
    expect(slugs.has(UNKNOWN_COUNTY.slug)).toBe(false);
    expect(countyHref(null)).toBe('/oversikt/okand-kommun/');
  });
});

describe('counts per category', () => {
  test('named, guessed and missing add up to every document, for each category', () => {
    const counts = categoryCounts(coverageMatrix(corpus()));
    expect(counts.map((count) => [count.category, count.heading, count.guessed, count.missing])).toEqual([
      ['purpose', 4, 1, 3],
      ['goals', 5, 0, 3],
      ['priorities', 3, 0, 5],
      ['responsibility', 6, 0, 2],
      ['follow-up', 2, 1, 5],
    ]);
    for (const count of counts) {
      expect(count.heading + count.guessed + count.missing).toBe(8);
      expect(count.covered).toBe(count.heading + count.guessed);
      expect(count.share).toBe(count.covered / 8);
    }
  });

  test('how many of the five each document covers', () => {
    // Järfälla, Gotland: 5; Tyresö 2020: 4; Tyresö: 3; Hylte, Örebro: 2; the unknown: 1; Halmstad: 0.
    expect(categoriesPerDocument(coverageMatrix(corpus()))).toEqual([1, 1, 2, 1, 1, 2]);
  });

  test('shares are rounded, but never up to 100 % nor down to 0 %', () => {
    expect(formatShare(1)).toBe('100\u00a0%');
    expect(formatShare(0)).toBe('0\u00a0%');
    expect(formatShare(299 / 300)).toBe('99\u00a0%');
    expect(formatShare(1 / 300)).toBe('1\u00a0%');
    expect(formatShare(0.684)).toBe('68\u00a0%');
  });
});

describe('the county × category matrix', () => {
  test('its rows add up to the total, document for document and cell for cell', () => {
    const matrix = countyMatrix(groupByCounty(corpus()));
    expect(matrix.rows.map((row) => row.documents)).toEqual([1, 2, 3, 1, 1]);
    expect(matrix.total.documents).toBe(8);
    expect(matrix.rows.reduce((sum, row) => sum + row.documents, 0)).toBe(matrix.total.documents);
    for (const [index, cell] of matrix.total.cells.entries()) {
      expect(matrix.rows.reduce((sum, row) => sum + row.cells[index]!.covered, 0)).toBe(cell.covered);
      expect(matrix.rows.reduce((sum, row) => sum + row.cells[index]!.missing, 0)).toBe(cell.missing);
    }
    const halland = matrix.rows.find((row) => row.label === 'Hallands län')!;
    expect(halland.cells.map((cell) => cell.share)).toEqual([0.5, 0, 0, 0.5, 0]);
    expect(matrix.total.municipalities).toBe(6);
  });

  test('shades: five steps, a share falls in the step it shows, and text stays readable on every shade', () => {
    expect([1, 0.999, 0.9, 0.894, 0.75, 0.5, 0.494, 0].map((share) => shareBin(share).key)).toEqual([
      'all',
      'most',
      'most',
      'many',
      'many',
      'half',
      'few',
      'few',
    ]);
    // The shade is the step of the number the cell prints: 26 of 29 reads "90 %", so it is shaded as 90–99 %.
    expect(formatShare(26 / 29)).toBe('90\u00a0%');
    expect(shareBin(26 / 29).key).toBe('most');
    for (const bin of SHARE_BINS) expect(contrastRatio('#1b1b1f', bin.fill), bin.key).toBeGreaterThanOrEqual(4.5);
  });

  test('the matrix’s stylesheet shades each step with the fill SHARE_BINS gives it', () => {
    const component = readFileSync(join(import.meta.dirname, '../../src/charts/components/share-shades.css'), 'utf8');
    for (const bin of SHARE_BINS) expect(component).toContain(`.share-cell--${bin.key} { background: ${bin.fill}; }`);
  });
});

describe('findings at scale', () => {
  test('most and least covered categories, with counts and shares, and how many cover all five', () => {
    const rows = coverageMatrix(corpus());
    const finding = aggregateFinding(categoryCounts(rows), categoriesPerDocument(rows));
    expect(finding.headline).toBe(
      'Ansvar finns i flest dokument, 6 av 8 (75\u00a0%); prioriterade områden och uppföljning i färst, 3 av 8 (38\u00a0%). 2 av de 8 dokumenten har avsnitt om alla fem, ett saknar alla fem.',
    );
    expect(finding.guessedNote).toBe('I två fall är kategorin gissad från avsnittets text, inte dess rubrik.');
  });

  test('every category everywhere, or all equally often, or none', () => {
    const full = coverageMatrix([document({ municipality: 'Ale', covered: ALL }), document({ municipality: 'Alingsås', covered: ALL })]);
    expect(aggregateFinding(categoryCounts(full), categoriesPerDocument(full))).toEqual({
      headline: 'Alla 2 dokument har ett eget avsnitt om var och en av de fem kategorierna.',
      guessedNote: null,
    });
    const half = coverageMatrix([document({ municipality: 'Ale', covered: ALL }), document({ municipality: 'Alingsås', covered: [] })]);
    expect(aggregateFinding(categoryCounts(half), categoriesPerDocument(half)).headline).toBe(
      'Var och en av de fem kategorierna finns i 1 av 2 dokument (50\u00a0%). 1 av de 2 dokumenten har avsnitt om alla fem, ett saknar alla fem.',
    );
    expect(aggregateFinding(categoryCounts([]), categoriesPerDocument([])).headline).toBe('Det finns inga dokument ännu.');
  });

  test('where the counties differ most, among counties with enough documents, never the unknown group', () => {
    const matrix = countyMatrix(groupByCounty(corpus()));
    // With at least two documents: Hallands län and Stockholms län (the unknown group is not a county).
    expect(countySpread(matrix, 2)).toBe(
      'Störst skillnad mellan länen gäller mål: från 0\u00a0% av dokumenten i Hallands län till 100\u00a0% i Stockholms län (bland de två län som har minst två dokument).',
    );
    expect(countySpread(matrix, 3)).toBeNull();
    const alike = countyMatrix(groupByCounty([document({ municipality: 'Ale', covered: ALL }), document({ municipality: 'Järfälla', covered: ALL })]));
    expect(countySpread(alike, 1)).toBe('Andelarna är desamma i alla län, bland de två län som har minst ett dokument.');
  });
});

describe('the aggregate chart’s layout', () => {
  const counts = categoryCounts(coverageMatrix(corpus()));
  const layout = layoutCategoryBars(counts);

  test('one bar per category whose parts are as long as their counts and together as long as the bar', () => {
    expect(layout.bars.map((bar) => bar.category)).toEqual([...CANONICAL_CATEGORY_KEYS]);
    for (const [index, bar] of layout.bars.entries()) {
      const count = counts[index]!;
      const part = (status: string) => bar.segments.find((segment) => segment.status === status);
      expect(part('missing')).toMatchObject({ x: layout.barX, width: layout.barWidth, count: count.missing });
      expect(part('heading')?.width ?? 0).toBeCloseTo((count.heading / 8) * layout.barWidth, 0);
      expect(part('guessed')?.width ?? 0).toBeCloseTo((count.guessed / 8) * layout.barWidth, 0);
      if (part('guessed')) expect(part('guessed')!.x).toBeCloseTo(layout.barX + (part('heading')?.width ?? 0), 0);
    }
    // No part of zero documents is drawn.
    expect(layout.bars[1]!.segments.map((segment) => segment.status)).toEqual(['missing', 'heading']);
  });

  test('every bar says its count in words, and its label and value above it', () => {
    expect(layout.bars[0]!.value).toBe('5 av 8 (63\u00a0%)');
    expect(layout.bars[0]!.description).toBe('Syfte: 5 av 8 dokument har ett eget avsnitt (63\u00a0%), i 1 av dem gissat från texten; 3 saknar det');
    expect(layout.bars[2]!.description).toBe('Prioriterade områden: 3 av 8 dokument har ett eget avsnitt (38\u00a0%); 5 saknar det');
    for (const bar of layout.bars) expect(bar.textY).toBeLessThan(bar.barY);
  });

  test('bars do not overlap and everything fits the drawing', () => {
    for (let i = 1; i < layout.bars.length; i++) expect(layout.bars[i]!.textY - layout.fontSize).toBeGreaterThan(layout.bars[i - 1]!.barY + layout.barHeight);
    expect(layout.barX + layout.barWidth).toBeLessThanOrEqual(layout.width);
    expect(layout.bars.at(-1)!.barY + layout.barHeight).toBeLessThan(layout.tickY);
    expect(layout.tickY).toBeLessThanOrEqual(layout.height);
    expect(layout.ticks.map((tick) => tick.text)).toEqual(['0\u00a0%', '25\u00a0%', '50\u00a0%', '75\u00a0%', '100\u00a0%']);
    expect(layout.ticks[0]!.x).toBe(layout.barX);
    expect(layout.ticks.at(-1)!.x).toBe(layout.barX + layout.barWidth);
  });
});

describe('county pages', () => {
  const pages = countyPages(corpus());

  test('one per county with documents, and one for the unknown group, each with only its own documents', () => {
    expect(pages.map((page) => page.slug)).toEqual(['gotlands-lan', 'hallands-lan', 'stockholms-lan', 'orebro-lan', 'okand-kommun']);
    const stockholm = pages.find((page) => page.slug === 'stockholms-lan')!;
    expect(stockholm.overview.design).toBe('per-document');
    expect(stockholm.overview.coverage.map((row) => row.documentId)).toEqual(['jarfalla', 'tyreso', 'tyreso-2020']);
    expect(stockholm.overview.documents.map((row) => row.id)).toEqual(['jarfalla', 'tyreso', 'tyreso-2020']);
    expect(stockholm.method.documents.map((entry) => entry.id)).toEqual(['jarfalla', 'tyreso', 'tyreso-2020']);
    expect(pages.reduce((sum, page) => sum + page.overview.coverage.length, 0)).toBe(8);
  });

  test('the lead says how many of the county’s municipalities have a document, and which lack one', () => {
    const lead = Object.fromEntries(pages.map((page) => [page.slug, page.lead]));
    expect(lead).toEqual({
      'gotlands-lan': '1 styrdokument från länets enda kommun.',
      'hallands-lan': '2 styrdokument från två av länets sex kommuner.',
      'stockholms-lan': '3 styrdokument från två av länets 26 kommuner.',
      'orebro-lan': '1 styrdokument från en av länets tolv kommuner.',
      'okand-kommun': '1 styrdokument där tolkningen inte kunde avgöra vilken kommun det kommer från, och därmed inte länet.',
    });
    expect(pages.find((page) => page.slug === 'hallands-lan')!.withoutDocument).toEqual(['Falkenberg', 'Kungsbacka', 'Laholm', 'Varberg']);
    expect(pages.find((page) => page.slug === 'okand-kommun')!.withoutDocument).toEqual([]);
  });

  test('each lists every county, marking its own', () => {
    for (const page of pages) {
      expect(page.counties.map((county) => county.href)).toEqual(pages.map((other) => `/oversikt/${other.slug}/`));
      expect(page.counties.filter((county) => county.current).map((county) => county.label)).toEqual([page.label]);
    }
  });
});

describe('/om/ at scale', () => {
  test('numbers per county add up to the numbers of all documents', () => {
    const documents = corpus();
    const perCounty = methodByCounty(groupByCounty(documents));
    const summary = methodSummary(documents);
    const sum = (pick: (row: (typeof perCounty)[number]) => number) => perCounty.reduce((total, row) => total + pick(row), 0);
    expect(sum((row) => row.documents)).toBe(8);
    expect(sum((row) => row.sections)).toBe(summary.totalSections);
    expect(sum((row) => row.removals)).toBe(summary.totalRemovals);
    expect(sum((row) => row.warnings)).toBe(summary.totalWarnings);
    expect(sum((row) => row.byBasis.content)).toBe(summary.byBasis.content);
    expect(perCounty.find((row) => row.label === 'Stockholms län')).toMatchObject({ warnings: 3, documentsWithWarnings: 2, href: '/oversikt/stockholms-lan/' });
  });

  test('warnings per rule, most first, with how many documents and one example', () => {
    expect(warningsByRule(corpus())).toEqual([
      { ruleId: 'adoption-date-placeholder', warnings: 2, documents: 2, example: { message: 'Varning 1', documentId: 'jarfalla', municipality: 'Järfälla' } },
      { ruleId: 'category-from-content', warnings: 1, documents: 1, example: { message: 'Varning 2', documentId: 'tyreso-2020', municipality: 'Tyresö' } },
    ]);
  });

  test('origins counted, the unrecorded ones too; removals count the documents they touched', () => {
    expect(originCounts(corpus())).toEqual([
      { origin: null, documents: 5 },
      { origin: 'A', documents: 2 },
      { origin: 'B', documents: 1 },
    ]);
    expect(removalsByRule(corpus())).toMatchObject([{ ruleId: 'page-number', removals: 3, documentCount: 2, documents: ['Järfälla', 'Hylte'] }]);
  });
});
