/** One fixture per noise rule: what is removed, why, from which lines, and that nothing else goes. */
import { describe, expect, test } from 'vitest';
import { lostLines, lostWords, parseTextOrThrow } from '../support/parse.ts';

const doc = (lines: string[]) => lines.join('\n');

async function removedBy(text: string, ruleId: string) {
  const document = await parseTextOrThrow(text);
  expect(lostLines(text, document)).toEqual([]);
  expect(lostWords(text, document)).toEqual([]);
  return { document, removed: document.removed.filter((removal) => removal.ruleId === ruleId) };
}

const BODY = [
  'Syfte',
  '',
  'Syftet med det internationella arbetet är att utveckla verksamheten.',
  '',
  'Ansvar',
  '',
  'Kommunstyrelsen samordnar det internationella arbetet.',
];

describe('table of contents', () => {
  test('with dot leaders and page numbers', async () => {
    const text = doc(['Internationell policy för Åre kommun', '', 'Innehållsförteckning', 'Syfte..........3', 'Ansvar .......... 4', '', ...BODY]);
    const { removed, document } = await removedBy(text, 'table-of-contents');
    expect(removed).toEqual([expect.objectContaining({ startLine: 3, endLine: 5, text: 'Innehållsförteckning\nSyfte..........3\nAnsvar .......... 4' })]);
    expect(document.sections.map((section) => section.heading)).toEqual([null, 'Syfte', 'Ansvar']);
  });

  test('with tabs and HTML bold, numbered entries', async () => {
    const text = doc([
      '# Riktlinjer för Åre kommun',
      '',
      '## Innehållsförteckning',
      '',
      '<b>1</b>\t<b>Syfte .....</b>\t<b>3</b>',
      '2.1\tAnsvar.....\t4',
      '',
      ...BODY,
    ]);
    const { removed } = await removedBy(text, 'table-of-contents');
    expect(removed).toEqual([expect.objectContaining({ startLine: 3, endLine: 6 })]);
  });

  test('written on one transcript line', async () => {
    const text = doc([
      '1 Riktlinjer för Åre kommun',
      '',
      '2 Innehåll 1. Syfte Ansvar',
      '',
      '3 1. Syfte Syftet med arbetet är att utveckla verksamheten. 2. Ansvar Kommunstyrelsen samordnar det internationella arbetet. 3',
    ]);
    const { removed, document } = await removedBy(text, 'table-of-contents');
    expect(removed).toEqual([expect.objectContaining({ startLine: 3, endLine: 3 })]);
    expect(document.sections.map((section) => [section.number, section.heading, section.category])).toEqual([
      [null, null, 'front-matter'],
      ['1', 'Syfte', 'purpose'],
      ['2', 'Ansvar', 'responsibility'],
    ]);
  });
});

describe('page numbers', () => {
  test.each([['2 (7)'], ['Sida: 2'], ['Sida 2 av 7'], ['- 3 -'], ['4'], ['2/7']])('a line "%s" is a page number', async (marker) => {
    const text = doc(['Policy för Åre kommun', '', ...BODY.slice(0, 3), '', marker, '', ...BODY.slice(4)]);
    const { removed } = await removedBy(text, 'page-number');
    expect(removed).toEqual([expect.objectContaining({ startLine: 7, endLine: 7, text: marker })]);
  });

  test('a sentence torn by a page break is joined again, and the join recorded', async () => {
    const text = doc([
      'Policy för Åre kommun',
      '',
      'Syfte',
      '',
      'Det internationella arbetet ska bidra till att kommunen vid',
      '',
      '3 (7)',
      '',
      'uppstart av projekt prövar extern finansiering.',
    ]);
    const { document } = await removedBy(text, 'page-number');
    const purpose = document.sections.find((section) => section.category === 'purpose')!;
    expect(purpose.text).toBe('Det internationella arbetet ska bidra till att kommunen vid uppstart av projekt prövar extern finansiering.');
    expect(document.removed).toContainEqual(expect.objectContaining({ ruleId: 'page-break-join', startLine: 5, endLine: 9 }));
  });

  test('a heading followed by a lower-case line is not joined', async () => {
    const text = doc(['Policy för Åre kommun', '', 'FÖRSLAG', '', 'till kommunstyrelsen']);
    const document = await parseTextOrThrow(text);
    expect(document.removed.filter((removal) => removal.ruleId === 'page-break-join')).toEqual([]);
  });
});

