/** The place where `/ansvar/`'s script shows a chosen cell's sentences (`CellPanel.astro`): hidden without JavaScript, its hint in words, its script a module. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import CellPanel from '../../src/features/ansvar/components/CellPanel.astro';
import { attribute, shownText, textOf, withTag } from '../support/chart-tree.ts';
import { render } from '../support/render-component.ts';

let rendered: SvgElement;
beforeAll(async () => {
  rendered = await render(CellPanel);
});

describe('the cell panel', () => {
  test('is hidden until its script starts: without JavaScript a reader sees no hint about a panel that cannot work', () => {
    const panels = withTag(rendered, 'div').filter((div) => attribute(div, 'data-cell-panel') !== undefined);
    expect(panels).toHaveLength(1);
    expect(attribute(panels[0]!, 'hidden')).toBe('');
  });

  test('its hint says how to choose a cell with a mouse or the keyboard, and how to come back', () => {
    const [hint] = withTag(rendered, 'p');
    expect(shownText(hint!)).toBe(
      'Välj en ruta i diagrammet (klicka eller gå dit med Tab) så visas meningarna som rutan bygger på. Enter flyttar hit, Esc tillbaka.',
    );
  });

  test('its script is a module loaded from a file, no inline code (the pages’ CSP allows no inline scripts)', () => {
    const scripts = withTag(rendered, 'script');
    expect(scripts.map((script) => [attribute(script, 'type'), textOf(script).trim()])).toEqual([['module', '']]);
    expect(attribute(scripts[0]!, 'src')).toMatch(/CellPanel\.astro\?astro&type=script/u);
  });
});
