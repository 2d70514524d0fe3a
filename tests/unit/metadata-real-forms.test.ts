/**
 * Metadata in the forms real documents give it: decisions told in running text, header tables run
 * into one line or written in capitals, and documents of regions and county councils. Every text
 * here is written for its test; the municipalities named are real, so that they are found.
 */
import { describe, expect, test } from 'vitest';
import { parseHeaderFields } from '../../src/parser/metadata/header-fields.ts';
import { findRegions } from '../../src/parser/metadata/region.ts';
import { parseTextOrThrow } from '../support/parse.ts';

const BODY_TEXT =
  'Arbetet ska ge invånare, företag och föreningar nya kontakter och kunskaper. Kommunen deltar i nätverk och projekt när det gynnar utvecklingen.';

/** A short web page: a title, running text, and the lines given (a decision, most often) last. */
function page(title: string, ...lines: string[]): string {
  return [title, '', BODY_TEXT, '', ...lines.flatMap((line) => [line, ''])].join('\n');
}

describe('a decision stated in running text', () => {
  test('body, verb and full date: `Kommunfullmäktige i X antog den …`', async () => {
    const document = await parseTextOrThrow(
      page(
        'Internationellt samarbete i Åre kommun',
        'Kommunfullmäktige i Åre antog den 12 maj 2004 riktlinjerna för det internationella arbetet. Riktlinjerna reviderades den 3 mars 2010.',
      ),
    );
    expect(document.adopted).toMatchObject({ date: '2004-05-12', by: 'Kommunfullmäktige' });
    expect(document.adopted.text).toContain('antog den 12 maj 2004');
  });

  test('`X kommunfullmäktige har beslutat …` gives the body without a date', async () => {
    const document = await parseTextOrThrow(
      page('Internationellt arbete', 'Hylte kommunfullmäktige har beslutat att kommunen ska delta aktivt i europeiskt samarbete.'),
    );
    expect(document.adopted).toMatchObject({ date: null, by: 'Kommunfullmäktige' });
    expect(document.municipality).toBe('Hylte');
  });

  test('inverted word order after a date: `Den … antog kommunfullmäktige strategin`', async () => {
    const document = await parseTextOrThrow(
      page('Internationell strategi för Hylte kommun', 'Den 2 oktober 2013 antog kommunfullmäktige strategin för kommunens internationella arbete.'),
    );
    expect(document.adopted).toMatchObject({ date: '2013-10-02', by: 'Kommunfullmäktige' });
  });

  test('`har kommunfullmäktige antagit`, and a participle after `är`', async () => {
    const inverted = await parseTextOrThrow(
      page('Internationell policy för Hylte kommun', 'År 2016 har kommunfullmäktige antagit policyn för det internationella arbetet.'),
    );
    expect(inverted.adopted).toMatchObject({ date: null, by: 'Kommunfullmäktige' });
    const copula = await parseTextOrThrow(page('Internationell policy för Hylte kommun', 'Policyn är antagen av kommunstyrelsen den 8 december 2015.'));
    expect(copula.adopted).toMatchObject({ date: '2015-12-08', by: 'Kommunstyrelsen' });
  });

  test('a participle statement after the text, with `fullmäktige` alone and a paragraph of the minutes', async () => {
    const document = await parseTextOrThrow(page('Internationell policy för Hylte kommun', 'Beslutad i fullmäktige den 3 mars 2016 § 12'));
    expect(document.adopted).toMatchObject({ date: '2016-03-03', by: 'Kommunfullmäktige', text: 'Beslutad i fullmäktige den 3 mars 2016 § 12' });
  });

  test.each(['Antagen av KF', 'Antagen av kf', 'Antagen av Kf'])('abbreviations in any case: %s', async (line) => {
    const document = await parseTextOrThrow(page('Internationell policy för Hylte kommun', line));
    expect(document.adopted).toMatchObject({ date: null, by: 'Kommunfullmäktige' });
  });

  test('a month and year only: no date, the body known; `stadsfullmäktige` is the municipal council', async () => {
    const document = await parseTextOrThrow(
      page('Internationellt program för Åre kommun', 'Programmet godkändes av stadsfullmäktige i februari 2018 och gäller till och med 2022.'),
    );
    expect(document.adopted).toMatchObject({ date: null, by: 'Kommunfullmäktige' });
  });

  test('a town abroad keeps its `stadsfullmäktige`, and no Swedish municipality is guessed', async () => {
    const document = await parseTextOrThrow(page('Internationella Jakobstad', 'Det internationella programmet godkändes av stadsfullmäktige i mars 2019.'));
    expect(document.municipality).toBeNull();
    expect(document.adopted).toMatchObject({ date: null, by: 'Stadsfullmäktige' });
  });

  test('a region’s deciding bodies', async () => {
    const fullmaktige = await parseTextOrThrow(page('Internationell strategi för Region Kronoberg', 'Regionfullmäktige antog strategin den 14 juni 2017.'));
    expect(fullmaktige.adopted).toMatchObject({ date: '2017-06-14', by: 'Regionfullmäktige' });
    const styrelsen = await parseTextOrThrow(
      page('Riktlinjer för landstingets internationella arbete', 'Riktlinjerna fastställdes av landstingsstyrelsen den 2 oktober 2012.'),
    );
    expect(styrelsen.adopted).toMatchObject({ date: '2012-10-02', by: 'Landstingsstyrelsen' });
  });

  test('a decision about a motion, or one denied, is not the document’s', async () => {
    const motion = await parseTextOrThrow(page('Vänortsarbete i Hylte kommun', 'Kommunfullmäktige beslutade den 5 maj 2010 att bifalla motionen om vänorter.'));
    expect(motion.adopted).toEqual({ date: null, by: null, text: null });
    const denied = await parseTextOrThrow(
      page('Internationellt arbete i Hylte kommun', 'Kommunen har ännu inte fått en policy som är antagen av kommunfullmäktige.'),
    );
    expect(denied.adopted).toEqual({ date: null, by: null, text: null });
  });

  test('the commission that asked for the document, and a board’s decision in passing, are not its adoption', async () => {
    const commission = await parseTextOrThrow(
      page(
        'Internationell policy för Hylte kommun',
        'Kommunfullmäktige beslutade den 6 juni 2018 att ge kommunstyrelsen i uppdrag att ta fram en internationell policy.',
      ),
    );
    expect(commission.adopted).toEqual({ date: null, by: null, text: null });
    const board = await parseTextOrThrow(
      page('Internationellt arbete i Hylte kommun', 'Kommunstyrelsen beslutade den 4 maj 2015 att kommunen ska gå med i ett europeiskt nätverk.'),
    );
    expect(board.adopted).toEqual({ date: null, by: null, text: null });
  });

  test.each([
    [
      'one that introduces another kind',
      'Riktlinjer för internationellt arbete i Hylte kommun',
      'Kommunfullmäktige antog den 4 april 2003 en policy för kommunens internationella kontakter.',
      'Riktlinjerna antogs av kommunstyrelsen den 2 februari 2012.',
      { date: '2012-02-02', by: 'Kommunstyrelsen' },
    ],
    [
      'a council’s decision that does not name it',
      'Internationellt arbete i Hylte kommun',
      'Kommunfullmäktige har beslutat att kommunen ska söka EU-medel för fler projekt.',
      'Strategin för det internationella arbetet antogs av kommunstyrelsen den 21 november 2019.',
      { date: '2019-11-21', by: 'Kommunstyrelsen' },
    ],
  ])('a statement that names the document wins over an earlier %s', async (_case, title, earlier, later, adopted) => {
    const document = await parseTextOrThrow(page(title, earlier, later));
    expect(document.adopted).toMatchObject(adopted);
  });

  test('the front matter’s decision comes before one in the running text', async () => {
    const text = [
      'Internationell policy för Hylte kommun',
      'Antagen av kommunfullmäktige 2020-03-19',
      '',
      BODY_TEXT,
      '',
      'Kommunstyrelsen antog den 1 februari 2019 policyn i ett första utkast.',
      '',
    ].join('\n');
    const document = await parseTextOrThrow(text);
    expect(document.adopted).toMatchObject({ date: '2020-03-19', by: 'Kommunfullmäktige' });
  });
});

