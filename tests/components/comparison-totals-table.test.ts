/** A kind of duty or an actor summed over all documents (`/ansvar/<uppgift>/` above `PER_DOCUMENT_MAX` documents) as rendered: a row per actor or kind, the most frequent first, a column per role that occurs. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import { actorLabel, actorSlug } from '../../src/features/ansvar/actors.ts';
import ComparisonTotalsTable from '../../src/features/ansvar/components/ComparisonTotalsTable.astro';
import { DUTY_KIND_SLUGS, dutyKindLabel } from '../../src/features/ansvar/duty-kinds.ts';
import { ansvarEntries, type AnsvarEntry } from '../../src/features/ansvar/entries.ts';
import { subjectTotals, type AnsvarSubject, type SubjectTotals } from '../../src/features/ansvar/subject.ts';
import { routes } from '../../src/lib/routes.ts';
import { lowerFirst } from '../../src/lib/swedish.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { ROLES } from '../../src/taxonomy/roles.ts';
import { attribute, first, shownText, spokenText, withTag } from '../support/chart-tree.ts';
import { shownShare } from '../support/read-share.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';
import { parseSpreadInSiteOrder } from '../support/seed-spread.ts';

let documents: PolicyDocument[];
beforeAll(async () => {
  documents = await parseSpreadInSiteOrder();
});

const renderTotals = async (totals: SubjectTotals): Promise<SvgElement> => first(await render(ComparisonTotalsTable, { ...totals }), 'figure');

/** In how many documents an entry `holds`. */
const documentsWith = (holds: (entry: AnsvarEntry) => boolean) => documents.filter((document) => ansvarEntries(document).some(holds)).length;
const percent = (count: number) => `${Math.round((100 * count) / documents.length)} %`;

const TWIN_TOWNS: AnsvarSubject = { type: 'kind', kind: 'twin-towns' };
const BOARD: AnsvarSubject = { type: 'actor', actorId: 'ks' };

describe('the totals of a comparison', () => {
  test('a kind’s page: a figure named by its finding, the caption, an actor per row linking to its page, the most frequent first', async () => {
    const totals = subjectTotals(documents, TWIN_TOWNS);
    const figure = await renderTotals(totals);
    const caption = first(figure, 'figcaption');
    expect([attribute(figure, 'aria-labelledby'), shownText(caption)]).toEqual([attribute(caption, 'id'), totals.finding.replace(/\s+/gu, ' ')]);
    const table = readTable(first(figure, 'table'));
    expect(table.caption).toBe(`${dutyKindLabel('twin-towns')}: i hur många av de 40 dokumenten varje aktör har uppgiften, roll för roll`);
    const rows = table.body.map((row) => row.cells[0]!);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((cell) => [cell.tag, cell.scope])).toEqual(rows.map(() => ['th', 'row']));
    const ids = totals.totals.rows.map((row) => row.column.id as Parameters<typeof actorLabel>[0]);
    expect(rows.map((cell) => [cell.shown, attribute(first(cell.element, 'a'), 'href')])).toEqual(
      ids.map((id) => [actorLabel(id), routes.ansvarActor(actorSlug(id))]),
    );
    const counts = ids.map((id) => documentsWith((entry) => entry.kind === 'twin-towns' && entry.actorId === id));
    expect(table.body.map((row) => shownShare(row.cells[1]!.element))).toEqual(counts.map((count) => `${percent(count)} | ${count} av 40`));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('a column per role that occurs, named in words (the letter for the eye only); each cell the documents in that role', async () => {
    const totals = subjectTotals(documents, TWIN_TOWNS);
    const table = readTable(first(await renderTotals(totals), 'table'));
    const [rowHeader, any, ...roleCells] = table.head[0]!.cells;
    expect([rowHeader, any].map((cell) => [cell!.scope, cell!.shown])).toEqual([
      ['col', 'Aktör'],
      ['col', 'I någon roll'],
    ]);
    const occurring = ROLES.filter((role) => documentsWith((entry) => entry.kind === 'twin-towns' && entry.role === role.key) > 0);
    expect(roleCells.map((cell) => [cell.scope, cell.shown, cell.spoken])).toEqual(
      occurring.map((role) => ['col', `${role.label} (${role.letter})`, role.label]),
    );
    table.body.forEach((row, index) => {
      const actorId = totals.totals.rows[index]!.column.id;
      row.cells.slice(2).forEach((cell, column) => {
        const role = occurring[column]!;
        const count = documentsWith((entry) => entry.kind === 'twin-towns' && entry.actorId === actorId && entry.role === role.key);
        expect(spokenText(cell.element)).toBe(count === 0 ? '– inget dokument' : `${percent(count)}${count} av 40 ${lowerFirst(role.label)}`);
      });
    });
  });

  test('an actor’s page: a kind of duty per row, linking to its comparison', async () => {
    const totals = subjectTotals(documents, BOARD);
    const table = readTable(first(await renderTotals(totals), 'table'));
    expect(table.caption).toBe(`${actorLabel('ks')}: i hur många av de 40 dokumenten den har varje slags uppgift, roll för roll`);
    expect(table.head[0]!.cells[0]!.shown).toBe('Uppgift');
    const kinds = totals.totals.rows.map((row) => row.column.id as keyof typeof DUTY_KIND_SLUGS);
    expect(kinds.length).toBeGreaterThan(2);
    expect(table.body.map((row) => [row.cells[0]!.shown, attribute(first(row.cells[0]!.element, 'a'), 'href')])).toEqual(
      kinds.map((kind) => [dutyKindLabel(kind), routes.ansvarKind(DUTY_KIND_SLUGS[kind])]),
    );
  });

  test('with no document naming anyone, the finding alone says so, with no table', async () => {
    documents = documents.map((document) => ({ ...document, responsibilities: [] }));
    const figure = await renderTotals(subjectTotals(documents, TWIN_TOWNS));
    expect([withTag(figure, 'table'), withTag(figure, 'ul')]).toEqual([[], []]);
    expect(shownText(figure)).toBe(`Inget av de 40 dokumenten anger någon för ”${dutyKindLabel('twin-towns')}”.`);
  });
});
