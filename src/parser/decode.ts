/**
 * Bytes → text. The first step of the pipeline: works out how a file was encoded (UTF-8 with or
 * without BOM, UTF-16 with or without BOM, Windows-1252), decodes it, and refuses files that are
 * not text at all (empty, blank or only invisible characters, images, PDFs, archives, other binary data).
 *
 * Nothing is cleaned here: line endings, stray control characters and the like stay as received,
 * so that later line numbers are the lines of the file. Whatever was guessed is said in `notes`
 * (Swedish sentences for the reader). Pure TypeScript: runs in Node and in the browser.
 */

import { removeInvisible } from './text/invisible.ts';

/** The encodings a file can be decoded from. `utf-8-bom` is UTF-8 that began with a BOM. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The outcome of {@link decodeDocument}: the text, or a Swedish reason why there is none. */
export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName; notes: string[] } | { ok: false; reason: string; ruleId: string };

/** Binary formats recognised by their first bytes, with how a reader would name them. */
const MAGIC_NUMBERS: readonly { bytes: readonly number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'en PDF' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'en PNG-bild' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'en GIF-bild' }, // GIF8(7|9)a
  { bytes: [0xff, 0xd8, 0xff], kind: 'en JPEG-bild' },
  { bytes: [0x1f, 0x8b], kind: 'en gzip-komprimerad fil' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'ett äldre Office-dokument (till exempel .doc)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ett ZIP-arkiv' }, // PK\3\4, also .docx/.xlsx/.odt
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'ett ZIP-arkiv' }, // empty archive
];

/** How many leading bytes the UTF-16 and NUL checks look at. */
const SAMPLE_BYTES = 8192;
/** Share of code units that may be non-whitespace C0 controls before a file counts as binary. */
const MAX_CONTROL_SHARE = 0.05;
/** UTF-16 without BOM: share of code units whose high byte is 0 (ASCII and Latin-1 text). */
const MIN_UTF16_ZERO_HIGH = 0.6;
/** …while at most this share has a zero low byte (rare in text: U+0100, U+2000, NUL). */
const MAX_UTF16_ZERO_LOW = 0.1;

/**
 * Decodes the bytes of one received file. Never throws: every input yields either
 * `{ ok: true, text, encoding, notes }` or `{ ok: false, reason, ruleId }` where `ruleId` is
 * `empty-file`, `blank-file`, `binary-file` or (should the platform lack a decoder) `decode-error`.
 * A byte-order mark is dropped from `text`; nothing else is changed.
 */
export function decodeDocument(bytes: Uint8Array): DecodeResult {
  try {
    return decode(bytes);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, ruleId: 'decode-error', reason: `Filen kunde inte avkodas${detail}.` };
  }
}

/** The SHA-256 of the bytes as 64 lower-case hex digits (Web Crypto: browsers and Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto wants a view on a plain ArrayBuffer; copy only when it is something else.
  const view = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', view));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, ruleId: 'empty-file', reason: 'Filen är tom.' };

  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.bytes));
  if (magic) {
    const kind = magic.kind === 'ett ZIP-arkiv' && looksLikeDocx(bytes) ? 'ett Word-dokument (.docx)' : magic.kind;
    return { ok: false, ruleId: 'binary-file', reason: `Filen är ${kind}, inte text.` };
  }

  const decoded = decodeText(bytes);
  const controls = countControls(decoded.text);
  if (controls.nulInSample || controls.count > decoded.text.length * MAX_CONTROL_SHARE) {
    return {
      ok: false,
      ruleId: 'binary-file',
      reason: 'Filen innehåller binära data (NUL-tecken eller andra styrtecken), inte text.',
    };
  }
  if (decoded.text.trim() === '') {
    return { ok: false, ruleId: 'blank-file', reason: 'Filen innehåller bara blanktecken.' };
  }
  if (removeInvisible(decoded.text).text.trim() === '') {
    return {
      ok: false,
      ruleId: 'blank-file',
      reason: 'Filen innehåller bara osynliga tecken (nollbreddstecken, riktningsmarkeringar) och blanktecken, ingen text.',
    };
  }
  const notes = [...decoded.notes];
  if (controls.count > 0) {
    notes.push(`Texten innehåller ${controls.count} styrtecken som inte hör till vanlig text; de har lämnats kvar.`);
  }
  if (looksDoubleEncoded(decoded.text)) {
    notes.push('Texten ser ut att ha kodats som UTF-8 två gånger (till exempel ”Ã¤” i stället för ”ä”).');
  }
  return { ok: true, text: decoded.text, encoding: decoded.encoding, notes };
}

interface Decoded {
  text: string;
  encoding: TextEncodingName;
  notes: string[];
}

/** Picks the encoding (BOM, UTF-16 pattern, strict UTF-8, Windows-1252) and decodes. */
function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', 'utf-8-bom', bytes.subarray(3), []);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', 'utf-16le', bytes.subarray(2), []);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', 'utf-16be', bytes.subarray(2), []);

  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const label = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    const note = `Filen saknar byte-ordningsmärke (BOM) men ser ut att vara ${label}; den avkodades så.`;
    return decodeWith(utf16, utf16, bytes, [note]);
  }

  const strict = tryDecode('utf-8', bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', notes: [] };

  const scan = scanUtf8(bytes);
  if (scan.validMultibyte > 0 && scan.validMultibyte >= scan.invalid) {
    return {
      text: decodeUtf8WithFallback(bytes),
      encoding: 'utf-8',
      notes: [`Filen är UTF-8 utom ${scan.invalid} ogiltiga byte, som tolkades som Windows-1252 (Latin-1).`],
    };
  }

  const text = new TextDecoder('windows-1252').decode(bytes);
  const notes = ['Filen är inte giltig UTF-8; den avkodades som Windows-1252 (Latin-1).'];
  notes.push(...windows1252Warnings(text));
  return { text, encoding: 'windows-1252', notes };
}

