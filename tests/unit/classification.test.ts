/**
 * How sections get their categories when headings do not say it all, one fixture per rule
 * (written for the rule): the front matter holds only the title and facts; untitled text and
 * text under a heading that names nothing are filed by what they say; a lead-in decides its
 * list; a list whose items come back as headings names the document's areas; header rows in
 * capitals are not headings; a heading may end with the years it covers.
 */
import { describe, expect, test } from 'vitest';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseLossless } from '../support/parse.ts';

const parsed = parseLossless;

const filed = (document: PolicyDocument) => document.sections.map((section) => [section.heading, section.category, section.categoryBasis]);
const categoryOf = (document: PolicyDocument, words: string) => document.sections.find((section) => section.text.includes(words))?.category;

describe('the front matter', () => {
  test('holds the title and the facts after it; the running text that follows is classified, untitled', async () => {
    const document = await parsed([
      'Internationellt arbete i Åre kommun',
      '',
      'Antagen av kommunfullmäktige 2018-04-23 § 31',
      '',
      'Vi lever i en tid då allt fler frågor avgörs i ett globalt sammanhang och kommunen påverkas av det.',
      '',
      'Syfte',
      '',
      'Syftet är att utveckla kommunens verksamheter.',
    ]);
    expect(filed(document)).toEqual([
      [null, 'front-matter', 'position'],
      [null, 'background', 'content'],
      ['Syfte', 'purpose', 'heading'],
    ]);
    expect(document.sections[0]!.text).not.toContain('globalt');
    expect(document.adopted.date).toBe('2018-04-23');
  });

  test('a header table run into one line keeps all its fields, even one that carries content', async () => {
    const document = await parsed([
      'Policy för internationellt arbete',
      '',
      'Fastställd av: Kommunfullmäktige Datum: 3 mars 2016 Uppföljning: Årligen av kommunstyrelsen Gäller för: Alla nämnder',
      '',
      'Syfte',
      '',
      'Syftet är att lära av andra.',
    ]);
    expect(document.sections[0]!.text).toContain('Uppföljning: Årligen av kommunstyrelsen Gäller för: Alla nämnder');
    expect(document.adopted).toMatchObject({ date: '2016-03-03', by: 'Kommunfullmäktige' });
  });

  test('a header row in capitals and a document-class line are front matter, not headings', async () => {
    const document = await parsed([
      'Strategi för internationellt arbete',
      '',
      'Styrande dokument | Strategi',
      '',
      'GÄLLER FÖR SAMTLIGA NÄMNDER',
      '',
      'VERSION 1.2',
      '',
      'ANSVARIG EVA EK',
      '',
      'Syfte',
      '',
      'Syftet är att utveckla kommunens verksamheter.',
    ]);
    expect(document.sections.map((section) => section.heading)).toEqual([null, 'Syfte']);
    expect(document.sections[0]!.text).toContain('ANSVARIG EVA EK');
  });
});

