/** The overview's chart at scale (one bar per category over all documents) and the table beside it, as rendered. */
import { beforeAll, describe, expect, test } from 'vitest';
import { COVERAGE_MARKS } from '../../src/charts/coverage-marks.ts';
import type { SvgElement } from '../../src/charts/svg.ts';
import { layoutCategoryBars } from '../../src/features/overview/category-bars-chart.ts';
import CategoryBarsChart from '../../src/features/overview/components/CategoryBarsChart.astro';
import CategoryCountsTable from '../../src/features/overview/components/CategoryCountsTable.astro';
import type { CategoryCount } from '../../src/lib/aggregate.ts';
import { getCategory, type CanonicalCategoryKey } from '../../src/taxonomy/categories.ts';
import { attribute, first, numberAttribute, ownTitle, shownText, withClass, withTag } from '../support/chart-tree.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';
import { rectangle, textBox, overlap, within } from '../support/text-box.ts';

/** A category counted over 300 documents. */
function counted(category: CanonicalCategoryKey, heading: number, guessed: number): CategoryCount {
  const total = 300;
  const covered = heading + guessed;
  return { category, label: getCategory(category).label, urlKey: category, heading, guessed, missing: total - covered, covered, total, share: covered / total };
}

const COUNTS = [
  counted('purpose', 273, 12),
  counted('goals', 300, 0),
  counted('priorities', 150, 60),
  counted('responsibility', 296, 0),
  counted('follow-up', 0, 0),
];

let chart: SvgElement;
let table: SvgElement;
beforeAll(async () => {
  chart = first(await render(CategoryBarsChart, { layout: layoutCategoryBars(COUNTS), label: 'Diagram: hur många dokument som har varje kategori' }), 'svg');
  table = first(await render(CategoryCountsTable, { counts: COUNTS }), 'table');
});

const bars = () => withClass(chart, 'category-bars__bar');
const parts = (bar: SvgElement) => withTag(bar, 'rect');

describe('the bars', () => {
  test('one per category in order, each an image whose name and tooltip say all it shows', () => {
    expect([attribute(chart, 'role'), attribute(chart, 'aria-label')]).toEqual(['group', 'Diagram: hur många dokument som har varje kategori']);
    expect(bars().map((bar) => shownText(first(bar, 'text')))).toEqual(['Syfte', 'Mål', 'Prioriterade områden', 'Ansvar', 'Uppföljning']);
    for (const bar of bars()) {
      expect(attribute(bar, 'role')).toBe('img');
      expect(ownTitle(bar)).toBe(attribute(bar, 'aria-label'));
      for (const text of withTag(bar, 'text')) expect(attribute(text, 'aria-hidden')).toBe('true');
    }
    expect(attribute(bars()[0]!, 'aria-label')).toBe(
      'Syfte: 285 av 300 dokument har ett eget avsnitt (95\u00A0%), i 12 av dem gissat från texten; 15 saknar det',
    );
    expect(attribute(bars()[4]!, 'aria-label')).toBe('Uppföljning: 0 av 300 dokument har ett eget avsnitt (0\u00A0%); 300 saknar det');
  });

  test('the parts are as long as their share of the documents, named ones first, each in its state’s fill and outline', () => {
    for (const [index, bar] of bars().entries()) {
      const [whole, ...rest] = parts(bar);
      const count = COUNTS[index]!;
      expect([attribute(whole!, 'data-status'), numberAttribute(whole!, 'data-count')]).toEqual(['missing', count.missing]);
      const length = numberAttribute(whole!, 'width');
      expect(rest.map((part) => [attribute(part, 'data-status'), numberAttribute(part, 'data-count')])).toEqual([
        ...(count.heading > 0 ? [['heading', count.heading]] : []),
        ...(count.guessed > 0 ? [['guessed', count.guessed]] : []),
      ]);
      let end = numberAttribute(whole!, 'x');
      for (const part of rest) {
        expect(numberAttribute(part, 'x')).toBeCloseTo(end, 0);
        expect(numberAttribute(part, 'width')).toBeCloseTo((length * numberAttribute(part, 'data-count')) / count.total, 0);
        end = numberAttribute(part, 'x') + numberAttribute(part, 'width');
      }
      for (const part of [whole!, ...rest]) {
        const style = COVERAGE_MARKS[attribute(part, 'data-status') as keyof typeof COVERAGE_MARKS];
        expect([part.attrs.fill, part.attrs.stroke, part.attrs['stroke-dasharray']]).toEqual([style.fill, style.stroke, style.dash ?? undefined]);
      }
    }
  });

  test('a bar’s label and count stand above it, whole, apart from each other, inside the chart', () => {
    const fontSize = numberAttribute(chart, 'font-size');
    const drawing = rectangle(0, 0, numberAttribute(chart, 'width'), numberAttribute(chart, 'height'));
    for (const bar of bars()) {
      const label = withClass(bar, 'category-bars__label')[0]!;
      const value = withClass(bar, 'category-bars__value')[0]!;
      const labelBox = textBox(shownText(label), { x: numberAttribute(label, 'x'), y: numberAttribute(label, 'y'), fontSize, bold: true });
      const valueBox = textBox(shownText(value), { x: numberAttribute(value, 'x'), y: numberAttribute(value, 'y'), fontSize, anchor: 'end' });
      expect(overlap(labelBox, valueBox), shownText(label)).toBe(false);
      expect(within(labelBox, drawing) && within(valueBox, drawing)).toBe(true);
      expect(Math.max(labelBox.bottom, valueBox.bottom)).toBeLessThanOrEqual(numberAttribute(parts(bar)[0]!, 'y'));
    }
  });
});

describe('the table beside it', () => {
  test('has a caption and headers with scope', () => {
    const { caption, head, body } = readTable(table);
    expect(caption).toBe('Kategorierna i de 300 dokumenten, som tabell');
    expect(head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([
      ['col', 'Kategori'],
      ['col', 'Har avsnittet'],
      ['col', '… rubriken säger det'],
      ['col', '… gissad från texten'],
      ['col', 'Saknar avsnittet'],
    ]);
    expect(body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown])).toEqual(COUNTS.map((count) => ['row', count.label]));
  });

  test('carries the bars’ numbers: covered (with the share the bar’s name gives), named, guessed, missing', () => {
    const { body } = readTable(table);
    body.forEach((row, index) => {
      const bar = bars()[index]!;
      const drawn = (status: string) => parts(bar).find((part) => attribute(part, 'data-status') === status)?.attrs['data-count'] ?? 0;
      const [, covered, heading, guessed, missing] = row.cells.map((cell) => cell.shown);
      expect([heading, guessed, missing].map(Number)).toEqual([drawn('heading'), drawn('guessed'), drawn('missing')].map(Number));
      const [, spokenCovered, spokenShare] = /: (\d+) av 300 dokument har ett eget avsnitt \(([^)]+)\)/u.exec(attribute(bar, 'aria-label')!)!;
      expect(covered).toBe(`${spokenCovered} (${spokenShare!.replace(/\s/gu, ' ')})`);
    });
  });
});
