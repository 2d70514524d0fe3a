/** The themes county by county (`/teman/` above `PER_DOCUMENT_MAX` documents) as rendered: finding, caption, a column per theme, a row per county in Swedish order, the shares and the sums. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import CountyThemeTable from '../../src/features/teman/components/CountyThemeTable.astro';
import { countyThemeFinding, countyThemeMatrix, PROMINENT_WEIGHT, type CountyThemeMatrix } from '../../src/features/teman/county-themes.ts';
import { buildTemanPage } from '../../src/features/teman/teman-page.ts';
import { themeCell, themeMap } from '../../src/features/teman/theme-map.ts';
import { groupByCounty } from '../../src/lib/counties.ts';
import { routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { getTheme } from '../../src/taxonomy/themes.ts';
import { slugify } from '../../src/taxonomy/municipalities.ts';
import { attribute, first, shownText, spokenText, withTag } from '../support/chart-tree.ts';
import { shownShare } from '../support/read-share.ts';
import { readTable, type TableReading } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';
import { parseSpreadInSiteOrder } from '../support/seed-spread.ts';

let documents: PolicyDocument[];
let matrix: CountyThemeMatrix;
let finding: string;
let figure: SvgElement;
let table: TableReading;
beforeAll(async () => {
  documents = await parseSpreadInSiteOrder();
  const page = buildTemanPage(documents);
  if (page.design !== 'aggregate') throw new Error('40 documents should make /teman/ count per county');
  [matrix, finding] = [page.countyThemes, page.countyFinding];
  figure = first(await render(CountyThemeTable, { matrix, finding }), 'figure');
  table = readTable(first(figure, 'table'));
});

/** In how many of `members` the theme is a priority area or a goal. */
const prominentIn = (members: readonly PolicyDocument[], themeId: Parameters<typeof themeCell>[1]) =>
  members.filter((document) => themeCell(document, themeId).weight >= PROMINENT_WEIGHT).length;

describe('the county theme table', () => {
  test('is a figure named by its finding; the table scrolls in a region named by its caption', () => {
    const caption = first(figure, 'figcaption');
    expect([attribute(figure, 'aria-labelledby'), shownText(caption)]).toEqual([attribute(caption, 'id'), finding.replace(/\s+/gu, ' ')]);
    expect(finding).toMatch(/^Oftast ett prioriterat område eller mål är /u);
    expect(table.caption).toBe(
      `Andel av länets dokument där temat är ett prioriterat område eller ett mål, för de ${matrix.themes.length} teman som oftast är det`,
    );
    const region = withTag(figure, 'div').find((div) => attribute(div, 'role') === 'region')!;
    expect(attribute(region, 'aria-labelledby')).toBe(attribute(first(region, 'caption'), 'id'));
  });

  test('a column header with scope per theme, the theme most often prominent first', () => {
    const themes = table.head[0]!.cells.slice(2);
    expect(table.head[0]!.cells.slice(0, 2).map((cell) => [cell.scope, cell.shown])).toEqual([
      ['col', 'Län'],
      ['col', 'Dokument'],
    ]);
    expect(themes.length).toBeGreaterThan(2);
    expect(themes.map((cell) => [cell.scope, cell.shown])).toEqual(matrix.themes.map((theme) => ['col', getTheme(theme.themeId).label]));
    const overall = matrix.themes.map((theme) => prominentIn(documents, theme.themeId));
    expect(overall).toEqual([...overall].sort((a, b) => b - a));
  });

  test('a row per county in Swedish order, linking to the county’s page of the theme map', () => {
    const counties = [...new Set(documents.map((document) => document.county!))].sort(new Intl.Collator('sv').compare);
    expect(table.body.map((row) => [row.cells[0]!.tag, row.cells[0]!.scope, row.cells[0]!.shown])).toEqual(counties.map((county) => ['th', 'row', county]));
    expect(table.body.map((row) => attribute(first(row.cells[0]!.element, 'a'), 'href'))).toEqual(
      counties.map((county) => routes.county('teman', slugify(county))),
    );
  });

  test('each cell prints the share and the count of the county’s documents that make the theme prominent, the total spoken', () => {
    table.body.forEach((row) => {
      const members = documents.filter((document) => document.county === row.cells[0]!.shown);
      expect(row.cells[1]!.shown).toBe(String(members.length));
      expect(row.cells).toHaveLength(matrix.themes.length + 2);
      row.cells.slice(2).forEach((cell, column) => {
        const count = prominentIn(members, matrix.themes[column]!.themeId);
        expect(shownShare(cell.element)).toBe(`${Math.round((100 * count) / members.length)} % | ${count}`);
        expect(spokenText(cell.element)).toMatch(new RegExp(`${count} av ${members.length}$`, 'u'));
      });
    });
  });

  test('the foot counts over all documents; the columns’ counts add up to it', () => {
    const foot = table.foot[0]!;
    expect([foot.cells[0]!.scope, foot.cells[0]!.shown, foot.cells[1]!.shown]).toEqual(['row', 'Alla län', String(documents.length)]);
    foot.cells.slice(2).forEach((cell, column) => {
      const sum = table.body.reduce((total, row) => total + Number(shownShare(row.cells[column + 2]!.element).split(' | ')[1]), 0);
      expect(shownShare(cell.element)).toBe(`${Math.round((100 * sum) / documents.length)} % | ${sum}`);
    });
  });

  test('when no document makes a theme prominent, the finding alone says so, with no table', async () => {
    const none = countyThemeMatrix(themeMap(documents), groupByCounty(documents), '/teman/lan/', 0);
    const empty = first(await render(CountyThemeTable, { matrix: none, finding: countyThemeFinding(none) }), 'figure');
    expect(withTag(empty, 'table')).toEqual([]);
    expect(shownText(empty)).toBe('Inget av dokumenten gör något tema till ett prioriterat område eller ett mål.');
  });
});
