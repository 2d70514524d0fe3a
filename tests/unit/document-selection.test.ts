/**
 * The one way pages name their documents in the address (`?d=`), the order a new choice takes, the
 * picker's no-JavaScript rules and what a cell's copy button copies.
 */
import { describe, expect, test } from 'vitest';
import { documentsParam, documentValues, requestedDocuments, selectionOrder, withDocuments } from '../../src/lib/document-selection.ts';
import { documentPickerData, pickerRules } from '../../src/ui/document-picker-data.ts';
import { cellCopyText, listText } from '../../src/features/compare/cell-copy-text.ts';
import { routes } from '../../src/lib/routes.ts';

describe('?d=', () => {
  test('the comma list the pages have always written, the repeated values a form sends, and both mixed, read alike', () => {
    expect(requestedDocuments('?d=hylte,tyreso')).toEqual(['hylte', 'tyreso']);
    expect(requestedDocuments('?d=hylte&d=tyreso')).toEqual(['hylte', 'tyreso']);
    expect(requestedDocuments('?d=hylte&k=ansvar&d=tyreso,eksjo')).toEqual(['hylte', 'tyreso', 'eksjo']);
  });

  test('upper case, spaces, encoded commas and repeats are forgiven; the first mention keeps its place', () => {
    expect(requestedDocuments('?d=Hylte%2C%20TYRESO,,hylte')).toEqual(['hylte', 'tyreso']);
    expect(documentValues('?d=Hylte%2C%20TYRESO,,hylte')).toEqual(['Hylte', 'TYRESO', 'hylte']);
    expect(requestedDocuments('?q=hylte')).toEqual([]);
  });

  test('written as one comma list, other parameters and the fragment kept; none removes it', () => {
    expect(documentsParam(['hylte', 'tyreso'])).toBe('d=hylte,tyreso');
    expect(withDocuments('https://example.se/ansvar/?d=eksjo&x=1#kalla', ['hylte', 'tyreso'])).toBe('/ansvar/?d=hylte,tyreso&x=1#kalla');
    expect(withDocuments('https://example.se/teman/?d=eksjo', [])).toBe('/teman/');
  });

  test('the comparison link of a document uses the same parameter', () => {
    expect(requestedDocuments(new URL(routes.compare({ document: 'hylte' }), 'https://example.se').search)).toEqual(['hylte']);
  });
});

describe('the order of a choice', () => {
  test('starting afresh, the documents come in the order ticked', () => {
    expect(selectionOrder([], ['hylte'])).toEqual(['hylte']);
    expect(selectionOrder(['hylte'], ['hylte', 'tyreso'])).toEqual(['hylte', 'tyreso']);
    expect(selectionOrder(['tyreso'], ['hylte', 'tyreso'])).toEqual(['tyreso', 'hylte']);
  });

  test('documents already shown keep their places; one unticked leaves the rest in order', () => {
    expect(selectionOrder(['tyreso', 'eksjo', 'hylte'], ['eksjo', 'hylte', 'tyreso'])).toEqual(['tyreso', 'eksjo', 'hylte']);
    expect(selectionOrder(['tyreso', 'eksjo', 'hylte'], ['hylte', 'tyreso'])).toEqual(['tyreso', 'hylte']);
  });
});

describe('the picker without JavaScript', () => {
  test('a rule per document hides its columns and blocks while another box, but not its own, is ticked', () => {
    const css = pickerRules(['hylte', 'tyreso']);
    expect(css.split('\n')).toHaveLength(2);
    expect(css).toContain('#valj-hylte:not(:checked)');
    expect(css).toContain('[data-col="hylte"], [data-kommun="hylte"]');
    expect(css).toContain('[data-document-picker]:not([data-enhanced]) input:checked');
  });

  test('a value that is not a document id never reaches the style sheet', () => {
    expect(pickerRules(['a"]{}*{display:none}', 'hylte'])).not.toContain('display:none}');
    expect(pickerRules(['a"]{}*{display:none}'])).toBe('');
  });

  test('its hash is the SHA-256 of the rules, and the unit says kommuner only while each document is one municipality', async () => {
    const one = await documentPickerData([
      { id: 'hylte', label: 'Hylte', municipality: 'Hylte' },
      { id: 'tyreso', label: 'Tyresö', municipality: 'Tyresö' },
    ]);
    expect(one.unit).toBe('kommuner');
    expect(one.items).toEqual([
      { id: 'hylte', label: 'Hylte' },
      { id: 'tyreso', label: 'Tyresö' },
    ]);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(one.css)));
    expect(one.hash).toBe(`sha256-${Buffer.from(digest).toString('base64')}`);
    const two = await documentPickerData([
      { id: 'botkyrka-2019', label: 'Botkyrka 2019', municipality: 'Botkyrka' },
      { id: 'botkyrka-2025', label: 'Botkyrka 2025', municipality: 'Botkyrka' },
    ]);
    expect(two.unit).toBe('dokument');
  });
});

describe('copying a comparison cell', () => {
  test('each section: heading, paragraphs, list items a line each, and its citation, with blank lines between', () => {
    const text = cellCopyText([
      {
        heading: '4 Mål',
        blocks: ['Kommunen ska  verka\n för samarbete.', listText(['Miljö', 'Kultur'], false)],
        citation: 'Hylte kommun, ”Policy”. https://x.se/dokument/hylte/#mal',
      },
      { heading: 'Mervärden', blocks: [listText(['Ett', 'Två'], true, 3)], citation: 'Hylte kommun, ”Policy”. https://x.se/dokument/hylte/#mervarden' },
    ]);
    expect(text).toBe(
      [
        '4 Mål',
        'Kommunen ska verka\nför samarbete.',
        '– Miljö\n– Kultur',
        'Hylte kommun, ”Policy”. https://x.se/dokument/hylte/#mal',
        'Mervärden',
        '3. Ett\n4. Två',
        'Hylte kommun, ”Policy”. https://x.se/dokument/hylte/#mervarden',
      ].join('\n\n'),
    );
  });

  test('soft hyphens that break words in a narrow column are not copied', () => {
    expect(cellCopyText([{ heading: 'An\u00adsvar', blocks: ['Kommun\u00adfull\u00admäktige beslutar.'], citation: 'K.' }])).toBe(
      'Ansvar\n\nKommunfullmäktige beslutar.\n\nK.',
    );
  });
});
