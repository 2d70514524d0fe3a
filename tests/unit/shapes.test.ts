/** Document shapes and encodings: each as a small fixture, with what a reader would see. */
import { describe, expect, test } from 'vitest';
import { parsePolicyDocument } from '../../src/parser/parse-document.ts';
import { lostLines, lostWords, parseText, parseTextOrThrow } from '../support/parse.ts';

const outline = async (text: string) =>
  (await parseTextOrThrow(text)).sections.map((section) => [section.level, section.number, section.heading, section.category]);

describe('headings', () => {
  test('Markdown headings, with emphasis inside and numbers giving the level', async () => {
    expect(
      await outline(
        '# Policy för Åre kommun\n\n## **1 Syfte**\n\nText om syftet.\n\n### 1.1 Delsyfte\n\nMer text.\n\n# **2 Ansvar**\n\nKommunstyrelsen beslutar.',
      ),
    ).toEqual([
      [1, null, null, 'front-matter'],
      [1, '1', 'Syfte', 'purpose'],
      [2, '1.1', 'Delsyfte', 'purpose'],
      [1, '2', 'Ansvar', 'responsibility'],
    ]);
  });

  test('numbered lines, ALL CAPS lines and bare short lines', async () => {
    expect(
      await outline('Riktlinje för Åre kommun\n\n1. Syfte\n\nText om syftet.\n\nMÅL\n\nText om målen.\n\nAnsvar och organisation\n\nKommunstyrelsen beslutar.'),
    ).toEqual([
      [1, null, null, 'front-matter'],
      [1, '1', 'Syfte', 'purpose'],
      [1, null, 'MÅL', 'goals'],
      [1, null, 'Ansvar och organisation', 'responsibility'],
    ]);
  });

  test('sentences, list lead-ins and facts are not headings', async () => {
    const document = await parseTextOrThrow(
      'Policy för Åre kommun\n\nAntagen av kommunfullmäktige 2021-05-03\n\nSyfte\n\nArbetet ska inriktas på att\n\n- utveckla verksamheten\n\nDnr 2021/55\n\nKommunen har vänorter.',
    );
    expect(document.sections.map((section) => section.heading)).toEqual([null, 'Syfte']);
  });

  test('a heading glued on top of its paragraph (PDF text) is split off when a category names it', async () => {
    expect(
      await outline('Policy för Åre kommun\n\nSyfte\nSyftet med arbetet är att utveckla verksamheten.\n\nUppföljning\nArbetet följs upp årligen.'),
    ).toEqual([
      [1, null, null, 'front-matter'],
      [1, null, 'Syfte', 'purpose'],
      [1, null, 'Uppföljning', 'follow-up'],
    ]);
  });

  test('a document without headings is one section, with a warning', async () => {
    const { document } = await parseText('Kommunen ska arbeta internationellt. Det ska vara bra för invånarna.');
    expect(document!.sections).toHaveLength(1);
    expect(document!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'no-headings', severity: 'warning' }));
  });
});

describe('lists', () => {
  test('bullets of several kinds, continuation lines, and a bullet torn from its text', async () => {
    const text = 'Policy för Åre kommun\n\nMål\n\n• första målet\n– andra målet\n  som fortsätter här\n•\ntredje målet efter en ensam punkt\n\n1. ett\n2. två';
    const document = await parseTextOrThrow(text);
    const goals = document.sections.find((section) => section.category === 'goals')!;
    expect(goals.blocks).toEqual([
      expect.objectContaining({
        type: 'list',
        ordered: false,
        items: [
          expect.objectContaining({ phrases: [{ text: 'första målet' }], startLine: 5 }),
          expect.objectContaining({ phrases: [{ text: 'andra målet som fortsätter här' }], startLine: 6, endLine: 7 }),
          expect.objectContaining({ phrases: [{ text: 'tredje målet efter en ensam punkt' }], startLine: 8, endLine: 9 }),
        ],
      }),
      expect.objectContaining({
        type: 'list',
        ordered: true,
        items: [expect.objectContaining({ phrases: [{ text: 'ett' }] }), expect.objectContaining({ phrases: [{ text: 'två' }] })],
      }),
    ]);
    expect(lostWords(text, document)).toEqual([]);
  });
});