describe('text filed by what it says', () => {
  test("a web page's untitled paragraphs: why, who, how it is followed up", async () => {
    const document = await parsed([
      'Internationellt arbete',
      '',
      'Det internationella arbetet är ett verktyg för att utveckla kommunens service till invånarna.',
      '',
      'Kommunstyrelsen ansvarar för att samordna arbetet, och varje nämnd har ansvar för sina egna kontakter.',
      '',
      'Arbetet följs upp varje år och redovisas i årsredovisningen.',
    ]);
    expect(filed(document).slice(1)).toEqual([
      [null, 'purpose', 'content'],
      [null, 'responsibility', 'content'],
      [null, 'follow-up', 'content'],
    ]);
  });

  test('an opening without evidence argues why the work matters: purpose, from its place', async () => {
    const document = await parsed([
      'Internationellt samarbete',
      '',
      'Människor reser och arbetar över gränserna som aldrig förr, och kommunens invånare möter världen varje dag.',
    ]);
    expect(filed(document).slice(1)).toEqual([[null, 'purpose', 'position']]);
  });

  test('under a heading that names nothing, parts with other evidence follow it untitled, a level down', async () => {
    const document = await parsed([
      'Policy för internationellt arbete',
      '',
      'Vår omvärld',
      '',
      'Kommunen är en del av en global utveckling och påverkas av det som sker i världen idag.',
      '',
      'Kommunstyrelsen ansvarar för att samordna arbetet med omvärlden.',
    ]);
    expect(document.sections.slice(1).map((section) => [section.heading, section.level, section.path, section.category])).toEqual([
      ['Vår omvärld', 1, [], 'background'],
      [null, 2, ['Vår omvärld'], 'responsibility'],
    ]);
  });

  test('a heading that names nothing and a text without evidence: other', async () => {
    const document = await parsed([
      'Policy för internationellt arbete',
      '',
      'Syfte',
      '',
      'Syftet är att lära av andra.',
      '',
      'Historik',
      '',
      'Kommunen fick sin första vänort för länge sedan.',
    ]);
    expect(categoryOf(document, 'första vänort')).toBe('collaboration');
    const plain = await parsed([
      'Policy för internationellt arbete',
      '',
      'Syfte',
      '',
      'Syftet är att lära av andra.',
      '',
      'Övrigt',
      '',
      'Texten kompletteras senare.',
    ]);
    expect(filed(plain).at(-1)).toEqual(['Övrigt', 'other', 'heading']);
  });
});

