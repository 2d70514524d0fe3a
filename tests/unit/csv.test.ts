/** CSV for a spreadsheet in a Swedish locale: BOM, `;`, RFC 4180 quotes, CRLF, and a reversible formula guard. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeCsv, encodeField, guardFormula, unguardFormula } from '../../src/features/data/encode.ts';
import { parseCsv } from '../../src/features/data/parse.ts';
import { RESPONSIBILITY_COLUMNS, responsibilitiesCsv } from '../../src/features/data/responsibilities-csv.ts';
import { SECTION_COLUMNS, sectionsCsv } from '../../src/features/data/sections-csv.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

const seeds = () => Promise.all((Object.keys(SEEDS) as SeedName[]).map(parseSeed));

describe('encoding', () => {
  test('a file starts with a UTF-8 BOM, separates fields with ";" and ends every record, the last too, with CRLF', () => {
    const csv = encodeCsv(
      ['a', 'b'],
      [
        ['1', 2],
        [null, 'x'],
      ],
    );
    expect(csv).toBe('\uFEFFa;b\r\n1;2\r\n;x\r\n');
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('fields with ";", quotes, line breaks or surrounding space are quoted, and quotes doubled', () => {
    expect(encodeField('Mål; inriktning')).toBe('"Mål; inriktning"');
    expect(encodeField('Kallas ”vänort” eller "partnerkommun"')).toBe('"Kallas ”vänort” eller ""partnerkommun"""');
    expect(encodeField('Första stycket.\nAndra stycket.')).toBe('"Första stycket.\nAndra stycket."');
    expect(encodeField('rad\r\nbrytning')).toBe('"rad\r\nbrytning"');
    expect(encodeField(' inledande blanksteg')).toBe('" inledande blanksteg"');
    expect(encodeField('vanlig text, med komma')).toBe('vanlig text, med komma');
  });

  test('a line break inside a cell stays inside the cell when read back', () => {
    const csv = encodeCsv(['text', 'rad'], [['Ett.\nTvå.\n\nTre.', 12]]);
    expect(parseCsv(csv)).toEqual([
      ['text', 'rad'],
      ['Ett.\nTvå.\n\nTre.', '12'],
    ]);
  });

  test('a row with the wrong number of fields is an error, not a shifted file', () => {
    expect(() => encodeCsv(['a', 'b'], [['1']])).toThrow(/2/u);
  });

  test('Swedish letters survive bytes and back', () => {
    const text = 'Järfälla, Tyresö och Åre: ÅÄÖ åäö é ü – ”citat” § 58';
    const bytes = new TextEncoder().encode(encodeCsv(['kommun'], [[text]]));
    const decoded = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    expect(parseCsv(decoded)).toEqual([['kommun'], [text]]);
  });
});

describe('formula guard', () => {
  test.each(['=SUMMA(A1:A2)', '+46 16 71 00 00', '-Fastställer riktlinjerna', '@kommunen', '\tindragen', '\rvagnretur'])(
    '%j gets an apostrophe first',
    (text) => {
      expect(guardFormula(text)).toBe(`'${text}`);
      expect(unguardFormula(guardFormula(text))).toBe(text);
    },
  );

  test('a cell that begins with an apostrophe gets one more, so the guard can always be undone', () => {
    expect(guardFormula("'citat'")).toBe("''citat'");
    expect(unguardFormula("''citat'")).toBe("'citat'");
  });

  test('other text and numbers are left exactly as they are', () => {
    expect(guardFormula('Kommunfullmäktige = högsta beslutande organ')).toBe('Kommunfullmäktige = högsta beslutande organ');
    expect(guardFormula('2020-03-19')).toBe('2020-03-19');
    expect(encodeField(-3)).toBe('-3');
  });

  test('guarded and quoted at once', () => {
    expect(encodeField('=HYPERLINK("http://x";"klicka")')).toBe('"\'=HYPERLINK(""http://x"";""klicka"")"');
  });

  test('any text survives encode, parse and unguard unchanged (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const csv = encodeCsv(['a', 'b'], rows);
        const [, ...back] = parseCsv(csv);
        expect(back.map((fields) => fields.map(unguardFormula))).toEqual(rows);
      }),
    );
  });
});

describe('the files', () => {
  test('sections.csv: one record per section, its columns in order, the text exact', async () => {
    const documents = await seeds();
    const [header, ...records] = parseCsv(sectionsCsv(documents));
    expect(header).toEqual(SECTION_COLUMNS.map((column) => column.name));
    const sections = documents.flatMap((document) => document.sections.map((section) => ({ document, section })));
    expect(records).toHaveLength(sections.length);
    const field = (record: string[], name: string) => unguardFormula(record[header!.indexOf(name)]!);
    for (const [index, { document, section }] of sections.entries()) {
      const record = records[index]!;
      expect(record).toHaveLength(header!.length);
      expect(field(record, 'dokument_id')).toBe(document.id);
      expect(field(record, 'avsnitt_id')).toBe(section.id);
      expect(field(record, 'rubrik')).toBe(section.heading ?? '');
      expect(field(record, 'text')).toBe(section.text);
      expect(Number(field(record, 'startrad'))).toBe(section.source.startLine);
      expect(field(record, 'permalank')).toBe(`/dokument/${document.id}/#${section.id}`);
    }
  });

  test('permalinks are absolute when the site address is known', async () => {
    const [document] = await seeds();
    const [, first] = parseCsv(sectionsCsv([document!], new URL('https://styrdokument.example/')));
    expect(first!.at(SECTION_COLUMNS.findIndex((column) => column.name === 'permalank'))).toBe(
      `https://styrdokument.example/dokument/${document!.id}/#${document!.sections[0]!.id}`,
    );
  });

  test('responsibilities.csv: one record per responsibility, with the duty kind the parser stored and the duty verbatim', async () => {
    const documents = await seeds();
    const [header, ...records] = parseCsv(responsibilitiesCsv(documents));
    expect(header).toEqual(RESPONSIBILITY_COLUMNS.map((column) => column.name));
    const all = documents.flatMap((document) => document.responsibilities.map((responsibility) => ({ document, responsibility })));
    expect(records).toHaveLength(all.length);
    const field = (record: string[], name: string) => unguardFormula(record[header!.indexOf(name)]!);
    for (const [index, { document, responsibility }] of all.entries()) {
      const record = records[index]!;
      expect(field(record, 'kommun')).toBe(document.municipality);
      expect(field(record, 'aktor_id')).toBe(responsibility.actor.id);
      expect(field(record, 'roll')).toBe(responsibility.role);
      expect(field(record, 'uppgiftstyp')).toBe(responsibility.kind);
      expect(field(record, 'uppgift')).toBe(responsibility.duty);
      expect(field(record, 'avsnittsrubrik')).toBe(document.sections.find((section) => section.id === responsibility.sectionId)!.heading ?? '');
    }
  });
});
