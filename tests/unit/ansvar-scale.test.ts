/**
 * Vem gör vad at scale: the counts over all documents agree with the per-municipality chart, the
 * pages per kind and per actor sum their comparison, their captions state the counts, and above
 * PER_DOCUMENT_MAX documents every subject has one page per county holding exactly that county's
 * documents. Built on the five real documents and on copies of them spread over many municipalities.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { compareByActor, compareByKind } from '../../src/features/ansvar/comparison.ts';
import { SHARE_BINS, SPREAD_BINS, shareBin } from '../../src/charts/share-scale.ts';
import { comparisonTotals } from '../../src/features/ansvar/comparison-totals.ts';
import { DUTY_KIND_ORDER } from '../../src/features/ansvar/duty-kinds.ts';
import { dutyMatrix } from '../../src/features/ansvar/duty-matrix.ts';
import { nationalDutyMatrix } from '../../src/features/ansvar/national.ts';
import { actorTotalsFinding, kindTotalsFinding, nationalFinding } from '../../src/features/ansvar/scale-findings.ts';
import { subjectCountyPages, subjectPages } from '../../src/features/ansvar/subject-pages.ts';
import { defaultDocuments } from '../../src/lib/default-selection.ts';
import { PER_DOCUMENT_MAX } from '../../src/lib/scale.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { spreadOverCounties } from '../support/seed-spread.ts';

let seeds: PolicyDocument[];
/** 40 documents: the seeds copied to every seventh municipality of the official list, across the counties. */
let many: PolicyDocument[];

beforeAll(async () => {
  seeds = await parseSeedsInSiteOrder();
  many = spreadOverCounties(seeds);
});

describe('the counts over all documents', () => {
  test('each cell counts the documents whose chart column shows the actor in that row', () => {
    for (const documents of [seeds, many]) {
      const national = nationalDutyMatrix(documents);
      const chart = dutyMatrix(documents);
      national.rows.forEach((row, rowIndex) => {
        national.actors.forEach((actor, actorIndex) => {
          const shown = (chart.cells[rowIndex] ?? []).filter((cell) => cell.actors.some((holder) => holder.actorId === actor.id)).length;
          expect(row.cells[actorIndex]?.count, `${row.kind} × ${actor.id}`).toBe(shown);
        });
        expect(row.named.count).toBe((chart.cells[rowIndex] ?? []).filter((cell) => cell.actors.length > 0).length);
      });
    }
  });

  test('the five real documents: twin towns are held by kommunfullmäktige in three and kommunstyrelsen in one', () => {
    const national = nationalDutyMatrix(seeds);
    const twinTowns = national.rows.find((row) => row.kind === 'twin-towns')!;
    const at = (actorId: string) => twinTowns.cells[national.actors.findIndex((actor) => actor.id === actorId)]?.count;
    expect([at('kf'), at('ks'), twinTowns.named.count, twinTowns.named.total]).toEqual([3, 1, 4, 5]);
    expect(nationalFinding(national)).toBe(
      'Kommunstyrelsen har uppgifter i 5 av 5 dokument (100\u00a0%), fler än någon annan aktör. Av de uppgifter ett styrdokument bör fördela anges någon aktör minst ofta för ”Medlemskap i nätverk”: i 2 av 5 dokument (40\u00a0%).',
    );
  });

  test('copies of the documents count eight times as often, and the caption says so', () => {
    const national = nationalDutyMatrix(many);
    const seedsNational = nationalDutyMatrix(seeds);
    expect(national.total).toBe(40);
    national.rows.forEach((row, index) => {
      for (const [actorIndex, actor] of national.actors.entries()) {
        const before = seedsNational.rows[index]!.cells[seedsNational.actors.findIndex((candidate) => candidate.id === actor.id)]!.count;
        expect(row.cells[actorIndex]!.count).toBe(before * 8);
      }
    });
    expect(nationalFinding(national)).toContain('i 40 av 40 dokument (100\u00a0%)');
    expect(nationalFinding(national)).toContain('”Medlemskap i nätverk”: i 16 av 40 dokument (40\u00a0%)');
  });
});