describe('a header table run into one line', () => {
  const row =
    'Fastställt av: Kommunfullmäktige Datum: 7 april 2005 Reviderad den: 9 september 2012 För revidering ansvarar: Kommunstyrelsen Dokumentet gäller för: Samtliga nämnder och bolag Dokumentet gäller till och med: Tillsvidare';

  test('is split into its fields, and the header’s date dates the decision', async () => {
    const document = await parseTextOrThrow(['Internationell policy för Hylte kommun', '', row, '', 'Bakgrund', '', BODY_TEXT, ''].join('\n'));
    expect(document.metadata.fields.map((field) => `${field.label}=${field.value}`)).toEqual([
      'Fastställt av=Kommunfullmäktige',
      'Datum=7 april 2005',
      'Reviderad den=9 september 2012',
      'För revidering ansvarar=Kommunstyrelsen',
      'Dokumentet gäller för=Samtliga nämnder och bolag',
      'Dokumentet gäller till och med=Tillsvidare',
    ]);
    expect(document.metadata.scope).toBe('Samtliga nämnder och bolag');
    expect(document.metadata.validUntil).toBe('Tillsvidare');
    expect(document.adopted).toMatchObject({ date: '2005-04-07', by: 'Kommunfullmäktige' });
  });

  test('a page number run in before the first label is not part of it; a value may hold capitals', () => {
    const { fields } = parseHeaderFields([{ line: 1, text: '3 Beslutad av: Kultur- och Fritidsnämnden Ansvarig: Anna Berg' }]);
    expect(fields).toEqual([
      { label: 'Beslutad av', value: 'Kultur- och Fritidsnämnden', line: 1 },
      { label: 'Ansvarig', value: 'Anna Berg', line: 1 },
    ]);
  });

  test('prose with colons, a row not opening with its label, and unknown labels only are not split', () => {
    expect(parseHeaderFields([{ line: 1, text: 'Kommunen har två mål: fler kontakter och Mer kunskap: om omvärlden.' }]).fields).toEqual([]);
    expect(parseHeaderFields([{ line: 1, text: 'Ett dokument om samarbete Datum: 2012-02-01 Dnr: Sida: 2' }]).fields).toEqual([]);
    expect(parseHeaderFields([{ line: 1, text: 'Telefon: 0123-456 E-post: namn@example.se' }]).fields).toEqual([]);
  });
});

