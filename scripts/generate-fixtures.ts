/**
 * Writes the encoding, binary and large test fixtures to `tests/fixtures/generated/` (ignored by
 * git). Deterministic: the same bytes on every run.
 *
 *     node_modules/.bin/node scripts/generate-fixtures.ts [output-directory]
 *
 * Tests import {@link buildFixtures} and use the bytes in memory, so they need no generated files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random.ts';

/** The Swedish steering-document-like text behind the encoding fixtures (LF line endings). */
export const POLICY_TEXT = `Internationell policy för Åre kommun

Antagen av kommunfullmäktige 2023-05-24, § 87. Gäller 2023–2026.

Syfte

Policyn ska ge stöd för kommunens internationella arbete och visa hur det bidrar till en hållbar utveckling för invånare, företag och besökare i Åre kommun.

Mål

– Fler elever och lärare ska delta i utbyten med skolor i Europa.
– Kommunen ska söka EU-projekt som stärker besöksnäringen och idéburna föreningar.
– Samarbetet med vänorterna i Norge och Finland ska leda till konkreta resultat varje år.

Ansvar

Kommunstyrelsen har det övergripande ansvaret för det internationella arbetet. Varje nämnd ansvarar för att följa upp sina åtaganden och rapportera årligen till kommunstyrelsen. Medel upp till 50 000 € per år kan sökas för ”små idéer med stor effekt”. Ärenden om vänorter bereds av kommunstyrelsen. Överenskommelser med andra länders kommuner beslutas av kommunfullmäktige.
`;

/** The policy text with Windows (CRLF) line endings, as Notepad would save it. */
export const POLICY_TEXT_CRLF = POLICY_TEXT.replaceAll('\n', '\r\n');

/** Lines joined with CRLF, CR and LF in turn: what `mixed-line-endings.txt` holds. */
export const MIXED_LINE_ENDINGS_TEXT = [
  'Riktlinjer för internationellt arbete\r\n',
  '\r\n',
  'Syfte\r',
  'Riktlinjerna beskriver hur förvaltningarna söker och redovisar EU-medel.\n',
  '\n',
  'Uppföljning\r\n',
  'Arbetet följs upp årligen i samband med årsredovisningen.\r',
  'Kommunstyrelsen ansvarar för uppföljningen.\n',
].join('');

export const WHITESPACE_ONLY_TEXT = ' \t\r\n   \n\n\t \u00a0\n';

/** Zero-width characters, bidi controls, a word joiner, a BOM and a soft hyphen on blank lines: nothing a reader could see. */
export const INVISIBLE_ONLY_TEXT = '\u200B\u200C\u200D\n\u202E \u202A\u202C\t\u2066\u2069\r\n\u200E\u200F\u2060\n\uFEFF\u00AD \n';

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** UTF-16 bytes of a string, little- or big-endian, optionally preceded by a BOM. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [first, second] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[i * 2] = first;
    bytes[i * 2 + 1] = second;
  }
  return bytes;
}

/** The Windows-1252 bytes 0x80–0x9F that are printable, by the character they stand for. */
const WINDOWS_1252_HIGH: ReadonlyMap<string, number> = new Map(
  Array.from('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ', (char, i) => [char, 0x80 + i] as const).filter(([char]) => char.charCodeAt(0) > 0x9f),
);

/** Windows-1252 bytes of a string; throws for a character the code page lacks. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const byte = WINDOWS_1252_HIGH.get(char);
    if (byte === undefined) throw new Error(`Windows-1252 has no ${JSON.stringify(char)}`);
    return byte;
  });
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG and ZIP use it. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32be(value: number): Uint8Array {
  return new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

function u16le(value: number): Uint8Array {
  return new Uint8Array([value & 0xff, value >>> 8]);
}

function u32le(value: number): Uint8Array {
  return new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24]);
}

/** A valid 1×1 PNG (one blue pixel), its image data in a stored (uncompressed) zlib stream. */
export function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const typed = concat(utf8(type), data);
    return concat(u32be(data.length), typed, u32be(crc32(typed)));
  };
  const header = concat(u32be(1), u32be(1), new Uint8Array([8, 6, 0, 0, 0])); // 8-bit RGBA
  const scanline = new Uint8Array([0, 0x00, 0x5b, 0xbb, 0xff]); // filter 0, one pixel
  let a = 1;
  let b = 0;
  for (const byte of scanline) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const zlib = concat(
    new Uint8Array([0x78, 0x01, 0x01]), // zlib header; final stored block
    u16le(scanline.length),
    u16le(~scanline.length & 0xffff),
    scanline,
    u32be(((b << 16) | a) >>> 0),
  );
  return concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib), chunk('IEND', new Uint8Array()));
}

/** A valid one-page PDF 1.4 with a line of text, cross-reference table and all. */
export function tinyPdf(): Uint8Array {
  const stream = 'BT /F1 18 Tf 72 720 Td (Internationell policy) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  // The second line is the customary binary comment: bytes above 127 mark the file as binary.
  const head = concat(utf8('%PDF-1.4\n%'), new Uint8Array([0xe2, 0xe3, 0xcf, 0xd3]), utf8('\n'));
  let body = '';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(head.length + body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(head.length + body.length),
    '%%EOF',
    '',
  ].join('\n');
  return concat(head, utf8(body + xref));
}