/** Decodes strictly; if the bytes are malformed (odd length, lone surrogate), decodes with U+FFFD and says so. */
function decodeWith(label: string, encoding: TextEncodingName, bytes: Uint8Array, notes: string[]): Decoded {
  const strict = tryDecode(label, bytes);
  if (strict !== null) return { text: strict, encoding, notes };
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
  const count = text.split('\uFFFD').length - 1;
  return { text, encoding, notes: [...notes, `Filen innehöll ${count} ogiltiga teckensekvenser; de ersattes med ”\uFFFD”.`] };
}

/** Strict decoding; `null` when the bytes are not valid in that encoding. The BOM is kept (handled by the caller). */
function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** A .docx is a ZIP whose entries live under `word/`; the names are stored uncompressed. */
function looksLikeDocx(bytes: Uint8Array): boolean {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 64 * 1024));
  return head.includes('word/');
}

/**
 * UTF-16 without BOM: Swedish text is nearly all ASCII and Latin-1, so one byte of every pair is 0.
 * Zero high bytes at odd positions mean little-endian, at even positions big-endian.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs === 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * MIN_UTF16_ZERO_HIGH && zeroEven <= pairs * MAX_UTF16_ZERO_LOW) return 'utf-16le';
  if (zeroEven >= pairs * MIN_UTF16_ZERO_HIGH && zeroOdd <= pairs * MAX_UTF16_ZERO_LOW) return 'utf-16be';
  return null;
}

/**
 * Counts C0 controls other than tab, LF, FF and CR (including NUL), and whether a NUL occurs
 * in the first {@link SAMPLE_BYTES} code units (the usual sign of a binary file).
 */
function countControls(text: string): { count: number; nulInSample: boolean } {
  let count = 0;
  let nulInSample = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) continue;
    count++;
    if (code === 0 && i < SAMPLE_BYTES) nulInSample = true;
  }
  return { count, nulInSample };
}

/**
 * The byte length of the valid UTF-8 sequence starting at `i`, or 0 if none starts there
 * (WHATWG rules: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < low || byte > high) return 0;
    low = 0x80;
    high = 0xbf;
  }
  return length;
}

/** How many valid multi-byte UTF-8 sequences and how many invalid bytes the file has. */
function scanUtf8(bytes: Uint8Array): { validMultibyte: number; invalid: number } {
  let validMultibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      if (length > 1) validMultibyte++;
      i += length;
    }
  }
  return { validMultibyte, invalid };
}

/** UTF-8, except that each byte that starts no valid sequence is read as Windows-1252. */
function decodeUtf8WithFallback(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const latin = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(start, i)), latin.decode(bytes.subarray(i, i + 1)));
    i++;
    start = i;
  }
  parts.push(utf8.decode(bytes.subarray(start)));
  return parts.join('');
}

/**
 * Characters that Windows-1252 can produce but Swedish text hardly ever contains. Many of them
 * mean the file was in another code page: DOS 850 gives †„”Ž™ for åäöÄÖ, Mac Roman ŒŠšŽ for åäöé.
 */
const UNLIKELY_1252 = /[ƒˆ‰Š‹ŒŽ˜™š›œžŸ†‡]/g;
// eslint-disable-next-line no-control-regex
const C1_CONTROLS = /[\u0080-\u009f]/g;

/** Notes for a Windows-1252 decoding that looks wrong. The text itself is kept as decoded. */
function windows1252Warnings(text: string): string[] {
  const notes: string[] = [];
  const c1 = text.match(C1_CONTROLS)?.length ?? 0;
  const unlikely = text.match(UNLIKELY_1252)?.length ?? 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) nonAscii++;
  if (c1 > 0) {
    notes.push(`Texten innehåller ${c1} tecken som inte finns i Windows-1252; filen kan ha en annan teckenkodning.`);
  }
  if (unlikely > 0 && unlikely >= nonAscii * 0.1) {
    notes.push(
      `Texten innehåller ${unlikely} tecken som är ovanliga i svensk text (till exempel † „ ™ Œ); ` +
        'filen kan vara kodad i en annan teckentabell, till exempel DOS (850) eller Mac Roman.',
    );
  }
  return notes;
}

/** UTF-8 for å ä ö Å Ä Ö é read as Windows-1252 and encoded again: Ã¥ Ã¤ Ã¶ Ã… Ã„ Ã– Ã©. */
const DOUBLE_ENCODED = /Ã[¥¤¶…„–©]/g;

function looksDoubleEncoded(text: string): boolean {
  return (text.match(DOUBLE_ENCODED)?.length ?? 0) >= 3;
}
