/** The parser's work in numbers (`MethodNumbersTable.astro`, under `MethodNumbers` and `MethodByCounty`) as rendered: caption, headers, a row's numbers in the columns' order, links and notes. */
import { beforeAll, describe, expect, test } from 'vitest';
import MethodNumbersTable from '../../src/features/overview/components/MethodNumbersTable.astro';
import { documentMethod } from '../../src/features/overview/method.ts';
import type { MethodRow } from '../../src/features/overview/method-row.ts';
import { routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { attribute, first, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

const NUMBER_HEADERS = [
  'Avsnitt',
  'Kategori från rubriken',
  '… från listans inledning',
  '… från dokumenthuvudet',
  '… från sin plats',
  '… gissad från texten',
  'Borttagningar',
  'Ansvarsuppgifter',
  'Varningar',
];

/** What a reader sees: a soft hyphen shows only where a word breaks. */
const unhyphenated = (text: string) => text.replaceAll('\u00AD', '');

let jarfalla: PolicyDocument;
/** Järfälla's numbers, as `MethodNumbers` makes a row of them. */
let row: MethodRow;
beforeAll(async () => {
  jarfalla = (await parseSeedsInSiteOrder()).find((document) => document.id === 'jarfalla')!;
  const method = documentMethod(jarfalla);
  row = {
    documentId: method.id,
    label: method.municipality,
    sections: method.sections,
    coverLetterNote: `(+${method.coverLetterSections} i följebrevet)`,
    byBasis: method.byBasis,
    removals: method.removals,
    responsibilities: method.responsibilities,
    warnings: method.warnings.length,
    warningsHref: `#varningar-${method.id}`,
    warningsNote: null,
  };
});

describe('the table of numbers', () => {
  test('scrolls in a region named by its caption; a column header with scope per number, the words whole', async () => {
    const rendered = await render(MethodNumbersTable, { caption: 'Tolkningen i siffror', rowHeader: 'Kommun', rows: [row] });
    const region = withTag(rendered, 'div').find((div) => attribute(div, 'role') === 'region')!;
    expect([attribute(region, 'aria-labelledby'), attribute(region, 'tabindex')]).toEqual([attribute(first(region, 'caption'), 'id'), '0']);
    const table = readTable(first(rendered, 'table'));
    expect(table.caption).toBe('Tolkningen i siffror');
    expect(table.head[0]!.cells.map((cell) => [cell.scope, unhyphenated(cell.shown)])).toEqual(['Kommun', ...NUMBER_HEADERS].map((label) => ['col', label]));
  });

  test('a row’s numbers stand under their headers: sections with the cover letter’s apart, each basis, removals, duties, warnings', async () => {
    const [read] = readTable(first(await render(MethodNumbersTable, { caption: 'C', rowHeader: 'Kommun', rows: [row] }), 'table')).body;
    const own = jarfalla.sections.filter((section) => section.part === 'document');
    const basis = (key: string) => String(own.filter((section) => section.categoryBasis === key).length);
    expect(read!.cells.map((cell) => cell.shown)).toEqual([
      'Järfälla',
      `${own.length} (+${jarfalla.sections.length - own.length} i följebrevet)`,
      basis('heading'),
      basis('lead-in'),
      basis('header-field'),
      basis('position'),
      basis('content'),
      String(jarfalla.removed.length),
      String(jarfalla.responsibilities.length),
      String(jarfalla.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length),
    ]);
    expect([read!.cells[0]!.tag, read!.cells[0]!.scope, withTag(read!.cells[0]!.element, 'a')]).toEqual(['th', 'row', []]);
    expect(attribute(first(read!.cells.at(-1)!.element, 'a'), 'href')).toBe('#varningar-jarfalla');
  });

  test('with documents counted, a column for them; a row with an address links its label; warnings without one are plain, with their note', async () => {
    const county: MethodRow = {
      ...row,
      label: 'Stockholms län',
      href: routes.county('overview', 'stockholms-lan'),
      documents: 2,
      warningsHref: null,
      warningsNote: 'i 2\u00a0dok.',
    };
    const table = readTable(first(await render(MethodNumbersTable, { caption: 'C', rowHeader: 'Län', rows: [county], showDocuments: true }), 'table'));
    expect(table.head[0]!.cells.map((cell) => unhyphenated(cell.shown))).toEqual(['Län', 'Dokument', ...NUMBER_HEADERS]);
    const cells = table.body[0]!.cells;
    expect(cells).toHaveLength(NUMBER_HEADERS.length + 2);
    expect([cells[0]!.shown, attribute(first(cells[0]!.element, 'a'), 'href'), cells[1]!.shown]).toEqual([
      'Stockholms län',
      routes.county('overview', 'stockholms-lan'),
      '2',
    ]);
    expect([cells.at(-1)!.shown, withTag(cells.at(-1)!.element, 'a')]).toEqual([`${row.warnings} i 2 dok.`, []]);
  });
});
