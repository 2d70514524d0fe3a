/** One small multiple of `/ansvar/` as rendered: its heading, caption, the chart as one image, and the table with the same numbers. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import { actorRoleMatrices, type ActorRoleMatrix } from '../../src/features/ansvar/actor-role-matrix.ts';
import ActorRoleFigure from '../../src/features/ansvar/components/ActorRoleFigure.astro';
import { ROLES } from '../../src/taxonomy/roles.ts';
import { attribute, first, shownText, spokenText } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readSmallMultiple } from '../support/read-small-multiple.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let figures: { matrix: ActorRoleMatrix; figure: SvgElement }[];
beforeAll(async () => {
  const matrices = actorRoleMatrices(await parseSeedsInSiteOrder());
  figures = await Promise.all(matrices.map(async (matrix) => ({ matrix, figure: first(await render(ActorRoleFigure, { matrix }), 'figure') })));
});

describe('a small multiple', () => {
  test('is a figure named by its heading, the municipality linking to its document', () => {
    for (const { matrix, figure } of figures) {
      const heading = first(figure, 'h3');
      expect(attribute(figure, 'aria-labelledby')).toBe(attribute(heading, 'id'));
      expect([shownText(heading), attribute(first(heading, 'a'), 'href')]).toEqual([matrix.document.label, `/dokument/${matrix.document.id}/`]);
    }
  });

  test('its chart is one image, named by the finding its caption states', () => {
    for (const { figure } of figures) {
      const finding = shownText(first(first(figure, 'figcaption'), 'p'));
      expect(finding.length).toBeGreaterThan(10);
      expect([attribute(first(figure, 'svg'), 'role'), attribute(first(figure, 'svg'), 'aria-label')]).toEqual(['img', `Diagram: ${finding}`]);
    }
  });

  test('its table has a caption, its columns the roles (the letter shown, the name spoken) and a total, each with a scope', () => {
    for (const { matrix, figure } of figures) {
      const { caption, head, body } = readTable(first(figure, 'table'));
      expect(caption).toBe(`${matrix.document.label}: antal uppgifter per aktör och roll`);
      expect(head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([
        ['col', 'Aktör'],
        ...ROLES.map((role) => ['col', role.letter]),
        ['col', 'Totalt'],
      ]);
      expect(head[0]!.cells.slice(1, -1).map((cell) => cell.spoken)).toEqual(ROLES.map((role) => `${role.letter} ${role.label}`));
      expect(head[0]!.cells.slice(1, -1).map((cell) => attribute(first(cell.element, 'abbr'), 'title'))).toEqual(ROLES.map((role) => role.label));
      for (const row of body) expect([row.cells[0]!.tag, row.cells[0]!.scope]).toEqual(['th', 'row']);
      expect(spokenText(first(figure, 'summary'))).toBe(`Tabell: ${matrix.document.label}`);
    }
  });

  test('the table carries the chart’s numbers: the same actors, each role’s count, and the total', () => {
    for (const { figure } of figures) {
      const chart = readSmallMultiple(first(figure, 'svg'));
      const { body } = readTable(first(figure, 'table'));
      expect(body.map((row) => row.cells[0]!.shown)).toEqual(chart.rows.map((row) => row.label));
      body.forEach((row, rowIndex) => {
        const counts = row.cells.slice(1, -1).map((cell) => cell.shown);
        const drawn = ROLES.map((_, column) => chart.counts.find((count) => count.row === rowIndex && count.column === column)?.count ?? '0');
        expect(counts).toEqual(drawn);
        expect(row.cells.at(-1)!.shown).toBe(String(counts.reduce((sum, count) => sum + Number(count), 0)));
      });
    }
  });
});
