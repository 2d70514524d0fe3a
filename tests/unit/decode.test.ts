import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeDocument, sha256Hex } from '../../src/parser/decode.ts';
import type { DecodeResult } from '../../src/parser/decode.ts';
import {
  MIXED_LINE_ENDINGS_TEXT,
  POLICY_TEXT,
  POLICY_TEXT_CRLF,
  buildFixtures,
  storedZip,
  utf16,
  utf8,
  windows1252,
  writeFixtures,
} from '../../scripts/generate-fixtures.ts';

const fixtures = buildFixtures();

function fixture(name: string): Uint8Array {
  const bytes = fixtures.get(name);
  if (!bytes) throw new Error(`no fixture ${name}`);
  return bytes;
}

function decodedText(result: DecodeResult): string {
  if (!result.ok) throw new Error(`expected text, got ${result.ruleId}: ${result.reason}`);
  return result.text;
}

const SWEDISH = ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'é'];

/** Byte equality that stays fast for megabytes (deep `toEqual` does not). */
function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

describe('fixtures with text', () => {
  test.each([
    ['utf8-bom.txt', 'utf-8-bom', POLICY_TEXT],
    ['utf16le-bom.txt', 'utf-16le', POLICY_TEXT_CRLF],
    ['utf16be-bom.txt', 'utf-16be', POLICY_TEXT_CRLF],
    ['utf16le-nobom.txt', 'utf-16le', POLICY_TEXT_CRLF],
    ['windows-1252.txt', 'windows-1252', POLICY_TEXT_CRLF],
  ] as const)('%s is decoded as %s, BOM dropped, å ä ö é intact', (name, encoding, expected) => {
    const result = decodeDocument(fixture(name));
    expect(result).toMatchObject({ ok: true, encoding, text: expected });
    const text = decodedText(result);
    expect(text.startsWith('Internationell policy för Åre kommun')).toBe(true);
    for (const letter of SWEDISH) expect(text).toContain(letter);
    expect(text.split(/\r?\n/)).toEqual(expect.arrayContaining(['Syfte', 'Mål', 'Ansvar']));
    expect(text).not.toContain('\uFFFD');
  });

  test('BOM files need no note; guessed encodings say so in Swedish', () => {
    expect(decodeDocument(fixture('utf8-bom.txt'))).toMatchObject({ notes: [] });
    expect(decodeDocument(fixture('utf16le-bom.txt'))).toMatchObject({ notes: [] });
    const noBom = decodeDocument(fixture('utf16le-nobom.txt'));
    expect(noBom.ok && noBom.notes).toEqual([expect.stringContaining('saknar byte-ordningsmärke')]);
    const latin = decodeDocument(fixture('windows-1252.txt'));
    expect(latin.ok && latin.notes).toEqual([expect.stringContaining('Windows-1252')]);
  });

  test('Windows-1252 specials (€ – ”) come out right', () => {
    const text = decodedText(decodeDocument(fixture('windows-1252.txt')));
    expect(text).toContain('2023–2026');
    expect(text).toContain('50 000 €');
    expect(text).toContain('”små idéer med stor effekt”');
  });

  test('mixed line endings are kept exactly as received', () => {
    const result = decodeDocument(fixture('mixed-line-endings.txt'));
    expect(result).toEqual({ ok: true, encoding: 'utf-8', text: MIXED_LINE_ENDINGS_TEXT, notes: [] });
  });

  test('large-5mb.txt decodes as UTF-8 without loss', () => {
    const bytes = fixture('large-5mb.txt');
    expect(bytes.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const result = decodeDocument(bytes);
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(sameBytes(utf8(decodedText(result)), bytes)).toBe(true);
    expect(decodedText(result)).toMatch(/^1000\. \S/m);
  });

  test('long-line-1mb.txt is one line of text', () => {
    const bytes = fixture('long-line-1mb.txt');
    expect(bytes.length).toBeGreaterThanOrEqual(1024 * 1024);
    const text = decodedText(decodeDocument(bytes));
    expect(text).not.toMatch(/[\r\n]/);
    expect(text.length).toBeGreaterThan(1_000_000);
  });
});

describe('fixtures that are not text', () => {
  test.each([
    ['empty.txt', 'empty-file', 'Filen är tom.'],
    ['whitespace-only.txt', 'blank-file', 'Filen innehåller bara blanktecken.'],
    ['invisible-only.txt', 'blank-file', 'Filen innehåller bara osynliga tecken (nollbreddstecken, riktningsmarkeringar) och blanktecken, ingen text.'],
    ['binary.png', 'binary-file', 'Filen är en PNG-bild, inte text.'],
    ['binary.pdf', 'binary-file', 'Filen är en PDF, inte text.'],
    ['binary.zip', 'binary-file', 'Filen är ett ZIP-arkiv, inte text.'],
  ])('%s → %s', (name, ruleId, reason) => {
    expect(decodeDocument(fixture(name))).toEqual({ ok: false, ruleId, reason });
  });
});

describe('bytes built in the test', () => {
  test('UTF-8 whose bytes include C3 A5 (å) is UTF-8, not Windows-1252', () => {
    const bytes = new Uint8Array([0x70, 0xc3, 0xa5, 0x20, 0xc3, 0xa4, 0x6e, 0x67]); // "på äng"
    expect(decodeDocument(bytes)).toEqual({ ok: true, encoding: 'utf-8', text: 'på äng', notes: [] });
  });

  test('Windows-1252 bytes for å ä ö Å Ä Ö é', () => {
    const bytes = new Uint8Array([0xe5, 0xe4, 0xf6, 0x20, 0xc5, 0xc4, 0xd6, 0x20, 0xe9]);
    expect(decodeDocument(bytes)).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'åäö ÅÄÖ é' });
  });

  test('UTF-16BE without BOM is detected', () => {
    const result = decodeDocument(utf16('Syfte och mål för vänorter', 'be', false));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-16be', text: 'Syfte och mål för vänorter' });
  });

  test('UTF-16 with an odd trailing byte keeps the text and notes the damage', () => {
    const bytes = new Uint8Array([...utf16('Mål', 'le', true), 0x41]);
    const result = decodeDocument(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-16le', text: 'Mål\uFFFD' });
    expect(result.ok && result.notes).toEqual([expect.stringContaining('ogiltiga')]);
  });

  test('a UTF-8 file with one stray Windows-1252 byte keeps its UTF-8 letters', () => {
    const bytes = new Uint8Array([...utf8('Målen för året: '), 0xf6, ...utf8(' är nådda.')]);
    const result = decodeDocument(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', text: 'Målen för året: ö är nådda.' });
    expect(result.ok && result.notes).toEqual([expect.stringContaining('1 ogiltiga byte')]);
  });

  test('a DOS (code page 850) file is decoded but flagged', () => {
    // "Målen för året är nådda" in CP850: å = 0x86, ö = 0x94, ä = 0x84.
    const bytes = new Uint8Array([
      ...utf8('M'),
      0x86,
      ...utf8('len f'),
      0x94,
      ...utf8('r '),
      0x86,
      ...utf8('ret '),
      0x84,
      ...utf8('r n'),
      0x86,
      ...utf8('dda'),
    ]);
    const result = decodeDocument(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'M†len f”r †ret „r n†dda' });
    expect(result.ok && result.notes).toContainEqual(expect.stringContaining('DOS (850)'));
  });

  test('C1 controls in a Windows-1252 decoding are flagged', () => {
    const result = decodeDocument(new Uint8Array([...utf8('Syfte '), 0x81, 0x8d, ...utf8(' och m'), 0xe5, ...utf8('l')]));
    expect(result.ok && result.notes).toContainEqual(expect.stringContaining('inte finns i Windows-1252'));
  });

  test('double-encoded UTF-8 is flagged, not repaired', () => {
    const text = 'MÃ¥l fÃ¶r Ã¥ret och nÃ¤mnderna';
    const result = decodeDocument(utf8(text));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', text });
    expect(result.ok && result.notes).toContainEqual(expect.stringContaining('två gånger'));
  });

  test('a BOM alone, or a BOM and spaces, is blank', () => {
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, ruleId: 'blank-file' });
    expect(decodeDocument(utf16(' \r\n', 'be', true))).toMatchObject({ ok: false, ruleId: 'blank-file' });
  });

  test.each([
    ['GIF', [...utf8('GIF89a'), 1, 0, 1, 0], 'Filen är en GIF-bild, inte text.'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...utf8('JFIF')], 'Filen är en JPEG-bild, inte text.'],
    ['gzip', [0x1f, 0x8b, 8, 0, 0, 0, 0, 0], 'Filen är en gzip-komprimerad fil, inte text.'],
    ['.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'Filen är ett äldre Office-dokument (till exempel .doc), inte text.'],
    ['.docx', [...storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })], 'Filen är ett Word-dokument (.docx), inte text.'],
  ])('%s is named in the reason', (_kind, bytes, reason) => {
    expect(decodeDocument(new Uint8Array(bytes))).toEqual({ ok: false, ruleId: 'binary-file', reason });
  });

  test('NUL bytes or many control characters make a file binary', () => {
    const nul = decodeDocument(new Uint8Array([...utf8('Syfte'), 0, ...utf8('Mål och ansvar för arbetet')]));
    expect(nul).toMatchObject({ ok: false, ruleId: 'binary-file', reason: expect.stringMatching(/^Filen innehåller binära data/) });
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x1b : 0x61));
    expect(decodeDocument(controls)).toMatchObject({ ok: false, ruleId: 'binary-file' });
  });

  test('a few stray controls (a DOS end-of-file mark) are kept, with a note', () => {
    const result = decodeDocument(utf8('Ansvar\r\nKommunstyrelsen ansvarar för uppföljningen.\r\n\u001a'));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decodedText(result).endsWith('\u001a')).toBe(true);
    expect(result.ok && result.notes).toEqual([expect.stringContaining('1 styrtecken')]);
  });

  test('tab, form feed, CR and LF are ordinary text', () => {
    const text = 'Sida 1\fSida 2\tkolumn\r\nslut\n';
    expect(decodeDocument(utf8(text))).toEqual({ ok: true, encoding: 'utf-8', text, notes: [] });
  });
});

