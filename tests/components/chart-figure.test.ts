/** A chart's figure and legend (`src/charts/components/`): the caption a screen reader hears first, the legend's marks and words. */
import { describe, expect, test } from 'vitest';
import ChartFigure from '../../src/charts/components/ChartFigure.astro';
import ChartLegend from '../../src/charts/components/ChartLegend.astro';
import { COVERAGE_MARKS } from '../../src/charts/coverage-marks.ts';
import { attribute, first, shownText, spokenText, withTag } from '../support/chart-tree.ts';
import { render } from '../support/render-component.ts';

describe('ChartFigure', () => {
  test('the caption comes first, the finding and then the note; the chart after it', async () => {
    const figure = first(
      await render(ChartFigure, { caption: 'Alla fem har mål.', note: 'En kategori är gissad.' }, { default: '<svg aria-label="Diagram"></svg>' }),
      'figure',
    );
    const [caption, chart] = figure.children.filter((child) => typeof child !== 'string');
    expect([caption!.tag, chart!.tag]).toEqual(['figcaption', 'svg']);
    expect(withTag(caption!, 'span').map(shownText)).toEqual(['Alla fem har mål.', 'En kategori är gissad.']);
  });

  test('without a note the caption is the finding alone; text stays text', async () => {
    const figure = first(await render(ChartFigure, { caption: 'Fem <b>dokument</b> & ett till' }), 'figure');
    expect(withTag(figure, 'span')).toHaveLength(1);
    expect(shownText(first(figure, 'figcaption'))).toBe('Fem <b>dokument</b> & ett till');
    expect(withTag(figure, 'b')).toEqual([]);
  });
});

describe('ChartLegend', () => {
  const items = [COVERAGE_MARKS.heading, COVERAGE_MARKS.guessed, COVERAGE_MARKS.missing];

  test('a list named for screen readers, one item per mark: the mark for the eye, its meaning in words', async () => {
    const legend = first(await render(ChartLegend, { items }), 'ul');
    expect(attribute(legend, 'aria-label')).toBe('Förklaring');
    expect(withTag(legend, 'li').map(spokenText)).toEqual([
      'Avsnitt finns (rubriken säger det)',
      'Avsnitt finns, men kategorin är gissad från texten',
      'Avsnitt saknas',
    ]);
    for (const svg of withTag(legend, 'svg')) expect([attribute(svg, 'aria-hidden'), attribute(svg, 'focusable')]).toEqual(['true', 'false']);
  });

  test('each mark is drawn as the chart draws it: fill, outline, dashes and glyph from the one palette', async () => {
    const legend = first(await render(ChartLegend, { items, label: 'Så läser du diagrammet' }), 'ul');
    expect(attribute(legend, 'aria-label')).toBe('Så läser du diagrammet');
    withTag(legend, 'li').forEach((item, index) => {
      const style = items[index]!;
      const square = first(item, 'rect');
      expect([square.attrs.fill, square.attrs.stroke, square.attrs['stroke-dasharray']]).toEqual([style.fill, style.stroke, style.dash ?? undefined]);
      const glyph = [...withTag(item, 'path'), ...withTag(item, 'text')][0]!;
      expect(glyph.attrs[glyph.tag === 'path' ? 'stroke' : 'fill']).toBe(style.glyphColor);
    });
    expect(shownText(first(withTag(legend, 'li')[1]!, 'text'))).toBe('?');
  });
});
