/** The Vem-gör-vad figure of `/ansvar/` as rendered: caption, chart, key and the table with the same cells. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import { ACTOR_SHORT_LABELS, actorLabel } from '../../src/features/ansvar/actors.ts';
import { dutyMatrixFinding } from '../../src/features/ansvar/chart-findings.ts';
import DutyMatrixFigure from '../../src/features/ansvar/components/DutyMatrixFigure.astro';
import { dutyMatrix, type DutyMatrix } from '../../src/features/ansvar/duty-matrix.ts';
import { ACTOR_IDS } from '../../src/taxonomy/actors.ts';
import { ROLES } from '../../src/taxonomy/roles.ts';
import { attribute, first, shownText, textOf, withClass, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let matrix: DutyMatrix;
let figure: SvgElement;
beforeAll(async () => {
  matrix = dutyMatrix(await parseSeedsInSiteOrder());
  figure = first(await render(DutyMatrixFigure, { matrix }), 'figure');
});

/** A chip as a reader reads it: the actor's short label after the role letters (`BL KS`). */
function chipText(chip: SvgElement, body: SvgElement): string {
  const letters = withTag(chip, 'use').map((use) =>
    textOf(withTag(body, 'symbol').find((symbol) => `#${attribute(symbol, 'id')}` === attribute(use, 'href'))!).trim(),
  );
  return `${letters.join('')} ${shownText(withTag(chip, 'text').at(-1)!)}`;
}

/** A table's list item (`Kommunstyrelsen: beslutar och leder och samordnar`) as the chart would show it (`BL KS`). */
function asChip(item: string): string {
  const [actor, roles] = item.split(': ') as [string, string];
  const actorId = ACTOR_IDS.find((id) => actorLabel(id) === actor)!;
  const letters = ROLES.filter((role) => roles.includes(role.label.toLowerCase())).map((role) => role.letter);
  return `${letters.join('')} ${ACTOR_SHORT_LABELS[actorId]}`;
}

describe('the Vem-gör-vad figure', () => {
  test('is named by its caption, the finding; its chart scrolls in a region named for screen readers', () => {
    const caption = first(figure, 'figcaption');
    expect([attribute(figure, 'aria-labelledby'), shownText(caption)]).toEqual([attribute(caption, 'id'), dutyMatrixFinding(matrix)]);
    const region = withClass(figure, 'matrix-scroll')[0]!;
    expect([attribute(region, 'role'), attribute(region, 'aria-label')]).toEqual(['region', 'Diagram: vem gör vad, per uppgift och kommun']);
  });

  test('its table has a caption and headers with scope: the kinds of duty linking to their pages, the municipalities', () => {
    const { caption, head, body } = readTable(first(figure, 'table'));
    expect(caption).toBe('Vem gör vad: aktörer och roller per uppgift och kommun');
    expect(head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([['col', 'Uppgift'], ...matrix.columns.map((column) => ['col', column.label])]);
    expect(body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown, attribute(first(row.cells[0]!.element, 'a'), 'href')])).toEqual(
      matrix.rows.map((row) => ['row', row.label, row.href]),
    );
  });

  test('the table carries the chart’s cells: the same actors and roles, the same link to the sentences, a dash for none', () => {
    const body = withTag(withClass(figure, 'matrix')[0]!, 'svg')[1]!;
    const columns = withClass(body, 'matrix__column');
    const { body: rows } = readTable(first(figure, 'table'));
    rows.forEach((row, rowIndex) => {
      row.cells.slice(1).forEach((cell, columnIndex) => {
        const link = withClass(columns[columnIndex]!, 'cell').find((candidate) => attribute(candidate, 'data-row') === String(rowIndex));
        const items = withTag(cell.element, 'li').map(shownText);
        if (link === undefined) {
          expect([items, cell.spoken]).toEqual([[], '– ingen angiven']);
          return;
        }
        expect(items.map(asChip)).toEqual(withClass(link, 'chip').map((chip) => chipText(chip, body)));
        const sentences = withTag(cell.element, 'a').at(-1)!;
        expect(attribute(sentences, 'href')).toBe(attribute(link, 'href'));
        expect(shownText(sentences)).toBe('Meningarna');
      });
    });
  });
});
