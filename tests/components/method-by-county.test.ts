/** The parser's work summed per county (`/om/` at scale, `MethodByCounty.astro`) as rendered: a row per county in Swedish order linking to the county's numbers, each number the sum of its documents'. */
import { beforeAll, describe, expect, test } from 'vitest';
import MethodByCounty from '../../src/features/overview/components/MethodByCounty.astro';
import { methodByCounty } from '../../src/features/overview/method-scale.ts';
import { groupByCounty } from '../../src/lib/counties.ts';
import { routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { slugify } from '../../src/taxonomy/municipalities.ts';
import { attribute, first, withTag } from '../support/chart-tree.ts';
import { readTable, type TableReading } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';
import { parseSpreadInSiteOrder } from '../support/seed-spread.ts';

let documents: PolicyDocument[];
let table: TableReading;
beforeAll(async () => {
  documents = await parseSpreadInSiteOrder();
  table = readTable(first(await render(MethodByCounty, { counties: methodByCounty(groupByCounty(documents)) }), 'table'));
});

const counties = () => [...new Set(documents.map((document) => document.county!))].sort(new Intl.Collator('sv').compare);

describe('the numbers per county', () => {
  test('a caption, a column of documents after the county', () => {
    expect(table.caption).toBe('Tolkningen i siffror, län för län');
    expect(table.head[0]!.cells.slice(0, 3).map((cell) => [cell.scope, cell.shown])).toEqual([
      ['col', 'Län'],
      ['col', 'Dokument'],
      ['col', 'Avsnitt'],
    ]);
  });

  test('a row per county in Swedish order, linking to the numbers on the county’s page', () => {
    expect(table.body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown, attribute(first(row.cells[0]!.element, 'a'), 'href')])).toEqual(
      counties().map((county) => ['row', county, `${routes.county('overview', slugify(county))}#tolkning`]),
    );
  });

  test('each number is the sum over the county’s documents; warnings say in how many documents, and link nowhere', () => {
    table.body.forEach((row, index) => {
      const members = documents.filter((document) => document.county === counties()[index]);
      const sum = (count: (document: PolicyDocument) => number) => members.reduce((total, document) => total + count(document), 0);
      const own = sum((document) => document.sections.filter((section) => section.part === 'document').length);
      const letters = sum((document) => document.sections.filter((section) => section.part !== 'document').length);
      const basis = (key: string) =>
        String(sum((document) => document.sections.filter((section) => section.part === 'document' && section.categoryBasis === key).length));
      const warned = members.filter((document) => document.diagnostics.some((diagnostic) => diagnostic.severity === 'warning')).length;
      const warnings = sum((document) => document.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length);
      expect(row.cells.map((cell) => cell.shown)).toEqual([
        counties()[index],
        String(members.length),
        letters > 0 ? `${own} (+${letters} i följebrev)` : String(own),
        basis('heading'),
        basis('lead-in'),
        basis('header-field'),
        basis('position'),
        basis('content'),
        String(sum((document) => document.removed.length)),
        String(sum((document) => document.responsibilities.length)),
        warnings > 0 ? `${warnings} i ${warned} dok.` : '0',
      ]);
      expect(withTag(row.cells.at(-1)!.element, 'a')).toEqual([]);
    });
  });
});