describe('site chrome and related documents', () => {
  test('viewer controls and a list of unrelated documents', async () => {
    const text = doc([
      'Riktlinjer för Åre kommun',
      '',
      'Storlek: px',
      'Starta visningen från sidan:',
      '',
      'Download "Riktlinjer för Åre kommun"',
      '',
      'Transkript',
      '',
      '1 Syfte Syftet med arbetet är att utveckla verksamheten. 1',
      '',
      '2 Ansvar Kommunstyrelsen samordnar det internationella arbetet. 2',
      '',
      '3 Uppföljning Arbetet följs upp årligen av nämnderna. 3',
      '',
      'Internationell strategi för Gävle kommun',
      '',
      'Internationell strategi för Gävle kommun Inledning …',
      '',
      'Läs mer',
      '',
      'Riktlinjer Mariestad',
      '',
      'Riktlinjer Mariestad Antaget av Kommunfullmäktige',
      '',
      'Läs mer',
    ]);
    const chrome = await removedBy(text, 'site-chrome');
    expect(chrome.removed.map((removal) => [removal.startLine, removal.endLine])).toEqual([[3, 8]]);
    const related = await removedBy(text, 'related-documents');
    expect(related.removed.map((removal) => [removal.startLine, removal.endLine])).toEqual([[16, 26]]);
    expect(related.document.municipality).toBe('Åre');
  });
});

describe('contact details', () => {
  test('a postal address footer', async () => {
    const text = doc(['Policy för Åre kommun', '', ...BODY, '', 'Postadress: Åre kommun, 830 05 JÄRPEN Telefon: 0647-161 00 E-post: kommun@are.se www.are.se']);
    const { removed } = await removedBy(text, 'contact-details');
    expect(removed).toEqual([expect.objectContaining({ startLine: 11, endLine: 11 })]);
  });

  test('a contact line glued before the title keeps the title', async () => {
    const text = doc([
      '1 Anna Berg, utredare Tfn: 0647-161 00 E-post: anna.berg@are.se Policy för Åre kommun',
      '',
      '2 Syfte Syftet med arbetet är att utveckla verksamheten. 2',
      '',
      '3 Ansvar Kommunstyrelsen samordnar arbetet med kommunens alla nämnder. 3',
    ]);
    const { removed, document } = await removedBy(text, 'contact-details');
    expect(removed).toEqual([expect.objectContaining({ startLine: 1, text: 'Anna Berg, utredare Tfn: 0647-161 00 E-post: anna.berg@are.se' })]);
    expect(document.title).toBe('Policy för Åre kommun');
  });
});

describe('running headers', () => {
  test('a line repeated on every page is cut after its first occurrence', async () => {
    const header = 'Åre kommun – Internationell policy';
    const text = doc([
      header,
      '',
      'Policy för Åre kommun',
      '',
      'Syfte',
      '',
      'Syftet är att utveckla verksamheten.',
      '',
      header,
      '',
      'Ansvar',
      '',
      'Kommunstyrelsen samordnar arbetet.',
      '',
      header,
      '',
      'Uppföljning',
      '',
      'Arbetet följs upp årligen.',
    ]);
    const { removed } = await removedBy(text, 'running-header');
    expect(removed.map((removal) => removal.startLine)).toEqual([9, 15]);
  });
});

describe('nothing else is dropped', () => {
  test('text that merely looks like noise stays', async () => {
    const text = doc([
      'Policy för Åre kommun',
      '',
      'Syfte',
      '',
      '2020 antogs den förra policyn.',
      '',
      'Kommunen har 3 vänorter.',
      '',
      'Läs mer om vänorterna på kommunens webbplats.',
    ]);
    const document = await parseTextOrThrow(text);
    expect(document.removed).toEqual([]);
    expect(document.sections.at(-1)!.text).toBe('2020 antogs den förra policyn.\nKommunen har 3 vänorter.\nLäs mer om vänorterna på kommunens webbplats.');
  });
});
