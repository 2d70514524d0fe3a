/**
 * Nothing in a content folder is silently left out or counted twice: text files in subfolders are
 * read, every other entry is reported with its reason (in the channel the parser's messages use),
 * a second copy of a file is refused naming both, and unsafe file names are shown escaped.
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reporter } from 'vfile-reporter';
import { describe, expect, test } from 'vitest';
import { parseContentFolder, parseFiles, type ParsedFile } from '../../src/loaders/parse-files.ts';
import { contentFolder, policyText } from '../support/content-folder.ts';

const hylte = policyText('Hylte', 'Internationell policy för Hylte kommun', '2020-03-19');
const ludvika = policyText('Ludvika', 'Internationell strategi för Ludvika kommun', '2021-09-20');

/** Each file's warnings and errors as `rule: reason`, by the file's name. */
function messagesByName(results: readonly ParsedFile[]): Record<string, string[]> {
  const reported = results.map((result) => [result.path.split('/').at(-1)!, result.file.messages.filter((message) => message.fatal !== undefined)] as const);
  return Object.fromEntries(
    reported.filter(([, messages]) => messages.length > 0).map(([name, messages]) => [name, messages.map((message) => `${message.ruleId}: ${message.reason}`)]),
  );
}

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/parse.ts', ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: process.cwd() } });

describe('every entry of the folder is read or reported with its reason', () => {
  test('text files in subfolders are read; .TXT too; sources.json and readmes are the folder’s own files', async () => {
    const folder = contentFolder({ 'län/hylte.txt': hylte, 'LUDVIKA.TXT': ludvika, 'README.md': '# Om mappen', 'sources.json': '{"documents": {}}' });
    const results = await parseContentFolder(folder);
    expect(results.flatMap((result) => (result.document ? [result.document.id] : []))).toEqual(['ludvika', 'hylte']);
    expect(messagesByName(results)).toEqual({});
  });

  test('a symbolic link is never followed, whether it points inside the folder or outside it', async () => {
    const outside = join(contentFolder({ 'hemlig.txt': policyText('Eksjö', 'Hemlig policy för Eksjö kommun', '2020-01-01') }), 'hemlig.txt');
    const folder = contentFolder({ 'hylte.txt': hylte });
    symlinkSync(outside, join(folder, 'utanför.txt'));
    symlinkSync(join(folder, 'hylte.txt'), join(folder, 'kopia.txt'));
    symlinkSync(tmpdir(), join(folder, 'mapp'));
    const results = await parseContentFolder(folder);
    expect(results.flatMap((result) => (result.document ? [result.document.municipality] : []))).toEqual(['Hylte']);
    const symlink =
      'symlink-not-followed: En symbolisk länk läses inte: länkar följs aldrig, eftersom de kan peka utanför innehållsmappen. Lägg filen själv i mappen.';
    expect(messagesByName(results)).toEqual({ 'kopia.txt': [symlink], mapp: [symlink], 'utanför.txt': [symlink] });
  });

  test('other formats are reported as not read yet, naming the format; hidden files and names without an extension too', async () => {
    const folder = contentFolder({
      'hylte.txt': hylte,
      'original.pdf': '%PDF-1.7',
      'beslut.docx': 'PK',
      'sida.html': '<p>x</p>',
      'anteckning.md': '# x',
      'utan-ändelse': 'x',
      '.dold.txt': hylte,
    });
    const results = await parseContentFolder(folder);
    const notYet = (format: string) => [
      `format-not-read: Formatet ”${format}” läses inte än; bara textfiler (.txt) blir dokument, så filen är inte med på webbplatsen.`,
    ];
    expect(messagesByName(results)).toEqual({
      '.dold.txt': ['hidden-entry: Dolda filer och mappar (namnet börjar med punkt) läses inte.'],
      'anteckning.md': notYet('.md'),
      'beslut.docx': notYet('.docx'),
      'original.pdf': notYet('.pdf'),
      'sida.html': notYet('.html'),
      'utan-ändelse': ['format-not-read: Filen har ingen filändelse och läses inte; bara textfiler (.txt) blir dokument.'],
    });
    expect(reporter(results.map((result) => result.file))).toMatch(/original\.pdf\n\s+warning\s+Formatet ”\.pdf” läses inte än.*format-not-read/u);
  });

  test('npm run parse on a folder prints what is not read on stderr and exits 0', () => {
    const folder = contentFolder({ 'hylte.txt': hylte, 'original.pdf': '%PDF-1.7' });
    const result = cli(folder);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { id: string }[]).map((document) => document.id)).toEqual(['hylte']);
    expect(result.stderr).toMatch(/original\.pdf\n\s+warning\s+Formatet ”\.pdf” läses inte än/u);
  });
});

