/** The overview's chart of the five documents and the table beside it, as rendered: what a reader and a screen reader get. */
import { beforeAll, describe, expect, test } from 'vitest';
import { COVERAGE_MARKS } from '../../src/charts/coverage-marks.ts';
import type { SvgElement } from '../../src/charts/svg.ts';
import CoverageChart from '../../src/features/overview/components/CoverageChart.astro';
import CoverageTable from '../../src/features/overview/components/CoverageTable.astro';
import { perDocumentOverview, type PerDocumentOverview } from '../../src/features/overview/overview.ts';
import { layoutCoverageChart } from '../../src/features/overview/coverage-chart.ts';
import { attribute, ownTitle, shownText, spokenText, withClass, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let overview: PerDocumentOverview;
let chart: SvgElement;
let table: SvgElement;
beforeAll(async () => {
  overview = perDocumentOverview(await parseSeedsInSiteOrder());
  chart = withTag(await render(CoverageChart, { layout: overview.chart, label: 'Diagram: kategorierna i varje dokument' }), 'svg')[0]!;
  table = withTag(await render(CoverageTable, { rows: overview.coverage, totals: overview.totals }), 'table')[0]!;
});

const marks = () => withClass(chart, 'coverage-chart__mark');

describe('the coverage chart', () => {
  test('is one group named for screen readers, a mark per document and category, in rows of documents in Swedish order', () => {
    expect([chart.attrs.role, chart.attrs['aria-label']]).toEqual(['group', 'Diagram: kategorierna i varje dokument']);
    const rows = withClass(chart, 'coverage-chart__row');
    expect(rows.map((row) => shownText(withClass(row, 'coverage-chart__row-label')[0]!))).toEqual(['Eksjö', 'Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö']);
    for (const row of rows)
      expect(withClass(row, 'coverage-chart__mark').map((mark) => mark.attrs['data-category'])).toEqual([
        'purpose',
        'goals',
        'priorities',
        'responsibility',
        'follow-up',
      ]);
    expect(marks()).toHaveLength(25);
  });

  test('labels are drawn for the eye only; each mark says what it shows in its name and its tooltip', () => {
    const labels = [...withClass(chart, 'coverage-chart__columns'), ...withClass(chart, 'coverage-chart__row-label')];
    for (const label of labels) expect(label.attrs['aria-hidden']).toBe('true');
    expect(withTag(withClass(chart, 'coverage-chart__columns')[0]!, 'text').map(shownText)).toEqual([
      'Syfte',
      'Mål',
      'Prioriterade områden',
      'Ansvar',
      'Uppföljning',
    ]);
    for (const mark of marks()) {
      expect(ownTitle(mark)).toBe(attribute(mark, 'aria-label'));
      expect(attribute(mark, 'aria-label')).toMatch(attribute(mark, 'data-status') === 'missing' ? /: saknas$/u : /: finns/u);
    }
    expect(attribute(marks().find((mark) => mark.attrs['data-status'] === 'guessed')!, 'aria-label')).toBe(
      'Hylte, Prioriterade områden: finns, gissad från texten (2 avsnitt, först ”6 Internationellt arbete i Hylte kommun”)',
    );
  });

  test('a mark of a section that exists is a link to it; a missing one is an image, not a link', () => {
    for (const mark of marks()) {
      if (mark.attrs['data-status'] === 'missing') expect([mark.tag, mark.attrs.role, mark.attrs.href]).toEqual(['g', 'img', undefined]);
      else expect([mark.tag, attribute(mark, 'href')]).toEqual(['a', expect.stringMatching(/^\/dokument\/[a-z0-9-]+\/#[a-z0-9-]+$/u)]);
    }
  });

  test('each state is drawn in its own fill, outline and glyph from the one palette', () => {
    for (const mark of marks()) {
      const style = COVERAGE_MARKS[attribute(mark, 'data-status') as keyof typeof COVERAGE_MARKS];
      const square = withTag(mark, 'rect').find((rect) => attribute(rect, 'class') !== 'coverage-chart__ring')!;
      expect([square.attrs.fill, square.attrs.stroke, square.attrs['stroke-dasharray']]).toEqual([style.fill, style.stroke, style.dash ?? undefined]);
      const glyph = [...withTag(mark, 'path'), ...withTag(mark, 'text')][0]!;
      expect(glyph.attrs[glyph.tag === 'path' ? 'stroke' : 'fill']).toBe(style.glyphColor);
      if (style.glyph.kind === 'text') expect(shownText(glyph)).toBe(style.glyph.text);
    }
  });

  test('the totals under the columns say in words what they count', () => {
    const totals = withClass(chart, 'coverage-chart__totals')[0]!;
    const counted = totals.children.filter((child): child is SvgElement => typeof child !== 'string' && child.attrs.role === 'img');
    expect(counted.map((total) => [attribute(total, 'aria-label'), shownText(total)])).toEqual([
      ['Syfte: 3 av 5 dokument har avsnittet', '3'],
      ['Mål: 5 av 5 dokument har avsnittet', '5'],
      ['Prioriterade områden: 5 av 5 dokument har avsnittet', '5'],
      ['Ansvar: 5 av 5 dokument har avsnittet', '5'],
      ['Uppföljning: 4 av 5 dokument har avsnittet', '4'],
    ]);
  });

  test('a name cut for want of room is drawn with “…” and keeps the whole name as its tooltip; a name that fits has none', async () => {
    const long = 'Namnlöst dokument (ett mycket långt filnamn utan kommun, med ännu fler ord efter det.txt)';
    const rows = [{ ...overview.coverage[0]!, documentId: 'lang', label: long }, ...overview.coverage.slice(1)];
    const drawn = withTag(await render(CoverageChart, { layout: layoutCoverageChart(rows, overview.totals), label: 'Diagram' }), 'svg')[0]!;
    const labels = withClass(drawn, 'coverage-chart__row-label');
    expect(shownText(labels[0]!)).toMatch(/^Namnlöst dokument .+…$/u);
    expect(ownTitle(labels[0]!)).toBe(long);
    expect(labels.slice(1).map((label) => [shownText(label), ownTitle(label)])).toEqual([
      ['Eskilstuna', undefined],
      ['Hylte', undefined],
      ['Järfälla', undefined],
      ['Tyresö', undefined],
    ]);
  });
});

describe('the table beside it', () => {
  test('has a caption, a header for every column and every row, with its scope', () => {
    const { caption, head, body, foot } = readTable(table);
    expect(caption).toBe('Kategorierna i varje dokument, som tabell');
    expect(head[0]!.cells.map((cell) => [cell.tag, cell.scope, cell.shown])).toEqual(
      ['Kommun', 'Syfte', 'Mål', 'Prioriterade områden', 'Ansvar', 'Uppföljning'].map((name) => ['th', 'col', name]),
    );
    expect(body.map((row) => [row.cells[0]!.tag, row.cells[0]!.scope, row.cells[0]!.shown])).toEqual(
      ['Eksjö', 'Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö'].map((name) => ['th', 'row', name]),
    );
    expect(foot[0]!.cells.map((cell) => cell.shown)).toEqual(['Har avsnittet', '3 av 5', '5 av 5', '5 av 5', '5 av 5', '4 av 5']);
  });

  test('carries the chart’s cells: the same state and the same link, and the same totals', () => {
    const { body, foot } = readTable(table);
    const fromChart = marks().map((mark) => [attribute(mark, 'data-status'), attribute(mark, 'href') ?? null]);
    const fromTable = body.flatMap((row) =>
      row.cells.slice(1).map((cell) => [attribute(cell.element, 'data-status'), withTag(cell.element, 'a')[0]?.attrs.href ?? null]),
    );
    expect(fromTable).toEqual(fromChart);
    for (const row of body) for (const cell of row.cells.slice(1)) expect(cell.spoken === 'saknas').toBe(attribute(cell.element, 'data-status') === 'missing');
    const chartTotals = withClass(chart, 'coverage-chart__totals')[0]!.children.filter(
      (child): child is SvgElement => typeof child !== 'string' && child.attrs.role === 'img',
    );
    expect(foot[0]!.cells.slice(1).map((cell) => cell.shown.split(' ')[0])).toEqual(chartTotals.map((total) => shownText(total)));
  });

  test('the check mark is for the eye; a screen reader hears the section’s name', () => {
    const eksjoPurpose = readTable(table).body[0]!.cells[1]!;
    expect(eksjoPurpose.shown).toBe('✓ Syfte');
    expect(eksjoPurpose.spoken).toBe('Syfte');
    expect(spokenText(table)).not.toContain('✓');
  });
});
