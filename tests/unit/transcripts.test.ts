/**
 * Page transcripts as document-sharing sites write them (one line a page), in the irregular forms
 * short documents take: few pages, a blank page as a bare number, page numbers at the end of the
 * line or as a counter in the page header, running headers and footers inside the page's line, a
 * table of contents run into a line. Fixtures written for the rules.
 */
import { describe, expect, test } from 'vitest';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseLossless } from '../support/parse.ts';

const parsed = parseLossless;

const outline = (document: PolicyDocument) => document.sections.map((section) => [section.heading, section.category]);
const allText = (document: PolicyDocument) => document.sections.map((section) => section.text).join('\n');

const PURPOSE = 'Syftet med arbetet är att kommunens verksamheter ska utvecklas genom kontakter med andra länder och regioner i Europa.';
const RESPONSIBILITY = 'Kommunstyrelsen leder arbetet och varje nämnd ansvarar för de internationella kontakterna inom sitt eget område.';

describe('short and irregular transcripts', () => {
  test('three pages, the first blank (a bare number): page numbers go and the headings run into the text are split off', async () => {
    const document = await parsed(['Transkript', '', '1', '', `2 Syfte ${PURPOSE}`, '', `3 Ansvar ${RESPONSIBILITY}`]);
    expect(outline(document)).toContainEqual(['Syfte', 'purpose']);
    expect(outline(document)).toContainEqual(['Ansvar', 'responsibility']);
    expect(document.removed.filter((removal) => removal.ruleId === 'page-number').map((removal) => removal.startLine)).toEqual([3, 5, 7]);
  });

  test('pages numbered at the end of the line', async () => {
    const document = await parsed([
      `Syfte ${PURPOSE} 1`,
      '',
      `Ansvar ${RESPONSIBILITY} 2`,
      '',
      `Uppföljning Arbetet följs upp varje år av kommunstyrelsen, som redovisar resultatet för fullmäktige. 3`,
    ]);
    expect(allText(document)).not.toMatch(/ [123]$/mu);
    expect(document.removed.filter((removal) => removal.ruleId === 'page-number')).toHaveLength(3);
  });

  test('a page counter with the header words before it (`Dnr 3/9`) is the page header', async () => {
    const document = await parsed([
      'Policy för internationellt arbete Dnr KS 2020/14',
      `Mallens rubrikfält 2/9 Bakgrund Kommunen har haft vänorter sedan länge och deltar i flera nätverk i Östersjöregionen och i Europa.`,
      `Dnr 3/9 Syfte ${PURPOSE}`,
    ]);
    const headers = document.removed.filter((removal) => removal.ruleId === 'running-header').map((removal) => removal.text);
    expect(headers).toEqual(['Mallens rubrikfält 2/9', 'Dnr 3/9']);
    expect(document.metadata.referenceNumbers).toEqual(['Dnr KS 2020/14']);
  });

  test('the title as running header and a footer phrase beside the page number go from every page; the cover keeps the title', async () => {
    const document = await parsed([
      'vår policy 1',
      '',
      'Download "vår policy 1"',
      '',
      'Transkript',
      '',
      '1 Internationell policy vår policy 1',
      '',
      `2 Internationell policy Syfte ${PURPOSE} 2 vår policy`,
      '',
      `3 Internationell policy Ansvar ${RESPONSIBILITY} vår policy 3`,
    ]);
    expect(document.title).toBe('Internationell policy');
    expect(allText(document)).not.toContain('vår policy');
    expect(outline(document).slice(1)).toEqual([
      ['Syfte', 'purpose'],
      ['Ansvar', 'responsibility'],
    ]);
  });
});

