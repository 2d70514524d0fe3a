/** The overview's table of counties (`/` above `PER_DOCUMENT_MAX` documents) as rendered: caption, headers, a row per county in Swedish order, the shares and the sums. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import CountyMatrix from '../../src/features/overview/components/CountyMatrix.astro';
import { countyMatrix } from '../../src/lib/aggregate.ts';
import { groupByCounty } from '../../src/lib/counties.ts';
import { coverageMatrix } from '../../src/lib/coverage-matrix.ts';
import { routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, getCategory } from '../../src/taxonomy/categories.ts';
import { MUNICIPALITIES, slugify } from '../../src/taxonomy/municipalities.ts';
import { attribute, first, withTag } from '../support/chart-tree.ts';
import { readTable, type TableReading } from '../support/read-table.ts';
import { shownShare } from '../support/read-share.ts';
import { render } from '../support/render-component.ts';
import { parseSpreadInSiteOrder } from '../support/seed-spread.ts';

let documents: PolicyDocument[];
let rendered: SvgElement;
let table: TableReading;
beforeAll(async () => {
  documents = await parseSpreadInSiteOrder();
  rendered = await render(CountyMatrix, { matrix: countyMatrix(groupByCounty(documents)) });
  table = readTable(first(rendered, 'table'));
});

/** The counties of the documents, in Swedish order, each with its documents. */
const counties = () =>
  [...new Set(documents.map((document) => document.county!))]
    .sort(new Intl.Collator('sv').compare)
    .map((county) => ({ county, documents: documents.filter((document) => document.county === county) }));

/** How many of `members` have a section of each category (named or guessed). */
const covered = (members: readonly PolicyDocument[]) =>
  CANONICAL_CATEGORY_KEYS.map((_, index) => coverageMatrix(members).filter((row) => row.cells[index]!.status !== 'missing').length);

/** A share as printed: the whole per cent and the count of the total. */
const printed = (count: number, total: number) => `${Math.round((100 * count) / total)} % | ${count} av ${total}`;

describe('the county matrix', () => {
  test('scrolls in a region named by its caption; the key says what the shades are', () => {
    const region = withTag(rendered, 'div').find((div) => attribute(div, 'role') === 'region')!;
    expect([attribute(region, 'aria-labelledby'), attribute(region, 'tabindex')]).toEqual([attribute(first(region, 'caption'), 'id'), '0']);
    expect(table.caption).toBe('Andel dokument med ett eget avsnitt om varje kategori, län för län');
    expect(attribute(first(rendered, 'ul'), 'aria-label')).toBe('Färgerna i tabellen: andel dokument med avsnittet');
  });

  test('has a column header with scope per county fact and category', () => {
    expect(table.head[0]!.cells.map((cell) => [cell.tag, cell.scope, cell.shown])).toEqual(
      ['Län', 'Dokument', ...CANONICAL_CATEGORY_KEYS.map((key) => getCategory(key).label), 'Kommuner med dokument'].map((label) => ['th', 'col', label]),
    );
  });

  test('a row per county in Swedish order (Ö last), its name a row header linking to its page', () => {
    const expected = counties();
    expect(expected.length).toBeGreaterThan(10);
    expect(table.body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown])).toEqual(expected.map(({ county }) => ['row', county]));
    expect(table.body.at(-1)!.cells[0]!.shown).toMatch(/^Ö/u);
    expect(table.body.map((row) => attribute(first(row.cells[0]!.element, 'a'), 'href'))).toEqual(
      expected.map(({ county }) => routes.county('overview', slugify(county))),
    );
  });

  test('each row counts its documents, prints the share and count of each category, and its municipalities out of the county’s', () => {
    const expected = counties();
    table.body.forEach((row, index) => {
      const { county, documents: members } = expected[index]!;
      expect(row.cells).toHaveLength(CANONICAL_CATEGORY_KEYS.length + 3);
      expect(row.cells[1]!.shown).toBe(String(members.length));
      expect(row.cells.slice(2, -1).map((cell) => shownShare(cell.element))).toEqual(covered(members).map((count) => printed(count, members.length)));
      const inCounty = MUNICIPALITIES.filter((municipality) => municipality.county === county).length;
      expect(row.cells.at(-1)!.shown).toBe(`${members.length} av ${inCounty}`);
    });
  });

  test('the foot sums every county: all documents, each category over all of them, and the municipalities', () => {
    const [foot] = table.foot;
    const inCounties = MUNICIPALITIES.filter((municipality) => counties().some(({ county }) => county === municipality.county)).length;
    expect(foot!.cells.map((cell) => shownShare(cell.element))).toEqual([
      'Alla län',
      String(documents.length),
      ...covered(documents).map((count) => printed(count, documents.length)),
      `${documents.length} av ${inCounties}`,
    ]);
    expect([foot!.cells[0]!.tag, foot!.cells[0]!.scope]).toEqual(['th', 'row']);
  });
});
