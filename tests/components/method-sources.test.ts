/** Where each document came from (`/om/`, `MethodSources.astro`) as rendered: a row per document in Swedish order, its origin, its web address or that none is recorded, and its source text. */
import { beforeAll, describe, expect, test } from 'vitest';
import MethodSources from '../../src/features/overview/components/MethodSources.astro';
import { methodSummary } from '../../src/features/overview/method.ts';
import { routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { attribute, first, withTag } from '../support/chart-tree.ts';
import { parseSeedsWithSources } from '../support/parse.ts';
import { readTable, type TableReading } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let documents: PolicyDocument[];
let table: TableReading;
beforeAll(async () => {
  documents = await parseSeedsWithSources();
  table = readTable(first(await render(MethodSources, { documents: methodSummary(documents).documents }), 'table'));
});

describe('the sources table', () => {
  test('has a caption and a column header with scope for each fact', () => {
    expect(table.caption).toBe('Varifrån varje dokument kom');
    expect(table.head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([
      ['col', 'Kommun'],
      ['col', 'Hur texten kom till projektet'],
      ['col', 'Webbadress'],
      ['col', 'Källfil'],
    ]);
  });

  test('a row per document in Swedish order, the municipality a row header linking to the document', () => {
    expect(table.body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown, attribute(first(row.cells[0]!.element, 'a'), 'href')])).toEqual([
      ['row', 'Eksjö', routes.document('eksjo')],
      ['row', 'Eskilstuna', routes.document('eskilstuna')],
      ['row', 'Hylte', routes.document('hylte')],
      ['row', 'Järfälla', routes.document('jarfalla')],
      ['row', 'Tyresö', routes.document('tyreso')],
    ]);
  });

  test('each row says how the text came (from content/sources.json), that no address is recorded, and links to the source text with its lines and encoding', () => {
    table.body.forEach((row, index) => {
      const document = documents[index]!;
      expect(row.cells[1]!.shown).toBe(document.metadata.origin);
      expect(row.cells[1]!.shown).toMatch(/^En textfil som projektet fick/u);
      expect(row.cells[2]!.shown).toBe('Ingen registrerad');
      expect(row.cells[3]!.shown).toBe(`Källtexten (${document.source.lineCount} rader, utf-8)`);
      expect(attribute(first(row.cells[3]!.element, 'a'), 'href')).toBe(routes.documentSource(document.id));
    });
  });

  test('a recorded web address is shown as text (not a link away from the site); an origin not recorded says so', async () => {
    const [hylte] = documents.filter((document) => document.id === 'hylte').map((document) => structuredClone(document));
    hylte!.metadata.sourceUrl = 'https://www.hylte.se/styrdokument/internationell-strategi.pdf';
    hylte!.metadata.origin = null;
    const [row] = readTable(first(await render(MethodSources, { documents: methodSummary([hylte!]).documents }), 'table')).body;
    expect(row!.cells.map((cell) => cell.shown).slice(1, 3)).toEqual(['Inte angivet', 'https://www.hylte.se/styrdokument/internationell-strategi.pdf']);
    expect(withTag(row!.cells[2]!.element, 'a')).toEqual([]);
  });
});