describe('properties', () => {
  const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'];

  test('any bytes: never throws, always one of the two shapes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const result = decodeDocument(bytes);
        if (result.ok) {
          expect(Object.keys(result).sort()).toEqual(['encoding', 'notes', 'ok', 'text']);
          expect(ENCODINGS).toContain(result.encoding);
          expect(result.text.trim()).not.toBe('');
          expect(result.notes.every((note) => typeof note === 'string')).toBe(true);
        } else {
          expect(Object.keys(result).sort()).toEqual(['ok', 'reason', 'ruleId']);
          expect(['empty-file', 'blank-file', 'binary-file']).toContain(result.ruleId);
          expect(result.reason).toMatch(/^Filen /);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('bytes that start like a known format or a BOM never throw either', () => {
    const prefixes = [
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0x50, 0x4b, 3, 4],
      [0x25, 0x50, 0x44, 0x46, 0x2d],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 512 }), (prefix, rest) => {
        expect(typeof decodeDocument(new Uint8Array([...prefix, ...rest])).ok).toBe('boolean');
      }),
    );
  });

  const swedishText = fc
    .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöÅÄÖé .,\n'.split('')), minLength: 1, maxLength: 300 })
    .filter((text) => text.trim() !== '');

  test('Swedish text round-trips through UTF-8, UTF-16 (with and without BOM) and Windows-1252', () => {
    fc.assert(
      fc.property(swedishText, (text) => {
        expect(decodeDocument(utf8(text))).toMatchObject({ ok: true, encoding: 'utf-8', text });
        expect(decodeDocument(utf16(text, 'le', true))).toMatchObject({ ok: true, encoding: 'utf-16le', text });
        expect(decodeDocument(utf16(text, 'be', false))).toMatchObject({ ok: true, encoding: 'utf-16be', text });
        const expected = /[^\x20-\x7e\n]/.test(text) ? 'windows-1252' : 'utf-8';
        expect(decodeDocument(windows1252(text))).toMatchObject({ ok: true, encoding: expected, text });
      }),
    );
  });

  test('any well-formed text without control characters round-trips through UTF-8', () => {
    const text = fc
      .string({ unit: 'binary', minLength: 1 })
      .filter((s) => s.isWellFormed() && s.trim() !== '' && !/[\u0000-\u0008\u000b\u000e-\u001f]/.test(s) && !s.startsWith('\uFEFF'));
    fc.assert(
      fc.property(text, (s) => {
        const bytes = utf8(s);
        fc.pre(!['%PDF-', 'GIF8', 'PK\u0003\u0004', '\u001f\u008b'].some((magic) => s.startsWith(magic)));
        expect(decodeDocument(bytes)).toMatchObject({ ok: true, text: s });
      }),
    );
  });
});

