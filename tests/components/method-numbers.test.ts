/** The parser's work per document (`/om/`, `MethodNumbers.astro`) as rendered: a row per document in Swedish order, its numbers, and its warnings linking to the list of them. */
import { beforeAll, describe, expect, test } from 'vitest';
import MethodNumbers from '../../src/features/overview/components/MethodNumbers.astro';
import MethodWarnings from '../../src/features/overview/components/MethodWarnings.astro';
import { methodSummary, type DocumentMethod } from '../../src/features/overview/method.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { attribute, descendants, first, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let documents: PolicyDocument[];
let methods: readonly DocumentMethod[];
beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
  methods = methodSummary(documents).documents;
});

const warningsOf = (document: PolicyDocument) => document.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;

describe('the numbers per document', () => {
  test('a caption, and a row per document in Swedish order, the municipality its row header', async () => {
    const table = readTable(first(await render(MethodNumbers, { documents: methods }), 'table'));
    expect(table.caption).toBe('Tolkningen av varje dokument i siffror');
    expect(table.head[0]!.cells[0]!.shown).toBe('Kommun');
    expect(table.body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown])).toEqual(
      ['Eksjö', 'Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö'].map((name) => ['row', name]),
    );
  });

  test('sections count the document’s own, a cover letter’s apart (only Järfälla has one); Hylte has the one guessed category', async () => {
    const table = readTable(first(await render(MethodNumbers, { documents: methods }), 'table'));
    table.body.forEach((row, index) => {
      const document = documents[index]!;
      const own = document.sections.filter((section) => section.part === 'document').length;
      const letter = document.sections.length - own;
      expect(row.cells[1]!.shown).toBe(letter > 0 ? `${own} (+${letter} i följebrevet)` : String(own));
    });
    expect(table.body.map((row) => row.cells[1]!.shown.includes('följebrevet'))).toEqual([false, false, false, true, false]);
    expect(table.body.map((row) => row.cells[6]!.shown)).toEqual(['0', '0', '1', '0', '0']);
  });

  test('every count of warnings links to the document’s warnings, whose heading it lands on', async () => {
    const table = readTable(first(await render(MethodNumbers, { documents: methods }), 'table'));
    const targets = descendants(await render(MethodWarnings, { documents: methods })).map((element) => attribute(element, 'id'));
    table.body.forEach((row, index) => {
      const cell = row.cells.at(-1)!;
      expect(cell.shown).toBe(String(warningsOf(documents[index]!)));
      const href = attribute(first(cell.element, 'a'), 'href')!;
      expect(targets).toContain(href.slice(1));
      expect(href).toBe(`#varningar-${documents[index]!.id}`);
    });
  });

  test('where the list hides documents without warnings, a count of none is not a link', async () => {
    const table = readTable(first(await render(MethodNumbers, { documents: methods, linkEmptyWarnings: false }), 'table'));
    expect(table.body.map((row) => [row.cells[0]!.shown, withTag(row.cells.at(-1)!.element, 'a').length])).toEqual(
      documents.map((document) => [document.municipality, warningsOf(document) > 0 ? 1 : 0]),
    );
    expect(table.body.some((row) => row.cells.at(-1)!.shown === '0')).toBe(true);
  });
});
