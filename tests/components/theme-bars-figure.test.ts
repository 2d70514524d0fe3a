/** The themes over all documents (`/teman/` at scale) as rendered: caption, key, one bar per theme and the table with the same counts. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import ThemeBarsFigure from '../../src/features/teman/components/ThemeBarsFigure.astro';
import { DOT_STROKE, dotFill } from '../../src/features/teman/dot-matrix-chart.ts';
import { themeCounts, type ThemeCount } from '../../src/features/teman/theme-aggregate.ts';
import { NOT_NAMED_STROKE, themeBarsChart } from '../../src/features/teman/theme-bars-chart.ts';
import { themeMap } from '../../src/features/teman/theme-map.ts';
import { attribute, descendants, first, numberAttribute, ownTitle, shownText, spokenText, withClass, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let counts: ThemeCount[];
let figure: SvgElement;
beforeAll(async () => {
  counts = themeCounts(themeMap(await parseSeedsInSiteOrder()));
  figure = first(await render(ThemeBarsFigure, { finding: 'Fyndet.', chart: themeBarsChart(counts, 'Diagram: teman'), counts }), 'figure');
});

const bars = () => withClass(figure, 'theme-bars__bar');
/** A bar's parts, each with the weight it counts (0: not named) and how many documents. */
const partsOf = (bar: SvgElement) =>
  descendants(bar)
    .filter((element) => element.attrs['data-weight'] !== undefined)
    .map((part) => ({ rect: first(part, 'rect'), weight: numberAttribute(part, 'data-weight'), count: numberAttribute(part, 'data-count') }));

describe('the theme bars', () => {
  test('the figure is named by its caption; the key names each part of a bar in the order they are drawn', () => {
    const caption = first(figure, 'figcaption');
    expect([attribute(figure, 'aria-labelledby'), shownText(caption)]).toEqual([attribute(caption, 'id'), 'Fyndet.']);
    const key = first(figure, 'ul');
    expect(attribute(key, 'aria-label')).toBe('Förklaring: stapelns delar från vänster');
    expect(withTag(key, 'li').map(spokenText)).toEqual(['4 Prioriterat område', '3 Mål', '2 Syfte', '1 Nämns annars', 'Nämns inte']);
    expect(withTag(key, 'rect').map((rect) => [attribute(rect, 'fill'), attribute(rect, 'stroke')])).toEqual([
      ...[4, 3, 2, 1].map((weight) => [dotFill(weight), DOT_STROKE]),
      ['#ffffff', NOT_NAMED_STROKE],
    ]);
  });

  test('one bar per theme in the table’s order, each an image whose name and tooltip say all it shows', () => {
    expect(attribute(withClass(figure, 'theme-bars')[0]!, 'role')).toBe('group');
    expect(bars().map((bar) => attribute(bar, 'data-theme'))).toEqual(counts.map((count) => count.themeId));
    for (const bar of bars()) {
      expect(attribute(bar, 'role')).toBe('img');
      expect(ownTitle(bar)).toBe(attribute(bar, 'aria-label'));
      expect(attribute(bar, 'aria-label')).toMatch(
        /^.+: prioriterat område i \d+ dokument, mål i \d+, syfte i \d+, nämns annars i \d+; nämns inte i \d+\. Nämns i \d+ av 5 \(\d+\s%\)\.$/u,
      );
    }
  });

  test('the parts of a bar add up to every document, each in the shade of its weight', () => {
    for (const bar of bars()) {
      const parts = partsOf(bar);
      const notNamed = parts.find((part) => part.weight === 0)!;
      expect(parts.filter((part) => part.weight > 0).reduce((sum, part) => sum + part.count, 0) + notNamed.count).toBe(5);
      for (const part of parts.filter((candidate) => candidate.weight > 0)) expect(attribute(part.rect, 'fill')).toBe(dotFill(part.weight));
    }
  });

  test('the table carries the bars’ counts: per weight, not named, and named in all', () => {
    const { caption, head, body } = readTable(first(figure, 'table'));
    expect(caption).toBe('Teman i de 5 dokumenten: antal dokument efter var temat nämns');
    expect(head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([
      ['col', 'Tema'],
      ['col', 'Prioriterat område (4)'],
      ['col', 'Mål (3)'],
      ['col', 'Syfte (2)'],
      ['col', 'Nämns annars (1)'],
      ['col', 'Nämns inte'],
      ['col', 'Nämns totalt'],
    ]);
    body.forEach((row, index) => {
      const bar = bars()[index]!;
      const parts = partsOf(bar);
      const drawn = (weight: number) => String(parts.find((part) => part.weight === weight)?.count ?? 0);
      expect([row.cells[0]!.scope, row.cells[0]!.shown]).toEqual(['row', counts[index]!.label]);
      expect(row.cells.slice(1, 6).map((cell) => cell.shown)).toEqual([4, 3, 2, 1, 0].map(drawn));
      expect(row.cells[6]!.shown.split(' ')[0]).toBe(attribute(bar, 'data-named'));
    });
  });
});