describe('a file with the same bytes as another is refused, naming both', () => {
  const folder = contentFolder({ 'a-hylte.txt': hylte, 'b-kopia.txt': hylte, 'ludvika.txt': ludvika });

  test('the second in Swedish order of names is refused, whatever order the files are given in', async () => {
    const paths = ['b-kopia.txt', 'ludvika.txt', 'a-hylte.txt'].map((name) => join(folder, name));
    for (const order of [paths, [...paths].reverse()]) {
      const results = await parseFiles(order);
      expect(results.flatMap((result) => (result.document ? [result.document.id] : [])).sort()).toEqual(['hylte', 'ludvika']);
      const kept = results.find((result) => result.path.endsWith('a-hylte.txt'))!;
      expect(messagesByName(results)).toEqual({
        'b-kopia.txt': [
          `duplicate-file: Filen har samma innehåll, byte för byte, som ${kept.path}; den skulle räknas två gånger i varje jämförelse. Ta bort en av filerna.`,
        ],
      });
    }
  });

  test('npm run parse exits 1, names both files and prints the kept one', () => {
    const result = cli(folder);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/b-kopia\.txt\n\s+error\s+Filen har samma innehåll, byte för byte, som \S*a-hylte\.txt;.*duplicate-file/u);
    expect((JSON.parse(result.stdout) as { source: { file: string } }[]).map((document) => document.source.file.split('/').at(-1))).toEqual([
      'a-hylte.txt',
      'ludvika.txt',
    ]);
  });
});

describe('file names reach no page or terminal raw', () => {
  test('control characters, bidi marks and backslashes are shown as code points, on the document and in the output', async () => {
    const name = 'ond\u001b[31m\u202Efdp.\\x\nrad.txt';
    const folder = contentFolder({ [name]: hylte, 'bild.pdf\u0007': 'x' });
    const results = await parseContentFolder(folder);
    const document = results.find((result) => result.document)!.document!;
    expect(document.source.file.endsWith('/ond\\u001b[31m\\u202efdp.\\u005cx\\u000arad.txt')).toBe(true);
    const output = reporter(results.map((result) => result.file));
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/u);
    expect(output).toContain('bild.pdf\\u0007');
    expect(output).toContain('Formatet ”.pdf\\u0007” läses inte än');
  });

  test('the same names in NFD on disk and NFC in sources.json (and the other way round) find their entries', async () => {
    const folder = contentFolder({
      'g\u0061\u0308vle.txt': policyText('Gävle', 'Internationell policy för Gävle kommun', '2020-01-01'),
      'jönköping.txt': policyText('Jönköping', 'Internationell policy för Jönköpings kommun', '2020-01-01'),
      'sources.json': JSON.stringify({ documents: { 'gävle.txt': { origin: 'NFC-posten' }, 'jo\u0308nko\u0308ping.txt': { origin: 'NFD-posten' } } }),
    });
    const results = await parseContentFolder(folder);
    expect(Object.fromEntries(results.flatMap((result) => (result.document ? [[result.document.id, result.document.metadata.origin]] : [])))).toEqual({
      gavle: 'NFC-posten',
      jonkoping: 'NFD-posten',
    });
    expect(messagesByName(results)).toEqual({});
    expect(results.find((result) => result.document?.id === 'gavle')!.path.endsWith('/gävle.txt')).toBe(true);
  });
});
