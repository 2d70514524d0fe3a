/**
 * Hostile and broken input (tests/fixtures/hostile, tests/fixtures/generated): the parser either
 * stops with one clear message naming the file, or parses without losing a line or a word, and
 * keeps markup as text.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listDocumentFiles, parseFiles } from '../../src/loaders/parse-files.ts';
import { decodeDocument } from '../../src/parser/decode.ts';
import { parsePolicyDocument } from '../../src/parser/parse-document.ts';
import { buildFixtures, writeFixtures } from '../../scripts/generate-fixtures.ts';
import { CONTENT, lostLines, lostWords } from '../support/parse.ts';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const hostileFiles = readdirSync(HOSTILE).filter((name) => name.endsWith('.txt'));
const parseFile = async (folder: string, name: string) => parsePolicyDocument(new Uint8Array(readFileSync(join(folder, name))), { path: name });

describe('nothing is lost, in any fixture or real document', () => {
  const cases = [
    ...hostileFiles.map((name) => [HOSTILE, name] as const),
    ...readdirSync(CONTENT)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [CONTENT, name] as const),
  ];
  test.each(cases)('%s/%s: every non-blank line is in a section or in what was removed', async (folder, name) => {
    const { document } = await parseFile(folder, name);
    const decoded = decodeDocument(new Uint8Array(readFileSync(join(folder, name))));
    expect(decoded.ok && document).toBeTruthy();
    const text = decoded.ok ? decoded.text : '';
    expect(lostLines(text, document!)).toEqual([]);
    expect(lostWords(text, document!)).toEqual([]);
  });

  test.each(
    [...buildFixtures().keys()].filter((name) => !/^(empty|whitespace|invisible|binary)/u.test(name) && !name.startsWith('large') && !name.startsWith('long')),
  )('generated %s parses without loss', async (name) => {
    const bytes = buildFixtures().get(name)!;
    const { document } = await parsePolicyDocument(bytes, { path: name });
    const decoded = decodeDocument(bytes);
    expect(decoded.ok && lostLines(decoded.text, document!)).toEqual([]);
  });
});

describe('input that is not a text document stops with one message naming the file', () => {
  test.each([
    ['empty.txt', 'empty-file'],
    ['whitespace-only.txt', 'blank-file'],
    ['invisible-only.txt', 'blank-file'],
    ['binary.png', 'binary-file'],
    ['binary.pdf', 'binary-file'],
    ['binary.zip', 'binary-file'],
  ])('%s → %s', async (name, ruleId) => {
    const { document, file } = await parsePolicyDocument(buildFixtures().get(name)!, { path: `tests/fixtures/generated/${name}` });
    expect(document).toBeNull();
    expect(file.messages).toHaveLength(1);
    expect(String(file.messages[0])).toMatch(new RegExp(`^tests/fixtures/generated/${name.replace('.', '\\.')}(:1:1)?: \\S.+$`, 'u'));
    expect(file.messages[0]).toMatchObject({ fatal: true, ruleId });
  });
});

describe('markup and template syntax stay text', () => {
  test('HTML tags are reduced to their text; links, entities and templates stay as written', async () => {
    const { document } = await parseFile(HOSTILE, 'markup-in-text.txt');
    const all = JSON.stringify(document!.sections);
    expect(all).not.toMatch(/<script|<img|<iframe|<svg|<a |<b>/iu);
    const text = document!.sections.map((section) => section.text).join('\n');
    expect(text).toContain("Läs [mer här](javascript:alert('länk'))");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax in a document must stay text, so the test writes it as text.
    expect(text).toContain("Mallsyntax ${alert('mall')} och {{7*7}} ska stå kvar som text.");
    expect(text).toContain('Entiteter: &lt;script&gt;');
    expect(document!.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'html-tag').length).toBeGreaterThanOrEqual(5);
    expect(document!.sections.map((section) => section.heading)).toEqual([
      null,
      'Syfte',
      "Mål {{ constructor.constructor('alert(1)')() }}",
      'Ansvar',
      'Uppföljning',
    ]);
  });
});

describe('text is normalised so that names, search and sorting work', () => {
  test('NFD letters become NFC, and the municipality is found', async () => {
    const { document } = await parseFile(HOSTILE, 'nfd-swedish.txt');
    expect(document!.municipality).toBe('Gävle');
    expect(document!.id).toBe('gavle');
    expect(document!.sections.at(-1)!.text).toBe('Kommunfullmäktige besluter om vänortsavtal.');
  });

  test('zero-width and bidi characters are removed, with a warning per line', async () => {
    const { document } = await parseFile(HOSTILE, 'invisible-characters.txt');
    expect(document!.municipality).toBe('Hylte');
    expect(document!.sections.find((section) => section.heading === 'Syfte')!.text).toBe('Vi ska samarbeta med andra kommuner och orter.');
    expect(document!.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'invisible-characters').map((diagnostic) => diagnostic.line)).toEqual([1, 5, 9]);
  });

  test('a title, header fields and an adoption line with bidi controls and zero-width characters show none of them', async () => {
    const { document } = await parseFile(HOSTILE, 'spoofed-header-fields.txt');
    const shown = allStrings(document);
    expect(shown.filter((text) => SPOOFING.test(text))).toEqual([]);
    expect(document!.title).toBe('Riktlinjer för internationellt samarbete i Torsby kommun');
    expect(document!.municipality).toBe('Torsby');
    expect(document!.metadata.fields).toEqual([
      { label: 'Diarienummer', value: 'KS 2020/12', line: 3 },
      { label: 'Dokumentansvarig', value: 'Kommunstyrelsens kansli', line: 4 },
      { label: 'Gäller för', value: 'Alla nämnder och bolag', line: 5 },
    ]);
    expect(document!.metadata.referenceNumbers).toContain('Diarienummer KS 2020/12');
    expect(document!.adopted).toEqual({ date: '2021-03-15', by: 'Kommunfullmäktige', text: 'Antagen av kommunfullmäktige 2021-03-15, § 23' });
    const warned = document!.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'invisible-characters');
    expect(warned.map((diagnostic) => [diagnostic.line, diagnostic.message.split(' ')[0]])).toEqual([
      [1, '2'],
      [3, '2'],
      [4, '3'],
      [5, '2'],
      [6, '3'],
    ]);
  });

  test('an emoji keeps its zero-width joiners and presentation selector; a joiner between letters is removed and warned about', async () => {
    const { document } = await parseFile(HOSTILE, 'emoji-joiners.txt');
    const text = document!.sections.map((section) => section.text).join('\n');
    expect(text).toContain('familjer \u{1F468}\u200D\u{1F469}\u200D\u{1F467} ska');
    expect(text).toContain('flaggan \u{1F3F3}\uFE0F\u200D\u{1F308} under');
    expect(text).toContain('samordnare \u{1F469}\u{1F3FD}\u200D\u{1F4BB}.');
    expect(text).toContain('Kommunstyrelsen ansvarar för arbetet.');
    expect(document!.responsibilities[0]!.actorText).toBe('Kommunstyrelsen');
    const warned = document!.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'invisible-characters');
    expect(warned.map((diagnostic) => [diagnostic.line, diagnostic.message.split(' ')[0]])).toEqual([[11, '1']]);
  });

  test('Windows-1252 with CRLF, and mixed line ends', async () => {
    const windows = (await parseFile(HOSTILE, 'windows-1252-crlf.txt')).document!;
    expect(windows.source.encoding).toBe('windows-1252');
    expect(windows.municipality).toBe('Åre');
    expect(windows.sections.find((section) => section.heading === 'Syfte')!.text).toBe('Vår kommun ska öka utbytet med vänorter.');
    const mixed = (await parseFile(HOSTILE, 'mixed-line-endings.txt')).document!;
    expect(mixed.sections.map((section) => [section.heading, section.source.startLine])).toEqual([
      [null, 1],
      ['Syfte', 3],
      ['Ansvar', 7],
    ]);
  });
});

describe('odd shapes', () => {
  test('a 500-character heading is kept whole, with a short id', async () => {
    const { document } = await parseFile(HOSTILE, 'long-heading.txt');
    const long = document!.sections.find((section) => (section.heading?.length ?? 0) > 400)!;
    expect(long.heading!.length).toBe(500);
    expect(long.id.length).toBeLessThanOrEqual(60);
  });

  test('a 400-character title line is the title, whole', async () => {
    const firstLine = readFileSync(join(HOSTILE, 'long-title.txt'), 'utf8').split('\n')[0]!;
    expect(firstLine.length).toBe(400);
    const { document } = await parseFile(HOSTILE, 'long-title.txt');
    expect(document!.title).toBe(firstLine);
    expect(document!.documentType).toBe('riktlinje');
    expect(document!.sections[0]).toMatchObject({ heading: null, category: 'front-matter' });
    expect(document!.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('title-not-found');
    expect(document!.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('long-title-passed-over');
  });

  test('a long first line shaped like a title that is passed over for another heading is named in a warning that says why', async () => {
    const { document } = await parseFile(HOSTILE, 'long-title-passed-over.txt');
    expect(document!.title).toBe('Internationell strategi');
    const warning = document!.diagnostics.find((diagnostic) => diagnostic.ruleId === 'long-title-passed-over');
    expect(warning).toMatchObject({ severity: 'warning', line: 1 });
    expect(warning!.message).toMatch(
      /^Rad 1 \(”Vänorter, europeiska nätverk .* …”, 144 tecken\) ser ut som en titel men togs inte som titel: den är längre än en rubrik/u,
    );
    expect(warning!.message).toContain('titeln är i stället ”Internationell strategi” (rad 3)');
  });

  test('no headings: the text filed by what it says, untitled, and a warning; a table of contents only: the contents recorded as removed', async () => {
    const none = (await parseFile(HOSTILE, 'no-headings.txt')).document!;
    expect(none.sections.map((section) => [section.heading, section.category, section.categoryBasis])).toEqual([
      [null, 'purpose', 'position'],
      [null, 'responsibility', 'content'],
    ]);
    expect(none.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'no-headings' }));
    const toc = (await parseFile(HOSTILE, 'toc-only.txt')).document!;
    expect(toc.removed).toEqual([expect.objectContaining({ ruleId: 'table-of-contents', startLine: 3, endLine: 8 })]);
    expect(toc.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'no-headings' }));
  });

  test('a municipality not on the list: none is guessed, a warning says so', async () => {
    const { document } = await parseFile(HOSTILE, 'unknown-municipality.txt');
    expect(document!.municipality).toBeNull();
    expect(document!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'municipality-not-found', severity: 'warning' }));
  });

  test('two documents from one municipality get ids told apart by year', async () => {
    const results = await parseFiles(await listDocumentFiles(HOSTILE));
    const ludvika = results.flatMap((result) => (result.document?.municipality === 'Ludvika' ? [result.document] : []));
    expect(ludvika.map((document) => document.id).sort()).toEqual(['ludvika-2015', 'ludvika-2021']);
    const ids = results.map((result) => result.document!.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

test('the fixture generator writes every fixture it builds', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fixtures-'));
  expect(writeFixtures(folder).length).toBe(buildFixtures().size);
});

test('without a title-shaped first line the title is the file name, said in a warning, and the id stays short', async () => {
  const { document } = await parseFile(HOSTILE, 'no-headings.txt');
  expect(document!.title).toBe('Namnlöst dokument (no-headings.txt)');
  expect(document!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'title-not-found' }));
  const atlantis = (await parseFile(HOSTILE, 'unknown-municipality.txt')).document!;
  expect(atlantis.id.length).toBeLessThanOrEqual(50);
  expect(atlantis.id).toMatch(/^internationell-policy-for-atlantis/u);
});

test('a file name shown as the title keeps no bidi control or zero-width character', async () => {
  const text = readFileSync(join(HOSTILE, 'no-headings.txt'));
  const { document } = await parsePolicyDocument(new Uint8Array(text), { path: 'content/policy-\u202Etxt.exe\u202C-\u200Bkopia.txt' });
  expect(document!.title).toBe('Namnlöst dokument (policy-txt.exe-kopia.txt)');
});

/** Bidi controls (embeddings, overrides, isolates, marks) and zero-width characters that can make shown text say something else. */
const SPOOFING = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B\u200C\u200D\u2060\uFEFF]/u;

/** Every string in a value, however deep: keys and values alike. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...allStrings(inner)]);
  return [];
}