describe('headings run into the text', () => {
  test('a heading the taxonomy knows, run in after a line that had no full stop, is split off', async () => {
    const document = await parsed([
      '1 Strategi för internationellt arbete',
      '',
      `2 Bakgrund Kommunen har samarbetat med orter runt Östersjön sedan länge och deltar i flera nätverk i Europa Syfte ${PURPOSE}`,
      '',
      `3 Ansvar ${RESPONSIBILITY}`,
    ]);
    expect(outline(document).slice(1)).toEqual([
      ['Bakgrund', 'background'],
      ['Syfte', 'purpose'],
      ['Ansvar', 'responsibility'],
    ]);
  });

  test('a heading run into the last item of a list on a transcript page ends the list', async () => {
    const document = await parsed([
      '1 Strategi för internationellt arbete',
      '',
      `2 Mål • Fler elever ska delta i utbyten med skolor i andra länder • Fler projekt ska få extern finansiering Ansvar ${RESPONSIBILITY}`,
      '',
      `3 Uppföljning Arbetet följs upp varje år av kommunstyrelsen, som redovisar resultatet för fullmäktige. ${PURPOSE}`,
    ]);
    expect(outline(document).slice(1)).toEqual([
      ['Mål', 'goals'],
      ['Ansvar', 'responsibility'],
      ['Uppföljning', 'follow-up'],
    ]);
    expect(document.sections.find((section) => section.heading === 'Mål')!.text).toBe(
      'Fler elever ska delta i utbyten med skolor i andra länder\nFler projekt ska få extern finansiering',
    );
  });

  test('a capitalised name inside a sentence is not a heading', async () => {
    const document = await parsed([
      `1 Syfte ${PURPOSE}`,
      '',
      `2 Ansvar Arbetet sker tillsammans med Region Sörmland Kommunstyrelsen och nämnderna i samverkan med andra. ${RESPONSIBILITY}`,
      '',
      '3 Uppföljning Arbetet följs upp varje år av kommunstyrelsen och redovisas i årsredovisningen.',
    ]);
    expect(document.sections.flatMap((section) => (section.heading === null ? [] : [section.heading]))).toEqual(['Syfte', 'Ansvar', 'Uppföljning']);
  });
});

describe('a table of contents run into a line', () => {
  test('is cut from its first word to its last page number; a decision after it on the line stays', async () => {
    const document = await parsed([
      'Strategi för internationellt arbete i Ås kommun',
      'Sidhuvud 2/8 Innehållsförteckning Inledning... 3 1 Syfte... 3 2 Mål och inriktning..4 3 Uppföljning.6 Antagen av kommunfullmäktige 2019-02-11 § 9',
      `Sidhuvud 3/8 Inledning Kommunen har länge samarbetat med andra länder och deltar i flera nätverk i Europa. 1 Syfte ${PURPOSE}`,
    ]);
    const toc = document.removed.find((removal) => removal.ruleId === 'table-of-contents');
    expect(toc?.text).toBe('Innehållsförteckning Inledning... 3 1 Syfte... 3 2 Mål och inriktning..4 3 Uppföljning.6');
    expect(document.adopted).toMatchObject({ date: '2019-02-11', by: 'Kommunfullmäktige' });
    expect(outline(document)).toContainEqual(['Syfte', 'purpose']);
  });
});

describe('the title', () => {
  test('a cover line that runs a type label, a reference number, the title and the decision together gives the title alone', async () => {
    const document = await parsed([
      'PROGRAM Dnr KS 2018/77 Program för internationella kontakter i Ås kommun Antagen av kommunfullmäktige 2018',
      '',
      'Syfte',
      '',
      PURPOSE,
    ]);
    expect(document.title).toBe('Program för internationella kontakter i Ås kommun');
    expect(document.documentType).toBe('program');
    expect(document.adopted).toMatchObject({ date: null, by: 'Kommunfullmäktige' });
  });

  test("a web page's title is the heading above its text, not a list item that names a type", async () => {
    const document = await parsed([
      'Internationellt samarbete',
      '',
      'Kommunen samarbetar med andra länder inom många områden och har flera vänorter.',
      '',
      'Arbetet gäller främst:',
      '',
      '• Utbyte inom skolans program',
      '• Gemensamma projekt',
    ]);
    expect(document.title).toBe('Internationellt samarbete');
    expect(document.documentType).toBeNull();
  });
});
