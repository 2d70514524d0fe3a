/** A run of text with the document's emphasis (`src/ui/Phrases.astro`): strong and emphasis as markup, the words always as text. */
import { describe, expect, test } from 'vitest';
import Phrases from '../../src/ui/Phrases.astro';
import { shownText, textOf, withTag } from '../support/chart-tree.ts';
import { render } from '../support/render-component.ts';

describe('Phrases', () => {
  test('strong, emphasis and both, in order, the words as written', async () => {
    const tree = await render(Phrases, {
      phrases: [
        { text: 'Kommunen ' },
        { text: 'ska', strong: true },
        { text: ' alltid ' },
        { text: 'följa upp', emphasis: true },
        { text: ' och ' },
        { text: 'redovisa', strong: true, emphasis: true },
        { text: '.' },
      ],
    });
    expect(shownText(tree)).toBe('Kommunen ska alltid följa upp och redovisa.');
    expect(withTag(tree, 'strong').map(textOf)).toEqual(['ska', 'redovisa']);
    expect(withTag(tree, 'em').map(textOf)).toEqual(['följa upp', 'redovisa']);
    expect(withTag(withTag(tree, 'strong')[1]!, 'em')).toHaveLength(1);
  });

  test('what a document says never becomes markup', async () => {
    const tree = await render(Phrases, { phrases: [{ text: '<img src=x onerror=alert(1)> & <b>' }] });
    expect([withTag(tree, 'img'), withTag(tree, 'b'), textOf(tree)]).toEqual([[], [], '<img src=x onerror=alert(1)> & <b>']);
  });
});
