import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAdoption } from '../../src/parser/metadata/adoption.ts';
import { parseSwedishDate } from '../../src/parser/metadata/dates.ts';
import { detectDocumentType } from '../../src/parser/metadata/document-type.ts';
import { interpretFields, parseHeaderFields } from '../../src/parser/metadata/header-fields.ts';
import { detectMunicipality } from '../../src/parser/metadata/municipality.ts';
import { findReferenceNumbers } from '../../src/parser/metadata/reference-numbers.ts';

function seed(file: string): string {
  return readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8');
}
const DOCS = {
  eskilstuna: seed('000_b84f3734f8592b5d.txt'),
  eksjo: seed('001_7dfd75f0d7177fa4.txt'),
  hylte: seed('002_8b752b9c21fcc681.txt'),
  tyreso: seed('003_671a48028396405d.txt'),
  jarfalla: seed('004_daacd0b19ca4641f.txt'),
};

/** Lines as `{ line, text }`, 1-based, optionally only the first `count`. */
function lines(text: string, count = Number.POSITIVE_INFINITY) {
  return text
    .split(/\r\n|\r|\n/u)
    .slice(0, count)
    .map((line, index) => ({ line: index + 1, text: line }));
}

/** The real line of a seed document that starts with `start` (fails the test if there is none). */
function lineOf(text: string, start: string): string {
  const found = text.split('\n').find((line) => line.startsWith(start));
  expect(found, `a line starting with ${start}`).toBeDefined();
  return found ?? '';
}

describe('parseSwedishDate', () => {
  test.each([
    ['Antagen av kommunfullmäktige 2020-03-19, § 58', '2020-03-19', '2020-03-19', 29],
    ['Kommunstyrelsen Ink 2001-02-26', '2001-02-26', '2001-02-26', 20],
    ['Antagen 20 maj 2008', '2008-05-20', '20 maj 2008', 8],
    ['KS 3 5 MARS 2014', '2014-03-05', '5 MARS 2014', 5],
    ['Vid sitt sammanträde den 23 oktober 2000 behandlade', '2000-10-23', '23 oktober 2000', 25],
    ['19/3 2020', '2020-03-19', '19/3 2020', 0],
    ['den 1:a juli 2019', '2019-07-01', '1:a juli 2019', 4],
    ['2024-02-29', '2024-02-29', '2024-02-29', 0],
  ])('%s → %s', (text, date, raw, index) => {
    expect(parseSwedishDate(text)).toEqual({ date, raw, placeholder: false, index });
  });

  test.each([
    'Ks 37/010312',
    'K 2001/010507',
    'Dnr 2001/152',
    'KSN-2014-0129',
    'under åren 2013-2015',
    '§ 234/2000',
    'Tfn 0451-26 72 34',
    '20200319',
    'mellan 3/4 av',
    'kortform 20-03-19',
  ])('%s holds no date', (text) => {
    expect(parseSwedishDate(text)).toBeNull();
  });

  test.each(['XXX-XX-XX', 'ÅÅÅÅ-MM-DD', '20XX-XX-XX', 'xxxx-xx-xx', 'YYYY-MM-DD', '2020-xx-xx'])('placeholder %s', (raw) => {
    expect(parseSwedishDate(`Antagna ${raw}`)).toEqual({ date: null, raw, placeholder: true, index: 8 });
  });

  test.each(['2020-02-30', '2023-02-29', '2020-13-01', '31 april 2020', '2020-00-10'])('impossible date %s gives null', (raw) => {
    expect(parseSwedishDate(raw)).toEqual({ date: null, raw, placeholder: false, index: 0 });
  });

  test('finds the first date, and gives the same answer every time', () => {
    const text = 'Ink 2001-02-26. Förslag 2001-02-12.';
    expect(parseSwedishDate(text)?.date).toBe('2001-02-26');
    expect(parseSwedishDate(text)?.date).toBe('2001-02-26');
    expect(parseSwedishDate('Antagna XXX-XX-XX, reviderad 2020-01-01')?.placeholder).toBe(true);
  });
});