describe('text is kept as written', () => {
  test('Markdown-like text that is not emphasis stays literal: backslashes, entities, links, code', async () => {
    const text = 'Policy för Åre kommun\n\nSyfte\n\nSe [sidan](https://are.se) i C:\\mapp\\fil &amp; `kod` <https://x.se> 5 * 3 ![bild](x.png) ---';
    const document = await parseTextOrThrow(text);
    expect(document.sections.at(-1)!.text).toBe('Se [sidan](https://are.se) i C:\\mapp\\fil &amp; `kod` <https://x.se> 5 * 3 ![bild](x.png) ---');
  });

  test('stray HTML tags are reduced to their text and reported', async () => {
    const { document } = await parseText('Policy för Åre kommun\n\nSyfte\n\nDet är <b>viktigt</b> att <i>samarbeta</i>.');
    expect(document!.sections.at(-1)!.text).toBe('Det är viktigt att samarbeta.');
    expect(document!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html-tag', line: 5 }));
  });
});

describe('encodings and line endings', () => {
  const swedish = 'Internationell policy för Åre kommun\r\n\r\nSyfte\r\n\r\nÅr efter år ska vi öka utbytet med våra vänorter.';

  test.each([
    ['utf-8', new TextEncoder().encode(swedish)],
    ['utf-8-bom', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(swedish)])],
    ['utf-16le', new Uint8Array([0xff, 0xfe, ...[...swedish].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8])])],
    ['windows-1252', new Uint8Array([...swedish].map((character) => ({ Å: 0xc5, å: 0xe5, ä: 0xe4, ö: 0xf6 })[character] ?? character.charCodeAt(0)))],
  ])('%s: å ä ö come out right', async (encoding, bytes) => {
    const { document } = await parsePolicyDocument(bytes, { path: `${encoding}.txt` });
    expect(document!.source.encoding).toBe(encoding);
    expect(document!.municipality).toBe('Åre');
    expect(document!.sections.at(-1)!.text).toBe('År efter år ska vi öka utbytet med våra vänorter.');
  });

  test("CR, LF and CRLF all end lines; line numbers are the source's", async () => {
    const text = 'Policy för Åre kommun\r\rSyfte\n\nSyftet är gott.\r\n\r\nAnsvar\rKommunstyrelsen beslutar.';
    const document = await parseTextOrThrow(text);
    expect(document.sections.map((section) => [section.heading, section.source.startLine, section.source.endLine])).toEqual([
      [null, 1, 1],
      ['Syfte', 3, 5],
      ['Ansvar', 7, 8],
    ]);
    expect(lostLines(text, document)).toEqual([]);
  });

  test('NFD text (å as a + ring) is normalised to NFC', async () => {
    const document = await parseTextOrThrow('Policy för A\u030are kommun\n\nSyfte\n\nVa\u0308nort.');
    expect(document.municipality).toBe('Åre');
    expect(document.sections.at(-1)!.text).toBe('Vänort.');
  });

  test('non-breaking spaces, tabs and zero-width characters', async () => {
    const { document } = await parseText('Policy för Åre kommun\n\nSyfte\n\nEtt\u00a0mål\tmed\u200b text.');
    expect(document!.sections.at(-1)!.text).toBe('Ett mål med text.');
    expect(document!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'invisible-characters', line: 5 }));
  });

  test.each([
    ['empty', new Uint8Array([]), 'empty-file'],
    ['blank', new TextEncoder().encode(' \n\t\n '), 'blank-file'],
    ['pdf', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj'), 'binary-file'],
    ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary-file'],
  ])('%s input is a fatal error naming the file', async (name, bytes, ruleId) => {
    const { document, file } = await parsePolicyDocument(bytes, { path: `content/${name}.txt` });
    expect(document).toBeNull();
    expect(file.messages).toEqual([expect.objectContaining({ fatal: true, ruleId, file: `content/${name}.txt` })]);
  });
});
