/** The theme map of `/teman/` as rendered: caption, the dots with their weights, the key and the table with the same weights. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import ThemeMapFigure from '../../src/features/teman/components/ThemeMapFigure.astro';
import { dotFill } from '../../src/features/teman/dot-matrix-chart.ts';
import { themeMapFinding } from '../../src/features/teman/theme-findings.ts';
import { themeMap, type ThemeMap } from '../../src/features/teman/theme-map.ts';
import { PALETTE } from '../../src/charts/palette.ts';
import { attribute, first, shownText, spokenText, withClass, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let map: ThemeMap;
let figure: SvgElement;
beforeAll(async () => {
  map = themeMap(await parseSeedsInSiteOrder());
  figure = first(await render(ThemeMapFigure, { map }), 'figure');
});

const chartBody = () => withTag(withClass(figure, 'matrix')[0]!, 'svg')[1]!;
/** What a reader sees in a row of a column, below its heading: the dot (a link) or a dash. */
function shownAt(row: number, column: number): SvgElement {
  const columnGroup = withClass(chartBody(), 'matrix__column')[column]!;
  return columnGroup.children.filter((child): child is SvgElement => typeof child !== 'string').slice(1)[row]!;
}
/** The weight written beside the dot, or `–`. */
const weightShown = (row: number, column: number): string => shownText(shownAt(row, column));

describe('the theme map', () => {
  test('is named by its caption, the finding; its chart scrolls in a region named for screen readers', () => {
    const caption = first(figure, 'figcaption');
    expect([attribute(figure, 'aria-labelledby'), shownText(caption)]).toEqual([attribute(caption, 'id'), themeMapFinding(map)]);
    const region = withClass(figure, 'matrix-scroll')[0]!;
    expect([attribute(region, 'role'), attribute(region, 'aria-label')]).toEqual(['region', 'Diagram: teman per kommun']);
  });

  test('every dot is a search link named in words; the weight is written beside it, the dot in the weight’s shade of the one blue ramp', () => {
    const ramp = [PALETTE.blue.lightest, PALETTE.blue.light, PALETTE.blue.mid, PALETTE.blue.strong];
    for (const cell of withClass(chartBody(), 'cell')) {
      const visual = first(cell, 'g');
      const weight = Number(shownText(visual));
      expect(attribute(visual, 'aria-hidden')).toBe('true');
      expect(attribute(first(visual, 'circle'), 'fill')).toBe(ramp[weight - 1]);
      expect(attribute(cell, 'aria-label')).toMatch(new RegExp(`: vikt ${weight} av 4 \\(.+\\), \\d+ träff(ar)?\\. Sök ”.+” i .+\\.$`, 'u'));
      expect(attribute(cell, 'href')).toMatch(/^\/sok\/\?q=/u);
    }
  });

  test('the key gives each weight its number, its name and the dots’ shade', () => {
    const key = first(figure, 'ul');
    expect(attribute(key, 'aria-label')).toBe('Vikter');
    expect(withTag(key, 'li').map(spokenText)).toEqual(['4 Prioriterat område', '3 Mål', '2 Syfte', '1 Nämns annars']);
    expect(withTag(key, 'circle').map((circle) => attribute(circle, 'fill'))).toEqual([4, 3, 2, 1].map((weight) => dotFill(weight)));
  });

  test('the table carries the chart’s weights and searches, with a caption and headers with scope', () => {
    const { caption, head, body } = readTable(first(figure, 'table'));
    expect(caption).toBe('Teman per kommun: vikt (0–4), avsnitten som nämner temat och en sökning efter ställena');
    expect(head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([['col', 'Tema'], ...map.columns.map((column) => ['col', column.label])]);
    expect(body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown])).toEqual(map.rows.map((row) => ['row', row.label]));
    body.forEach((row, rowIndex) => {
      row.cells.slice(1).forEach((cell, column) => {
        const shown = weightShown(rowIndex, column);
        expect(cell.shown.split(' ')[0], `${row.cells[0]!.shown}, ${map.columns[column]!.label}`).toBe(shown === '–' ? '0' : shown);
        const search = withTag(cell.element, 'a').find((link) => attribute(link, 'href')!.startsWith('/sok/'));
        expect(search && attribute(search, 'href')).toBe(attribute(shownAt(rowIndex, column), 'href'));
      });
    });
  });
});
