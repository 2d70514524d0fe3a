/** Every document at a glance (`/` and a county's page, `DocumentsTable.astro`) as rendered: a row per document in Swedish order, its county, title, type and decision. */
import { beforeAll, describe, expect, test } from 'vitest';
import DocumentsTable from '../../src/features/overview/components/DocumentsTable.astro';
import { documentRows } from '../../src/features/overview/documents-table.ts';
import { routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { getDocumentType } from '../../src/taxonomy/document-types.ts';
import { slugify } from '../../src/taxonomy/municipalities.ts';
import { attribute, first, hasClass, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';
import { parseSpreadInSiteOrder } from '../support/seed-spread.ts';

let seeds: PolicyDocument[];
beforeAll(async () => {
  seeds = await parseSeedsInSiteOrder();
});

const tableOf = async (documents: readonly PolicyDocument[], showCounty?: boolean) => {
  const rendered = await render(DocumentsTable, { rows: documentRows(documents), ...(showCounty === undefined ? {} : { showCounty }) });
  return { rendered, table: readTable(first(rendered, 'table')) };
};

describe('the table of documents', () => {
  test('scrolls in a region named by its caption, which counts the documents; a column header with scope per fact', async () => {
    const { rendered, table } = await tableOf(seeds);
    const region = withTag(rendered, 'div').find((div) => attribute(div, 'role') === 'region')!;
    expect([attribute(region, 'aria-labelledby'), attribute(region, 'tabindex')]).toEqual([attribute(first(region, 'caption'), 'id'), '0']);
    expect(table.caption).toBe('5 styrdokument, i bokstavsordning efter kommun');
    expect(table.head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual(
      ['Kommun', 'Län', 'Dokument', 'Typ', 'Beslutad'].map((label) => ['col', label]),
    );
  });

  test('a row per document: the municipality its row header, the county linking to its page, the title to the document', async () => {
    const { table } = await tableOf(seeds);
    expect(table.body).toHaveLength(seeds.length);
    table.body.forEach((row, index) => {
      const document = seeds[index]!;
      const [municipality, county, title, type] = row.cells;
      expect([municipality!.tag, municipality!.scope, municipality!.shown]).toEqual(['th', 'row', document.municipality]);
      expect([county!.shown, attribute(first(county!.element, 'a'), 'href')]).toEqual([document.county, routes.county('overview', slugify(document.county!))]);
      expect([title!.shown, attribute(first(title!.element, 'a'), 'href')]).toEqual([document.title, routes.document(document.id)]);
      expect(type!.shown).toBe(document.documentType ? getDocumentType(document.documentType).label : 'Framgår inte');
    });
  });

  test('the decision: date and body when found; what is missing said in words, and muted', async () => {
    const { table } = await tableOf(seeds);
    expect(table.body.map((row) => [row.cells[0]!.shown, row.cells[4]!.shown, hasClass(row.cells[4]!.element, 'documents-table__unknown')])).toEqual([
      ['Eksjö', '19 mars 2020, Kommunfullmäktige', false],
      ['Eskilstuna', 'Beslutsdatum saknas (diarienummer från 2020)', true],
      ['Hylte', 'Kommunfullmäktige; beslutsdatum saknas', true],
      ['Järfälla', 'Beslutsdatum saknas (diarienummer från 2001)', true],
      ['Tyresö', '”Antagna XXX-XX-XX” (platshållare: datum saknas)', true],
    ]);
  });

  test('rows in Swedish order of municipality: Å, Ä and Ö after Z', async () => {
    const documents = await parseSpreadInSiteOrder();
    const { table } = await tableOf(documents);
    const shown = table.body.map((row) => row.cells[0]!.shown);
    expect(shown).toEqual(documents.map((document) => document.municipality!).sort(new Intl.Collator('sv').compare));
    expect(shown.findIndex((name) => /^[ÅÄÖ]/u.test(name))).toBeGreaterThan(shown.findLastIndex((name) => /^[A-Z]/u.test(name)));
    expect(table.caption).toBe('40 styrdokument, i bokstavsordning efter kommun');
  });

  test('on a county’s own page, no county column', async () => {
    const { table } = await tableOf(seeds, false);
    expect(table.head[0]!.cells.map((cell) => cell.shown)).toEqual(['Kommun', 'Dokument', 'Typ', 'Beslutad']);
    expect(table.body.every((row) => row.cells.length === 4)).toBe(true);
  });
});
