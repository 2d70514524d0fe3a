/** A chart built as a tree (`src/charts/svg.ts`) rendered by `Svg.astro` and framed by `MatrixChart.astro`. */
import { describe, expect, test } from 'vitest';
import MatrixChart from '../../src/charts/components/MatrixChart.astro';
import Svg from '../../src/charts/components/Svg.astro';
import { h } from '../../src/charts/svg.ts';
import { attribute, first, textOf, withTag } from '../support/chart-tree.ts';
import { render } from '../support/render-component.ts';

describe('Svg', () => {
  test('renders the tree element by element, every attribute as given', async () => {
    const tree = h(
      'svg',
      { class: 'chart', width: 20, 'aria-label': 'Ett diagram' },
      h('g', { transform: 'translate(1 2)' }, h('rect', { x: 0, y: 0, width: 5, height: 5, fill: '#1d4f91' })),
    );
    const svg = first(await render(Svg, { node: tree }), 'svg');
    expect([attribute(svg, 'width'), attribute(svg, 'aria-label')]).toEqual(['20', 'Ett diagram']);
    expect(first(svg, 'rect').attrs).toEqual({ x: '0', y: '0', width: '5', height: '5', fill: '#1d4f91' });
  });

  test('nothing a document says becomes markup: text and attribute values are escaped', async () => {
    const hostile = '<script>alert(1)</script> "citat" & <b>fet</b>';
    const tree = h('svg', { 'aria-label': hostile }, h('text', {}, hostile), h('title', {}, hostile));
    const svg = first(await render(Svg, { node: tree }), 'svg');
    expect([withTag(svg, 'script'), withTag(svg, 'b')]).toEqual([[], []]);
    expect([attribute(svg, 'aria-label'), textOf(first(svg, 'text')), textOf(first(svg, 'title'))]).toEqual([hostile, hostile, hostile]);
  });
});

describe('MatrixChart', () => {
  test('the row labels, then the cells, inside a region a screen reader can name and a narrow screen scroll', async () => {
    const chart = {
      labels: h('svg', { class: 'matrix__labels', 'aria-label': 'Kommuner' }),
      body: h('svg', { class: 'matrix__body', 'aria-label': 'Aktörer per kommun' }),
      width: 10,
      height: 10,
    };
    const region = first(await render(MatrixChart, { chart, label: 'Diagram: vänorter' }), 'div');
    expect([attribute(region, 'role'), attribute(region, 'aria-label')]).toEqual(['region', 'Diagram: vänorter']);
    expect(withTag(region, 'svg').map((svg) => attribute(svg, 'aria-label'))).toEqual(['Kommuner', 'Aktörer per kommun']);
  });
});
