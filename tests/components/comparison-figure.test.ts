/** A comparison across municipalities (`/ansvar/<uppgift>/`, `/ansvar/aktor/<aktör>/`) as rendered: caption, chart, key and the table with the same cells. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import { compareByActor, compareByKind, type Comparison } from '../../src/features/ansvar/comparison.ts';
import ComparisonFigure from '../../src/features/ansvar/components/ComparisonFigure.astro';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { ROLES } from '../../src/taxonomy/roles.ts';
import { attribute, first, shownText, withClass, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readComparisonChart } from '../support/read-comparison-chart.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let documents: PolicyDocument[];
beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
});

const renderFigure = async (comparison: Comparison, columnsAreActors: boolean, subject: string): Promise<SvgElement> =>
  first(await render(ComparisonFigure, { comparison, finding: 'Fyndet i en mening.', columnsAreActors, subject }), 'figure');

describe('a comparison figure', () => {
  test('is named by its caption, the finding; its chart scrolls in a region named for screen readers', async () => {
    const figure = await renderFigure(compareByKind(documents, 'twin-towns'), true, 'Vänorter och samarbetsavtal');
    const caption = first(figure, 'figcaption');
    expect([attribute(figure, 'aria-labelledby'), shownText(caption)]).toEqual([attribute(caption, 'id'), 'Fyndet i en mening.']);
    const region = withClass(figure, 'matrix-scroll')[0]!;
    expect([attribute(region, 'role'), attribute(region, 'aria-label')]).toEqual([
      'region',
      'Diagram: Vänorter och samarbetsavtal: aktörernas roller per kommun',
    ]);
    expect(withTag(region, 'svg').map((svg) => attribute(svg, 'aria-label'))).toEqual(['Kommuner', 'Aktörer per kommun']);
  });

  test('the table carries the chart’s cells: the same municipalities, the same columns and links, each role in words', async () => {
    for (const [comparison, columnsAreActors] of [
      [compareByKind(documents, 'twin-towns'), true],
      [compareByActor(documents, 'ks'), false],
    ] as const) {
      const figure = await renderFigure(comparison, columnsAreActors, 'Ämnet');
      const [labels, body] = withTag(withClass(figure, 'matrix')[0]!, 'svg') as [SvgElement, SvgElement];
      const chart = readComparisonChart(labels, body);
      const table = readTable(first(figure, 'table'));
      expect(table.caption).toBe(columnsAreActors ? 'Ämnet: aktörernas roller per kommun' : 'Ämnet: roller per uppgift och kommun');
      expect(table.head[0]!.cells.slice(1).map((cell) => [cell.scope, cell.shown, attribute(first(cell.element, 'a'), 'href')])).toEqual(
        chart.columns.map((column) => ['col', column.label, column.href]),
      );
      expect(table.body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown])).toEqual(chart.rows.map((row) => ['row', row.label]));
      const inWords = (letters: string) =>
        letters === '–' ? '–' : [...letters].map((letter) => ROLES.find((role) => role.letter === letter)!.label.toLowerCase()).join(', ');
      expect(table.body.map((row) => row.cells.slice(1).map((cell) => cell.shown))).toEqual(
        chart.rows.map((_, row) => chart.cells.filter((cell) => cell.row === row).map((cell) => inWords(cell.letters))),
      );
    }
  });

  test('a municipality with sentences links to them from the table, as its cells do from the chart', async () => {
    const figure = await renderFigure(compareByKind(documents, 'twin-towns'), true, 'Vänorter');
    const table = readTable(first(figure, 'table'));
    const linked = table.body
      .filter((row) => withTag(row.cells[0]!.element, 'a').length > 0)
      .map((row) => attribute(first(row.cells[0]!.element, 'a'), 'href'));
    const fromChart = [...new Set(withClass(figure, 'cell').map((cell) => attribute(cell, 'href')))];
    expect(linked).toEqual(fromChart);
  });

  test('with nothing to draw it says so, and still gives the key and the table', async () => {
    const figure = await renderFigure({ columns: [], rows: [] }, true, 'Ingenting');
    expect(withTag(figure, 'svg').filter((svg) => attribute(svg, 'aria-hidden') !== 'true')).toEqual([]);
    expect(shownText(figure)).toContain('Inget dokument anger någon för detta, så det finns inget att rita.');
    expect(withTag(figure, 'table')).toHaveLength(1);
    expect(withClass(figure, 'role-legend')).toHaveLength(1);
  });
});
