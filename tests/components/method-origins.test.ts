/** How the texts reached the project, counted per way (`/om/` at scale, `MethodOrigins.astro`) as rendered. */
import { describe, expect, test } from 'vitest';
import MethodOrigins from '../../src/features/overview/components/MethodOrigins.astro';
import { originCounts } from '../../src/features/overview/method-scale.ts';
import { attribute, first, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder, parseSeedsWithSources } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';
import { spreadOverCounties } from '../support/seed-spread.ts';

describe('the table of origins', () => {
  test('scrolls in a region named by its caption; a column header with scope for the way and for the count', async () => {
    const rendered = await render(MethodOrigins, { origins: originCounts(await parseSeedsWithSources()) });
    const region = withTag(rendered, 'div').find((div) => attribute(div, 'role') === 'region')!;
    expect(attribute(region, 'aria-labelledby')).toBe(attribute(first(region, 'caption'), 'id'));
    const table = readTable(first(rendered, 'table'));
    expect(table.caption).toBe('Hur texterna kom till projektet');
    expect(table.head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([
      ['col', 'Hur texten kom till projektet'],
      ['col', 'Dokument'],
    ]);
  });

  test('a row per way, the most documents first, ways of as many documents in Swedish order; each way a row header', async () => {
    const seeds = await parseSeedsWithSources();
    // The seeds' ways as content/sources.json has them, each copied a different number of times.
    const documents = spreadOverCounties(seeds, 12);
    const table = readTable(first(await render(MethodOrigins, { origins: originCounts(documents) }), 'table'));
    const counted = seeds.map(
      (seed) => [seed.metadata.origin!, documents.filter((document) => document.metadata.origin === seed.metadata.origin).length] as const,
    );
    const collator = new Intl.Collator('sv');
    const expected = [...counted].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
    expect(table.body.map((row) => [row.cells[0]!.tag, row.cells[0]!.scope, row.cells[0]!.shown, row.cells[1]!.shown])).toEqual(
      expected.map(([origin, count]) => ['th', 'row', origin, String(count)]),
    );
    expect(table.body.map((row) => Number(row.cells[1]!.shown))).toEqual([3, 3, 2, 2, 2]);
  });

  test('documents whose way is not recorded are counted as “Inte angivet”', async () => {
    const table = readTable(first(await render(MethodOrigins, { origins: originCounts(await parseSeedsInSiteOrder()) }), 'table'));
    expect(table.body.map((row) => row.cells.map((cell) => cell.shown))).toEqual([['Inte angivet', '5']]);
  });
});