describe('the fixture script and sha256Hex', () => {
  test('the Windows-1252 encoder agrees with TextDecoder for every printable byte', () => {
    const decoder = new TextDecoder('windows-1252');
    for (let byte = 0; byte < 256; byte++) {
      const char = decoder.decode(new Uint8Array([byte]));
      if (char.charCodeAt(0) >= 0x80 && char.charCodeAt(0) <= 0x9f) continue; // undefined in 1252
      expect(windows1252(char)).toEqual(new Uint8Array([byte]));
    }
  });

  test('writeFixtures writes the same bytes it builds', () => {
    const directory = mkdtempSync(join(tmpdir(), 'decode-fixtures-'));
    try {
      const paths = writeFixtures(directory);
      expect(paths).toHaveLength(fixtures.size);
      expect(new Uint8Array(readFileSync(join(directory, 'windows-1252.txt')))).toEqual(fixture('windows-1252.txt'));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('fixtures are deterministic', () => {
    const again = buildFixtures();
    for (const [name, bytes] of fixtures) expect(sameBytes(again.get(name), bytes), name).toBe(true);
  });

  test('sha256Hex', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const shared = new Uint8Array(new SharedArrayBuffer(3));
    shared.set(utf8('abc'));
    expect(await sha256Hex(shared)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