/** A valid ZIP archive whose entries are stored uncompressed. `{ 'word/document.xml': … }` makes a .docx look-alike. */
export function storedZip(entries: Record<string, string>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = utf8(name);
    const data = utf8(content);
    const crc = crc32(data);
    // version, flags (bit 11: UTF-8 names), method 0, time, date 2023-05-24
    const common = concat(
      u16le(0x0800),
      u16le(0),
      u16le(0),
      u16le(0x56b8),
      u32le(crc),
      u32le(data.length),
      u32le(data.length),
      u16le(nameBytes.length),
      u16le(0),
    );
    const local = concat(u32le(0x04034b50), u16le(20), common, nameBytes, data);
    centrals.push(concat(u32le(0x02014b50), u16le(20), u16le(20), common, u16le(0), u16le(0), u16le(0), u32le(0), u32le(offset), nameBytes));
    locals.push(local);
    offset += local.length;
  }
  const central = concat(...centrals);
  const count = centrals.length;
  const end = concat(u32le(0x06054b50), u16le(0), u16le(0), u16le(count), u16le(count), u32le(central.length), u32le(offset), u16le(0));
  return concat(...locals, central, end);
}

const HEADINGS = ['Syfte', 'Mål', 'Prioriterade områden', 'Ansvar', 'Uppföljning', 'Bakgrund', 'Finansiering', 'Samverkan med vänorter'];

const SENTENCES = [
  'Kommunen ska verka för att fler invånare får möjlighet att delta i internationella utbyten.',
  'Det internationella arbetet ska bidra till att nå de mål som kommunfullmäktige har beslutat om.',
  'Förvaltningarna ska särskilt söka EU-projekt som stärker näringslivet och skapar nya arbetstillfällen.',
  'Kommunstyrelsen ansvarar för samordningen och rapporterar årligen till kommunfullmäktige.',
  'Varje nämnd ska i sin verksamhetsplan beskriva hur den arbetar med internationella frågor.',
  'Samarbetet med vänorterna ska präglas av ömsesidighet, öppenhet och tydliga åtaganden.',
  'Ungdomar och föreningar ska kunna söka stöd för idéer som främjar kontakter över gränserna.',
  'Uppföljningen sker i samband med årsredovisningen och redovisas för kommunstyrelsen.',
  'Policyn ska revideras under varje mandatperiod eller när förutsättningarna ändras väsentligt.',
  'Erfarenheter från internationella projekt ska spridas inom organisationen och till allmänheten.',
  'Kommunen deltar i regionala nätverk för att öka kunskapen om finansieringsmöjligheter inom EU.',
  'Arbetet ska bedrivas med hänsyn till Agenda 2030 och de globala målen för hållbar utveckling.',
];

/** Paragraphs and lists under numbered headings until the text reaches `minBytes` of UTF-8. */
export function largeDocument(minBytes: number): string {
  const random = seededRandom(20230524);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = ['Internationell strategi för Exempelby kommun\n\nAntagen av kommunfullmäktige 2024-02-12.\n\n'];
  let bytes = utf8(parts[0] ?? '').length;
  for (let n = 1; bytes < minBytes; n++) {
    const sentences = (count: number) => Array.from({ length: count }, () => pick(SENTENCES)).join(' ');
    let section = `${n}. ${pick(HEADINGS)}\n\n${sentences(3 + Math.floor(random() * 4))}\n\n`;
    if (n % 3 === 0) section += `${Array.from({ length: 3 }, () => `- ${pick(SENTENCES)}`).join('\n')}\n\n`;
    section += `${sentences(2 + Math.floor(random() * 3))}\n\n`;
    parts.push(section);
    bytes += utf8(section).length;
  }
  return parts.join('');
}

/** Sentences separated by spaces, without any line break, until the text reaches `minBytes` of UTF-8. */
export function longLine(minBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const sentence = `${SENTENCES[i % SENTENCES.length] ?? ''} `;
    parts.push(sentence);
    bytes += utf8(sentence).length;
  }
  return parts.join('').trimEnd();
}

/** Every fixture, by file name, as bytes. */
export function buildFixtures(): Map<string, Uint8Array> {
  return new Map([
    ['utf16le-bom.txt', utf16(POLICY_TEXT_CRLF, 'le', true)],
    ['utf16be-bom.txt', utf16(POLICY_TEXT_CRLF, 'be', true)],
    ['utf16le-nobom.txt', utf16(POLICY_TEXT_CRLF, 'le', false)],
    ['utf8-bom.txt', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(POLICY_TEXT))],
    ['windows-1252.txt', windows1252(POLICY_TEXT_CRLF)],
    ['mixed-line-endings.txt', utf8(MIXED_LINE_ENDINGS_TEXT)],
    ['empty.txt', new Uint8Array()],
    ['whitespace-only.txt', utf8(WHITESPACE_ONLY_TEXT)],
    ['invisible-only.txt', utf8(INVISIBLE_ONLY_TEXT)],
    ['binary.png', tinyPng()],
    ['binary.pdf', tinyPdf()],
    ['binary.zip', storedZip({ 'policy.txt': POLICY_TEXT, 'README.txt': 'Exempelarkiv för testerna.\n' })],
    ['large-5mb.txt', utf8(largeDocument(5 * 1024 * 1024))],
    ['long-line-1mb.txt', utf8(longLine(1024 * 1024))],
  ]);
}

/** Writes every fixture into `directory` (created if missing) and returns the paths written. */
export function writeFixtures(directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  return [...buildFixtures()].map(([name, bytes]) => {
    const path = join(directory, name);
    writeFileSync(path, bytes);
    return path;
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const directory = resolve(process.argv[2] ?? fileURLToPath(new URL('../tests/fixtures/generated/', import.meta.url)));
  for (const path of writeFixtures(directory)) console.log(path);
}