describe('a header table in capitals', () => {
  const text = [
    'Strategi för internationellt arbete i Hylte kommun',
    '',
    'GÄLLER FÖR VERKSAMHET HYLTE KOMMUN',
    '',
    'DOKUMENT-ID ABC-1-2',
    '',
    'VERSION 0.3 GODKÄNT DATUM',
    '',
    'ANSVARIG NAMN NAMNSSON',
    '',
    'Bakgrund',
    '',
    BODY_TEXT,
    '',
  ].join('\n');

  test('each label at the start of a capitals line, or after a value, takes the words up to the next', async () => {
    const document = await parseTextOrThrow(text);
    expect(document.metadata.fields.map((field) => `${field.label}=${field.value}`)).toEqual(
      expect.arrayContaining(['GÄLLER FÖR VERKSAMHET=HYLTE KOMMUN', 'DOKUMENT-ID=ABC-1-2', 'VERSION=0.3', 'GODKÄNT DATUM=', 'ANSVARIG=NAMN NAMNSSON']),
    );
    expect(document.metadata.owner).toBe('NAMN NAMNSSON');
    expect(document.metadata.scope).toBe('HYLTE KOMMUN');
    expect(document.adopted.date).toBeNull();
  });

  test('an unfilled value is no value; a heading in capitals is not a row', () => {
    expect(parseHeaderFields([{ line: 1, text: 'VERSION 1.0 GODKÄNT DATUM ÅÅÅÅ-MM-DD' }]).fields).toEqual([
      { label: 'VERSION', value: '1.0', line: 1 },
      { label: 'GODKÄNT DATUM', value: '', line: 1 },
    ]);
    expect(parseHeaderFields([{ line: 1, text: 'Godkänt datum\t[Godkänt datum]' }]).fields).toEqual([{ label: 'Godkänt datum', value: '', line: 1 }]);
    expect(parseHeaderFields([{ line: 1, text: 'Beslutad: ÅÅÅÅ-MM-DD' }]).fields).toEqual([{ label: 'Beslutad', value: '', line: 1 }]);
    expect(parseHeaderFields([{ line: 1, text: 'Dnr: XXX' }]).fields).toEqual([{ label: 'Dnr', value: '', line: 1 }]);
    expect(parseHeaderFields([{ line: 1, text: 'UPPFÖLJNING OCH UTVÄRDERING' }]).fields).toEqual([]);
  });
});