describe('findReferenceNumbers', () => {
  test('Järfälla: registry stamps, diarienummer and a paragraph, each once, in order', () => {
    expect(findReferenceNumbers(DOCS.jarfalla)).toEqual(['Dnr 2001/152', 'Ks 37/010312', 'K 2001/010507', 'Dnr Kst 2000/157', '§ 234/2000', 'Dnr 2001/157']);
  });

  test('Eskilstuna, Eksjö and Tyresö', () => {
    expect(findReferenceNumbers(DOCS.eskilstuna)).toEqual(['Diarienummer KSKF/2020:402', 'KSKF/2009:395']);
    expect(findReferenceNumbers(DOCS.eksjo)).toEqual(['§ 58']);
    expect(findReferenceNumbers(DOCS.tyreso)).toEqual([]);
  });

  test.each([
    ['Diarienummer\tKSKF/2020:402', ['Diarienummer KSKF/2020:402']],
    ['KS.2013.297.105', ['KS.2013.297.105']],
    ['Datum 2014-02-26 Diarienummer KSN-2014-0129 Kommunstyrelsen', ['Diarienummer KSN-2014-0129']],
    ['Fastställd av KF 2014-02-13 § 40', ['§ 40']],
    ['2013-02-20 Ks 848/2011. Internationell policy', ['Ks 848/2011']],
    ['Dnr 2001/152 … och åter Dnr 2001/152', ['Dnr 2001/152']],
  ])('%s', (text, expected) => {
    expect(findReferenceNumbers(text)).toEqual(expected);
  });

  test('ignores ordinary numbers, years, dates, phone numbers and statutes', () => {
    expect(findReferenceNumbers('Under 2011 genomfördes en enkät; 60 procent svarade. Sida 1(7).')).toEqual([]);
    expect(findReferenceNumbers('Kommunstyrelsen Ink 2001-02-26, KS 3 5 MARS 2014, för åren 1996-98 och 2013-2015')).toEqual([]);
    expect(findReferenceNumbers('Tfn 0451-26 72 34, enligt 6 kap. 1 § kommunallagen (SFS 2017:725)')).toEqual([]);
    expect(findReferenceNumbers('enligt 3 kap. 9 § 2 st. kommunallagen')).toEqual([]);
  });

  test('a labelled value holds a digit within its first 40 characters; one that holds none there is no reference number', () => {
    const letters = 'Kommunstyrelsensförvaltningsavdelning'; // 37 letters
    expect(findReferenceNumbers(`Dnr ${letters}-12`)).toEqual([`Dnr ${letters}-12`]);
    expect(findReferenceNumbers(`Dnr ${letters}xyz-12`)).toEqual([]);
  });

  test('long chains of labels or series codes without a number are read in linear time', () => {
    const time = (text: string) => {
      const start = performance.now();
      findReferenceNumbers(text);
      return performance.now() - start;
    };
    for (const unit of ['dnr.', 'KS/', 'Dnr: ', 'Ä' + 'EA/N']) expect(time(unit.repeat(50_000))).toBeLessThan(1000);
  });
});