describe('what a sentence does, cue by cue', () => {
  const opening = (...paragraphs: string[]) => parsed(['Internationellt arbete', '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])]);

  test('what the work shall contribute to is a goal; what it contributes to is why it is done', async () => {
    const shall = await opening(
      'Vi lever i en tid av snabb förändring.',
      'Samarbetet med andra städer ska även bidra till att stadsdelens mål för skolan nås.',
    );
    expect(categoryOf(shall, 'ska även bidra till')).toBe('goals');
    const why = await opening('Kontakterna över gränserna bidrar till att kommunens övergripande mål nås.');
    expect(categoryOf(why, 'bidrar till')).toBe('purpose');
  });

  test('a norm about the people the work is for is a goal', async () => {
    const document = await opening('Det är en tid av förändring.', 'Unga i kommunen ska få pröva att studera en termin i ett annat land.');
    expect(categoryOf(document, 'Unga i kommunen')).toBe('goals');
  });

  test('an intention in the first person plural is a goal, and cuts a paragraph about something else', async () => {
    const document = await opening('Kommunstyrelsen ansvarar för kontakterna med regionen. Vi vill dessutom att fler föreningar söker bidrag för utbyten.');
    expect(categoryOf(document, 'Kommunstyrelsen ansvarar')).toBe('responsibility');
    expect(categoryOf(document, 'Vi vill dessutom')).toBe('goals');
  });

  test('work built into the organisation’s steering is a way of working', async () => {
    const document = await opening('Frågor om omvärlden har integrerats i kommunens styrsystem och i nämndernas verksamhetsplaner.');
    expect(categoryOf(document, 'integrerats')).toBe('strategy');
  });

  test('reciprocity is a principle of how exchange is done, and cuts a paragraph about something else', async () => {
    const document = await opening('Syftet med arbetet är att lära av andra. Varje utbyte ska ge ömsesidig nytta och planeras av båda parter tillsammans.');
    expect(categoryOf(document, 'Syftet med')).toBe('purpose');
    expect(categoryOf(document, 'ömsesidig nytta')).toBe('strategy');
  });

  test('membership of a network is a collaboration, and cuts a paragraph about something else', async () => {
    const document = await opening('Syftet är att hämta idéer från andra. Kommunen är medlem i ett europeiskt nätverk för mindre städer.');
    expect(categoryOf(document, 'Syftet är')).toBe('purpose');
    expect(categoryOf(document, 'medlem i')).toBe('collaboration');
  });

  test('what happens outside the borders is the world around, the background', async () => {
    const document = await opening(
      'Kommunstyrelsen ansvarar för att samordna kontakterna med andra länder och regioner.',
      'Skolan och vården påverkas av beslut som fattas utanför kommunens gränser.',
    );
    expect(categoryOf(document, 'Kommunstyrelsen ansvarar')).toBe('responsibility');
    expect(categoryOf(document, 'utanför kommunens gränser')).toBe('background');
  });
});

describe('lead-ins and lists', () => {
  test('a lead-in with "ska" before a list of things to do: the list is goals', async () => {
    const document = await parsed([
      'Internationellt arbete',
      '',
      'Enligt kommunens policy ska det internationella arbetet:',
      '',
      '• stärka kommunens attraktivitet',
      '• öka kunskapen om omvärlden',
    ]);
    expect(filed(document).slice(1)).toEqual([[null, 'goals', 'lead-in']]);
  });

  test('a lead-in naming another row takes its list out of a section headed Syfte', async () => {
    const document = await parsed([
      'Riktlinjer för internationellt arbete',
      '',
      'Syfte',
      '',
      'Syftet är att utveckla verksamheterna.',
      '',
      'Målen för arbetet är:',
      '',
      '• fler utbyten för elever',
      '• fler projekt med extern finansiering',
      '',
      'Riktlinjerna gäller alla nämnder.',
    ]);
    expect(document.sections.slice(1).map((section) => [section.heading, section.category, section.categoryBasis, section.text.split('\n')[0]])).toEqual([
      ['Syfte', 'purpose', 'heading', 'Syftet är att utveckla verksamheterna.'],
      [null, 'goals', 'lead-in', 'Målen för arbetet är:'],
      [null, 'purpose', 'heading', 'Riktlinjerna gäller alla nämnder.'],
    ]);
  });

  test('a list whose items come back as headings names the areas: they are priorities, under the list', async () => {
    const document = await parsed([
      'Internationellt arbete',
      '',
      'Arbetet inriktas på två områden:',
      '',
      '• Skola och ungdom',
      '• Näringsliv',
      '',
      'Skola och ungdom',
      '',
      'Elever ska kunna delta i utbyten med skolor i andra länder.',
      '',
      'Näringsliv',
      '',
      'Företagen får stöd att hitta partner i andra länder.',
    ]);
    expect(document.sections.slice(1).map((section) => [section.heading, section.level, section.category, section.categoryBasis])).toEqual([
      [null, 1, 'priorities', 'lead-in'],
      ['Skola och ungdom', 2, 'priorities', 'position'],
      ['Näringsliv', 2, 'priorities', 'position'],
    ]);
  });
});

describe('topics after a lead-in', () => {
  test('bare headings right after a lead-in ending in a colon are its topics, until a heading that names a category', async () => {
    const document = await parsed([
      'Riktlinjer för internationellt arbete',
      '',
      'Prioriterade områden',
      '',
      'Kommunen samarbetar särskilt inom dessa områden:',
      '',
      'Skola och utbildning',
      '',
      'Elever och lärare deltar i utbyten.',
      '',
      'Miljö och klimat',
      '',
      'Kommunen deltar i nätverk för klimatarbete.',
      '',
      'Ansvar',
      '',
      'Kommunstyrelsen samordnar arbetet.',
    ]);
    expect(document.sections.slice(1).map((section) => [section.heading, section.level, section.category, section.categoryBasis])).toEqual([
      ['Prioriterade områden', 1, 'priorities', 'heading'],
      ['Skola och utbildning', 2, 'priorities', 'position'],
      ['Miljö och klimat', 2, 'priorities', 'position'],
      ['Ansvar', 1, 'responsibility', 'heading'],
    ]);
  });
});

describe('headings', () => {
  test('a heading may end with the years it covers; a line with other numbers is not a heading', async () => {
    const document = await parsed([
      'Internationellt arbete',
      '',
      'Kommunen arbetar internationellt för att utveckla sina verksamheter och sin service.',
      '',
      'Handlingsplan för internationellt arbete 2025–2028',
      '',
      'Planen beskriver vad som ska göras varje år.',
    ]);
    expect(filed(document).at(-1)).toEqual(['Handlingsplan för internationellt arbete 2025–2028', 'action-plan', 'heading']);
  });
});
