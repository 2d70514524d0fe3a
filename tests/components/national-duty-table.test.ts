/** Vem gör vad in all documents (`/ansvar/` above `PER_DOCUMENT_MAX` documents) as rendered: a row per kind of duty, a column per actor, each linking to its page, the shares and a dash for none. */
import { beforeAll, describe, expect, test } from 'vitest';
import { SPREAD_BINS } from '../../src/charts/share-scale.ts';
import type { SvgElement } from '../../src/charts/svg.ts';
import { actorLabel, actorSlug } from '../../src/features/ansvar/actors.ts';
import NationalDutyTable from '../../src/features/ansvar/components/NationalDutyTable.astro';
import { DUTY_KIND_ORDER, DUTY_KIND_SLUGS, dutyKindLabel } from '../../src/features/ansvar/duty-kinds.ts';
import { ansvarEntries } from '../../src/features/ansvar/entries.ts';
import { nationalDutyMatrix, type NationalMatrix } from '../../src/features/ansvar/national.ts';
import { nationalFinding } from '../../src/features/ansvar/scale-findings.ts';
import { routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { attribute, first, shownText, spokenText, withTag } from '../support/chart-tree.ts';
import { shownShare } from '../support/read-share.ts';
import { readTable, type TableReading } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';
import { parseSpreadInSiteOrder } from '../support/seed-spread.ts';

let documents: PolicyDocument[];
let matrix: NationalMatrix;
let figure: SvgElement;
let table: TableReading;
beforeAll(async () => {
  documents = await parseSpreadInSiteOrder();
  matrix = nationalDutyMatrix(documents);
  figure = first(await render(NationalDutyTable, { matrix }), 'figure');
  table = readTable(first(figure, 'table'));
});

/** In how many documents an entry `holds`. */
const documentsWith = (holds: (entry: ReturnType<typeof ansvarEntries>[number]) => boolean) =>
  documents.filter((document) => ansvarEntries(document).some(holds)).length;
const percent = (count: number) => `${Math.round((100 * count) / documents.length)} %`;

describe('the national duty table', () => {
  test('is a figure named by its finding; the key names the shades of the low-spread scale; the caption counts the documents', () => {
    const caption = first(figure, 'figcaption');
    expect([attribute(figure, 'aria-labelledby'), shownText(caption)]).toEqual([attribute(caption, 'id'), nationalFinding(matrix).replace(/\s+/gu, ' ')]);
    const key = first(figure, 'ul');
    expect(attribute(key, 'aria-label')).toBe('Färgerna i tabellen: andel dokument där aktören har uppgiften');
    expect(withTag(key, 'li').map(shownText)).toEqual(SPREAD_BINS.map((bin) => bin.label));
    expect(table.caption).toBe('Andel av de 40 dokumenten där aktören har uppgiften, i någon roll');
  });

  test('a column per actor that holds any duty, each linking to its page', () => {
    const [rowHeader, named, ...actors] = table.head[0]!.cells;
    expect([rowHeader, named].map((cell) => [cell!.scope, cell!.shown])).toEqual([
      ['col', 'Uppgift'],
      ['col', 'Anger någon'],
    ]);
    const holding = [...new Set(documents.flatMap((document) => ansvarEntries(document).map((entry) => entry.actorId)))];
    expect(actors.map((cell) => cell.shown).sort()).toEqual(holding.map(actorLabel).sort());
    expect(actors.map((cell) => [cell.scope, attribute(first(cell.element, 'a'), 'href')])).toEqual(
      matrix.actors.map((actor) => ['col', routes.ansvarActor(actorSlug(actor.id))]),
    );
  });

  test('a row per kind of duty, in the taxonomy’s order, each linking to its comparison', () => {
    expect(table.body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown, attribute(first(row.cells[0]!.element, 'a'), 'href')])).toEqual(
      DUTY_KIND_ORDER.map((kind) => ['row', dutyKindLabel(kind), routes.ansvarKind(DUTY_KIND_SLUGS[kind])]),
    );
  });

  test('each cell prints the share and count of documents where the actor has the duty; a dash, spoken “inget dokument”, for none', () => {
    let dashes = 0;
    table.body.forEach((row, index) => {
      const kind = DUTY_KIND_ORDER[index]!;
      const named = documentsWith((entry) => entry.kind === kind);
      expect(shownShare(row.cells[1]!.element)).toBe(`${percent(named)} | ${named} av ${documents.length}`);
      expect(row.cells).toHaveLength(matrix.actors.length + 2);
      row.cells.slice(2).forEach((cell, column) => {
        const count = documentsWith((entry) => entry.kind === kind && entry.actorId === matrix.actors[column]!.id);
        if (count === 0) {
          dashes++;
          expect([shownShare(cell.element), spokenText(cell.element)]).toEqual(['–', '– inget dokument']);
        } else expect(shownShare(cell.element)).toBe(`${percent(count)} | ${count}`);
      });
    });
    expect(dashes).toBeGreaterThan(0);
  });

  test('the foot counts, per actor, the documents where it has any duty at all', () => {
    const foot = table.foot[0]!;
    expect(foot.cells.slice(0, 2).map((cell) => cell.shown)).toEqual(['Någon uppgift alls', '–']);
    expect(foot.cells.slice(2).map((cell) => shownShare(cell.element))).toEqual(
      matrix.actors.map((actor) => {
        const count = documentsWith((entry) => entry.actorId === actor.id);
        return `${percent(count)} | ${count}`;
      }),
    );
  });
});