describe('regions and county councils issue documents of their own', () => {
  test('a region’s letterhead and its body: the region, and no municipality', async () => {
    const text = [
      'REGION KRONOBERG',
      '',
      'Internationell strategi',
      '',
      'Antagen av regionfullmäktige 2018-06-13',
      '',
      'Syfte',
      '',
      'Regionen ska stärka samarbetet med Växjö kommun och länets övriga kommuner i EU-frågor.',
      '',
    ].join('\n');
    const document = await parseTextOrThrow(text);
    expect(document.issuer).toEqual({ kind: 'region', name: 'Region Kronoberg' });
    expect(document.municipality).toBeNull();
    expect(document.adopted).toMatchObject({ date: '2018-06-13', by: 'Regionfullmäktige' });
  });

  test('a county council in capitals, named in the front matter of a title that says `landstingets`', async () => {
    const text = [
      'Strategi för landstingets internationella arbete',
      '',
      'GÄLLER FÖR VERKSAMHET VÄSTERBOTTENS LÄNS LANDSTING',
      '',
      'Bakgrund',
      '',
      'Landstinget samarbetar med Umeå kommun i flera projekt om hälsa.',
      '',
    ].join('\n');
    const document = await parseTextOrThrow(text);
    expect(document.issuer).toEqual({ kind: 'region', name: 'Västerbottens läns landsting' });
    expect(document.municipality).toBeNull();
  });

  test('a text that names no municipality but a region is the region’s', async () => {
    const document = await parseTextOrThrow(page('Internationellt arbete', 'Västra Götalandsregionen arbetar med partnerregioner i flera länder.'));
    expect(document.issuer).toEqual({ kind: 'region', name: 'Västra Götalandsregionen' });
  });

  test('a municipality’s document that mentions a region stays the municipality’s', async () => {
    const document = await parseTextOrThrow(page('Internationell policy för Hylte kommun', 'Hylte kommun samarbetar med Region Halland i EU-projekt.'));
    expect(document.issuer).toEqual({ kind: 'municipality', name: 'Hylte' });
    expect(document.municipality).toBe('Hylte');
  });

  test('Region Gotland is a municipality', async () => {
    const document = await parseTextOrThrow(['REGION GOTLAND', '', 'Internationell policy för Region Gotland', '', BODY_TEXT, ''].join('\n'));
    expect(document.issuer).toEqual({ kind: 'municipality', name: 'Gotland' });
  });

  test('the forms of regions’ names, case normalised, without a genitive s; regions abroad are not found', () => {
    const names = (text: string) => findRegions(text).map((region) => region.name);
    expect(names('Region Jönköpings län')).toEqual(['Region Jönköpings län']);
    expect(names('REGION SKÅNES strategi')).toEqual(['Region Skåne']);
    expect(names('Region Jämtland Härjedalen')).toEqual(['Region Jämtland Härjedalen']);
    expect(names('Landstinget i Uppsala län och Landstinget Dalarna')).toEqual(['Landstinget i Uppsala län', 'Landstinget Dalarna']);
    expect(names('ÖREBRO LÄNS LANDSTING')).toEqual(['Örebro läns landsting']);
    expect(names('Västra Götalandsregionens arbete')).toEqual(['Västra Götalandsregionen']);
    expect(names('Region Midtjylland, Region Gotland, regionen och region skåne')).toEqual([]);
  });
});