describe('the shading of shares spread low', () => {
  test('a dozen actors share the duties, so the steps are 0, 1–9, 10–24, 25–49 and 50 % or more, in the same five shades', () => {
    expect(SPREAD_BINS.map((bin) => bin.fill)).toEqual(SHARE_BINS.map((bin) => bin.fill));
    expect(SPREAD_BINS.map((bin) => bin.key)).toEqual(SHARE_BINS.map((bin) => bin.key));
    expect([0, 0.004, 0.09, 0.1, 0.244, 0.25, 0.49, 0.5, 1].map((share) => shareBin(share, SPREAD_BINS).label)).toEqual([
      '0 %',
      '1–9 %',
      '1–9 %',
      '10–24 %',
      '10–24 %',
      '25–49 %',
      '25–49 %',
      '50 % eller mer',
      '50 % eller mer',
    ]);
  });
});

describe('a kind’s or an actor’s page, summed', () => {
  test('twin towns: kommunfullmäktige first (decides in two, carries out in one), then kommunstyrelsen', () => {
    const totals = comparisonTotals(compareByKind(seeds, 'twin-towns'));
    expect(totals.rows.map((row) => [row.column.id, row.any.count])).toEqual([
      ['kf', 3],
      ['ks', 1],
    ]);
    expect(totals.roles).toEqual(['decides', 'carries-out']);
    expect(kindTotalsFinding(totals, 'twin-towns')).toBe(
      '4 av 5 dokument (80\u00a0%) anger vem som ansvarar för ”Vänorter och samarbetsavtal”. Oftast är det kommunfullmäktige (3 dokument, varav 2 där den beslutar), därefter kommunstyrelsen (1 dokument, i alla där den beslutar).',
    );
  });

  test('an actor’s totals count each kind once per document, and name the commonest kinds', () => {
    const totals = comparisonTotals(compareByActor(seeds, 'ks'));
    expect(totals.named.count).toBe(5);
    for (const row of totals.rows) expect(row.any.count).toBeLessThanOrEqual(5);
    expect(totals.rows.map((row) => row.any.count)).toEqual([...totals.rows.map((row) => row.any.count)].sort((a, b) => b - a));
    expect(actorTotalsFinding(totals, 'ks')).toMatch(/^Kommunstyrelsen har uppgifter i 5 av 5 dokument \(100\u00a0%\)\. Vanligast: ”/);
  });

  test('a kind no document names says so', () => {
    const none = seeds.map((document) => ({ ...document, responsibilities: [] }));
    const totals = comparisonTotals(compareByKind(none, 'twin-towns'));
    expect(totals.rows).toEqual([]);
    expect(kindTotalsFinding(totals, 'twin-towns')).toBe('Inget av de 5 dokumenten anger någon för ”Vänorter och samarbetsavtal”.');
  });
});

describe('pages per county above PER_DOCUMENT_MAX documents', () => {
  test('up to the threshold the subject pages compare every document and there are no county pages', () => {
    const pages = subjectPages(seeds, 'kind');
    expect(pages).toHaveLength(DUTY_KIND_ORDER.length);
    expect(pages.every((page) => !page.summed && page.documents.length === 5 && page.counties.length === 0)).toBe(true);
    expect(subjectCountyPages(seeds, 'kind')).toEqual([]);
    expect(subjectCountyPages(many.slice(0, PER_DOCUMENT_MAX), 'actor')).toEqual([]);
  });

  test('above it each subject page sums and links to one page per county, which holds exactly that county’s documents', () => {
    const counties = [...new Set(many.map((document) => document.county))];
    for (const type of ['kind', 'actor'] as const) {
      const pages = subjectPages(many, type);
      expect(pages.every((page) => page.summed && page.counties.length === counties.length)).toBe(true);
      const countyPages = subjectCountyPages(many, type);
      expect(countyPages).toHaveLength(pages.length * counties.length);
      for (const page of pages) {
        const own = countyPages.filter((candidate) => candidate.path.startsWith(page.path));
        expect(own.map((candidate) => candidate.path).sort()).toEqual(page.counties.map((link) => link.href).sort());
        expect(own.flatMap((candidate) => candidate.documents.map((document) => document.id)).sort()).toEqual(many.map((document) => document.id).sort());
        for (const candidate of own) {
          expect(new Set(candidate.documents.map((document) => document.county)).size).toBe(1);
          expect(candidate.counties.filter((link) => link.current).map((link) => link.href)).toEqual([candidate.path]);
          expect(candidate.others.links.every((link) => link.href.endsWith(`/${candidate.slug}/`))).toBe(true);
        }
      }
    }
  });

  test('the default handful on /ansvar/: five documents from five counties, newest first', () => {
    const handful = defaultDocuments(many);
    expect(handful).toHaveLength(5);
    expect(new Set(handful.map((document) => document.county)).size).toBe(5);
    const dates = handful.map((document) => document.adopted.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