describe('parseHeaderFields and interpretFields', () => {
  const eskilstunaFields = [
    { label: 'Beslutad när', value: '', line: 7 },
    { label: 'Beslutad av', value: '', line: 8 },
    { label: 'Diarienummer', value: 'KSKF/2020:402', line: 9 },
    { label: 'Ersätter', value: 'Riktlinje för Eskilstuna kommuns internationella arbete KSKF/2009:395', line: 10 },
    { label: 'Gäller för', value: 'Samtliga nämnder', line: 11 },
    { label: 'Gäller fr o m', value: '', line: 12 },
    { label: 'Gäller t o m', value: 'Tillsvidare', line: 13 },
    { label: 'Dokumentansvarig', value: 'Lena Lundberg, administrativ direktör', line: 14 },
    { label: 'Uppföljning', value: 'Årliga rapporter till kommunstyrelsen', line: 15 },
  ];

  test('Eskilstuna’s header table, empty values included', () => {
    const { fields, consumed } = parseHeaderFields(lines(DOCS.eskilstuna, 40));
    expect(fields).toEqual(eskilstunaFields);
    expect(consumed).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  test('Eskilstuna’s table after normalisation has trimmed the tab of the empty rows', () => {
    const trimmed = lines(DOCS.eskilstuna, 40).map(({ line, text }) => ({ line, text: text.trimEnd() }));
    expect(parseHeaderFields(trimmed).fields).toEqual(eskilstunaFields);
  });

  test('what Eskilstuna’s fields say', () => {
    expect(interpretFields(eskilstunaFields)).toEqual({
      replaces: 'Riktlinje för Eskilstuna kommuns internationella arbete KSKF/2009:395',
      scope: 'Samtliga nämnder',
      owner: 'Lena Lundberg, administrativ direktör',
      validUntil: 'Tillsvidare',
      followUp: 'Årliga rapporter till kommunstyrelsen',
    });
  });

  test('Järfälla’s Dnr lines, and not its other stamps', () => {
    const { fields, consumed } = parseHeaderFields(lines(DOCS.jarfalla, 20));
    expect(fields).toEqual([
      { label: 'Dnr', value: '2001/152', line: 10 },
      { label: 'Dnr', value: 'Kst 2000/157', line: 15 },
    ]);
    expect(consumed).toEqual([10, 15]);
  });

  test('tables of contents and headings are not header fields (Eksjö, Tyresö, Hylte)', () => {
    expect(parseHeaderFields(lines('Innehåll\n\nSyfte\t3\nUppföljning\t5\nAnsvar\t6')).fields).toEqual([]);
    expect(parseHeaderFields(lines(DOCS.eksjo)).fields).toEqual([]);
    expect(parseHeaderFields(lines(DOCS.tyreso)).fields).toEqual([]);
    expect(parseHeaderFields(lines(DOCS.hylte)).fields).toEqual([]);
  });

  test('Label: value rows with known labels only; unknown tab rows only beside known ones', () => {
    const { fields } = parseHeaderFields(
      lines(
        'Diarienummer: KS 2019/123\nGäller fr.o.m.: 2020-01-01\nDokumentägare: Kommundirektören\nVersion\t2\nGiltig till: 2024-12-31\n\nMål: att öka utbytet\nAktivitet\tTidplan\n',
      ),
    );
    expect(fields.map((field) => `${field.line} ${field.label}=${field.value}`)).toEqual([
      '1 Diarienummer=KS 2019/123',
      '2 Gäller fr.o.m.=2020-01-01',
      '3 Dokumentägare=Kommundirektören',
      '4 Version=2',
      '5 Giltig till=2024-12-31',
    ]);
    expect(interpretFields(fields)).toEqual({ replaces: null, scope: null, owner: 'Kommundirektören', validUntil: '2024-12-31', followUp: null });
  });

  test('empty values say nothing: the first non-empty field of a kind wins', () => {
    const fields = [
      { label: 'Ersätter', value: '', line: 1 },
      { label: 'Ansvarig', value: '  ', line: 2 },
      { label: 'Dokumentägare', value: 'Kommunstyrelsen', line: 3 },
      { label: 'Dokumentansvarig', value: 'Kanslichefen', line: 4 },
    ];
    expect(interpretFields(fields)).toEqual({ replaces: null, scope: null, owner: 'Kommunstyrelsen', validUntil: null, followUp: null });
  });

  test('a lone known heading is not a field, and stray HTML is ignored', () => {
    expect(parseHeaderFields(lines('Uppföljning\nPolicyn följs upp årligen.')).fields).toEqual([]);
    expect(parseHeaderFields(lines('<b>Diarienummer</b>\t<b>KS 2019/12</b>')).fields).toEqual([{ label: 'Diarienummer', value: 'KS 2019/12', line: 1 }]);
  });
});

describe('parseAdoption', () => {
  test('Eksjö', () => {
    expect(parseAdoption(lineOf(DOCS.eksjo, 'Antagen'))).toEqual({
      date: '2020-03-19',
      by: 'Kommunfullmäktige',
      paragraph: '§ 58',
      placeholder: false,
      text: 'Antagen av kommunfullmäktige 2020-03-19, § 58',
    });
  });

  test('Tyresö’s placeholder date', () => {
    expect(parseAdoption(DOCS.tyreso)).toEqual({ date: null, by: null, paragraph: null, placeholder: true, text: 'Antagna XXX-XX-XX' });
  });

  test('Mariestad in Hylte’s list: the statement, not the line around it', () => {
    expect(parseAdoption(lineOf(DOCS.hylte, 'Riktlinjer. Internationellt arbete. Mariestad.'))).toEqual({
      date: '2002-05-27',
      by: 'Kommunfullmäktige',
      paragraph: null,
      placeholder: false,
      text: 'Antaget av Kommunfullmäktige Mariestad 2002-05-27',
    });
  });

  test('Eskilstuna’s empty Beslutad rows, Hylte’s own text and Järfälla’s proposal say nothing about an adoption', () => {
    expect(
      parseAdoption(
        lines(DOCS.eskilstuna, 16)
          .map((line) => line.text)
          .join('\n'),
      ),
    ).toBeNull();
    expect(parseAdoption(DOCS.hylte.slice(0, DOCS.hylte.indexOf('Läs mer')))).toBeNull();
    expect(parseAdoption(DOCS.jarfalla)).toBeNull();
    expect(parseAdoption(lineOf(DOCS.eksjo, 'Kommunfullmäktige beslutar om antagande'))).toBeNull();
  });

  test.each([
    ['Beslutad av kommunstyrelsen 9 april 2014', '2014-04-09', 'Kommunstyrelsen', null],
    ['Fastställd av KF 2014-02-13 § 40', '2014-02-13', 'Kommunfullmäktige', '§ 40'],
    ['Antagen av kf 2013-12-16', '2013-12-16', 'Kommunfullmäktige', null],
    ['Antagen 2020-03-19 av kommunfullmäktige §12', '2020-03-19', 'Kommunfullmäktige', '§ 12'],
    ['Antagen av barn- och utbildningsnämnden 2019-05-02', '2019-05-02', 'Barn- och utbildningsnämnden', null],
    ['Antagen av KULTURNÄMNDEN 2001-01-15', '2001-01-15', 'Kulturnämnden', null],
    ['Policyn antogs av kommunfullmäktige den 12 mars 2015.', '2015-03-12', 'Kommunfullmäktige', null],
    ['Antagen av kommunfullmäktige 2020-02-30', null, 'Kommunfullmäktige', null],
  ])('%s', (text, date, by, paragraph) => {
    expect(parseAdoption(text)).toMatchObject({ date, by, paragraph, placeholder: false });
  });

  test('a body named further down the text is not read as the deciding body', () => {
    const text = 'Antagen 2020-03-19\nBakgrund\nText.\nMer text.\nFastställd av kommunstyrelsen';
    expect(parseAdoption(text)).toEqual({ date: '2020-03-19', by: null, paragraph: null, placeholder: false, text: 'Antagen 2020-03-19' });
  });

  test('header rows for the date and the body are read together', () => {
    expect(parseAdoption('Beslutad av: Kultur- och fritidsnämnden\nDiarienummer: KFN 2019/12\nBeslutad när: 2019-05-02')).toEqual({
      date: '2019-05-02',
      by: 'Kultur- och fritidsnämnden',
      paragraph: null,
      placeholder: false,
      text: 'Beslutad av: Kultur- och fritidsnämnden; Beslutad när: 2019-05-02',
    });
    expect(parseAdoption('Beslutad när\t2020-06-11\nBeslutad av\tKommunfullmäktige')).toEqual({
      date: '2020-06-11',
      by: 'Kommunfullmäktige',
      paragraph: null,
      placeholder: false,
      text: 'Beslutad när 2020-06-11; Beslutad av Kommunfullmäktige',
    });
  });
});

describe('detectDocumentType', () => {
  test.each([
    ['Riktlinjer för internationella frågor', 'riktlinje'],
    ['Internationell policy för Eksjö kommun', 'policy'],
    ['Riktlinjer för Hylte kommuns internationella arbete', 'riktlinje'],
    ['Riktlinjer för internationellt samarbete i Tyresö kommun', 'riktlinje'],
    ['Mål och strategi för Järfälla kommuns internationella arbete', 'strategi'],
    ['Policy och riktlinjer för internationellt arbete', 'policy'],
    ['Kommunikationspolicy', 'policy'],
    ['Strategi och handlingsplan för EU-arbetet', 'strategi'],
    ['Handlingsplan för internationellt arbete 2011-2015', 'handlingsplan'],
    ['Internationellt program för Karlskrona kommun', 'program'],
    ['Internationalisering i Nacka kommun', null],
  ])('%s → %s', (title, type) => {
    expect(detectDocumentType(title)).toBe(type);
  });
});

describe('detectMunicipality', () => {
  test.each([
    ['eskilstuna', 'Eskilstuna', '0484', 'Eskilstuna kommuns'],
    ['eksjo', 'Eksjö', '0686', 'Eksjö kommun'],
    ['hylte', 'Hylte', '1315', 'Hylte kommuns'],
    ['tyreso', 'Tyresö', '0138', 'Tyresö kommun'],
    ['jarfalla', 'Järfälla', '0123', 'JÄRFÄLLA KOMMUN'],
  ] as const)('%s', (key, name, code, matched) => {
    const found = detectMunicipality(DOCS[key]);
    expect(found).toMatchObject({ name, code, matched });
    expect(DOCS[key].slice(found?.index, (found?.index ?? 0) + matched.length)).toBe(matched);
  });

  test('single lines of the seeds', () => {
    expect(detectMunicipality(lineOf(DOCS.hylte, '1 Åsa Johansson'))?.name).toBe('Hylte');
    expect(detectMunicipality(lineOf(DOCS.tyreso, 'tyresö kommun'))).toMatchObject({ name: 'Tyresö', matched: 'tyresö kommun', index: 0 });
    expect(detectMunicipality(lineOf(DOCS.jarfalla, 'JÄRFÄLLA'))).toMatchObject({ name: 'Järfälla', county: 'Stockholms län' });
  });

  test('a list of unrelated documents after the text does not win once `limit` excludes it', () => {
    const title = lineOf(DOCS.hylte, 'Riktlinjer för Hylte');
    const list = DOCS.hylte.slice(DOCS.hylte.indexOf('Internationell strategi. för Gävle kommun'));
    const text = `${title}\n\n${list}`;
    expect(detectMunicipality(text)?.name).toBe('Karlskrona');
    expect(detectMunicipality(text, { limit: title.length })?.name).toBe('Hylte');
    expect(detectMunicipality(text, { limit: 0 })).toBeNull();
    expect(detectMunicipality(DOCS.hylte, { limit: DOCS.hylte.indexOf('Internationell strategi. för Gävle') })?.name).toBe('Hylte');
  });

  test.each([
    ['Borås stads vänorter', 'Borås', 'Borås stads'],
    ['Borås Stad', 'Borås', 'Borås Stad'],
    ['Mönsterås kommuns arbete', 'Mönsterås', 'Mönsterås kommuns'],
    ['Bollnäs kommun', 'Bollnäs', 'Bollnäs kommun'],
    ['Kramfors kommuns', 'Kramfors', 'Kramfors kommuns'],
    ['i Grums kommun', 'Grums', 'Grums kommun'],
    ['Hofors kommuns', 'Hofors', 'Hofors kommuns'],
    ['Alvesta kommuns', 'Alvesta', 'Alvesta kommuns'],
    ['Göteborgs Stad', 'Göteborg', 'Göteborgs Stad'],
    ['Järfällas vänorter', 'Järfälla', 'Järfällas'],
    ['Upplands Väsby kommun', 'Upplands Väsby', 'Upplands Väsby kommun'],
    ['Upplands-Bro kommun', 'Upplands-Bro', 'Upplands-Bro kommun'],
    ['Östra Göinge kommuns', 'Östra Göinge', 'Östra Göinge kommuns'],
    ['Lilla Edets kommun', 'Lilla Edet', 'Lilla Edets kommun'],
    ['Malung-Sälens kommun', 'Malung-Sälen', 'Malung-Sälens kommun'],
    ['Dals-Eds kommun', 'Dals-Ed', 'Dals-Eds kommun'],
    ['Upplands\nVäsby kommun', 'Upplands Väsby', 'Upplands\nVäsby kommun'],
    ['HYLTE KOMMUN', 'Hylte', 'HYLTE KOMMUN'],
    ['Vara kommun', 'Vara', 'Vara kommun'],
    ['Samarbete med Region Gotland', 'Gotland', 'Region Gotland'],
  ])('%s → %s', (text, name, matched) => {
    expect(detectMunicipality(text)).toMatchObject({ name, matched });
  });

  test('the evidence shown is the first kommun form, not the first bare mention', () => {
    expect(detectMunicipality('Hylte ligger i Halland. Hylte kommun samarbetar')).toMatchObject({ name: 'Hylte', matched: 'Hylte kommun', index: 24 });
  });

  test('NFD input is matched as written, at its own index', () => {
    const text = 'Riktlinjer för Ja\u0308rfa\u0308lla kommun och Ha\u030Abo';
    const found = detectMunicipality(text);
    expect(found).toMatchObject({ name: 'Järfälla', code: '0123', matched: 'Ja\u0308rfa\u0308lla kommun', index: 15 });
    expect(detectMunicipality('HA\u030ABO KOMMUN')?.name).toBe('Håbo');
  });

  test.each([
    'Region Halland och Region Skåne',
    'Region Uppsala',
    'Örebro läns landsting',
    'Länsstyrelsen i Stockholms län',
    'Vi ska vara en aktiv part. Mark och vatten.',
    'Stockholmsregionen och Hyltebruk',
    'Lena Lundberg',
    'hylte och tyresö',
  ])('%s names no municipality', (text) => {
    expect(detectMunicipality(text)).toBeNull();
  });

  test('the kommun form, frequency, the head of the text and then the earliest mention decide', () => {
    expect(detectMunicipality('Vänort: Borås stad. Hylte kommun och Hylte kommun.')?.name).toBe('Hylte');
    expect(detectMunicipality('Eksjö kommun och Nässjö kommun')?.name).toBe('Eksjö');
    expect(detectMunicipality('Om Nässjö, Nässjö och Nässjö. Eksjö kommun')?.name).toBe('Nässjö');
    expect(detectMunicipality('Om Nässjö och Nässjö. Eksjö kommun')?.name).toBe('Eksjö');
    const late = `Eksjö kommun. ${'x'.repeat(2000)} Nässjö kommun, Nässjö kommun.`;
    expect(detectMunicipality(late)?.name).toBe('Eksjö');
    expect(detectMunicipality(late, { headLength: 0 })?.name).toBe('Nässjö');
  });
});
