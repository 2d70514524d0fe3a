/**
 * Document ids come from what the documents say, never from their files' names or order: a
 * municipality's documents are told apart by year, type, reference number or title words, and
 * renaming or reordering the files keeps every id.
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listDocumentFiles, parseFiles } from '../../src/loaders/parse-files.ts';
import { contentFolder, policyText } from '../support/content-folder.ts';

const sameYear = {
  'a.txt': policyText('Ludvika', 'Internationell policy för Ludvika kommun', '2021-03-01'),
  'b.txt': policyText('Ludvika', 'Internationell strategi för Ludvika kommun', '2021-09-20'),
  'c.txt': policyText('Ludvika', 'Policy för vänorter i Ludvika kommun', '2019-05-02'),
  'd.txt': policyText('Ludvika', 'Internationell policy för Ludvika kommun', '2019-05-02', '\nDiarienummer KS 2019/114\n'),
  'e.txt': policyText('Hylte', 'Internationell policy för Hylte kommun', '2020-01-01'),
};

/** Each document's id, by the hash of its content. */
async function idsByContent(paths: readonly string[]): Promise<Record<string, string>> {
  const results = await parseFiles(paths);
  return Object.fromEntries(results.map((result) => [result.document!.source.sha256, result.document!.id]));
}

test('documents of one municipality are told apart by what only each has: year, type, the two together, reference number, a title word; one alone keeps its plain id', async () => {
  const folder = contentFolder(sameYear);
  const byFile = Object.fromEntries((await parseFiles(await listDocumentFiles(folder))).map((result) => [result.path.split('/').at(-1), result.document!.id]));
  expect(byFile).toEqual({
    'a.txt': 'ludvika-2021-policy',
    'b.txt': 'ludvika-strategi',
    'c.txt': 'ludvika-vanorter',
    'd.txt': 'ludvika-ks-2019-114',
    'e.txt': 'hylte',
  });
});

test('ids do not change when the files are reordered or renamed', async () => {
  const folder = contentFolder(sameYear);
  const paths = await listDocumentFiles(folder);
  const expected = await idsByContent(paths);
  expect(await idsByContent([...paths].reverse())).toEqual(expected);
  expect(await idsByContent([paths[2]!, paths[0]!, paths[4]!, paths[1]!, paths[3]!])).toEqual(expected);
  const names = ['zeta.txt', 'alfa.txt', 'Ö-sist.txt', '001.txt', 'mitt.txt'];
  paths.forEach((path, index) => {
    renameSync(path, join(folder, names[index]!));
  });
  expect(await idsByContent(await listDocumentFiles(folder))).toEqual(expected);
});

test('documents that differ in nothing an id can hold are told apart by their content, in any order', async () => {
  const folder = contentFolder({
    'x.txt': policyText('Ludvika', 'Internationell policy för Ludvika kommun', '2021-03-01'),
    'y.txt': `${policyText('Ludvika', 'Internationell policy för Ludvika kommun', '2021-03-01')}\nEn rad till.\n`,
  });
  const paths = await listDocumentFiles(folder);
  const ids = await idsByContent(paths);
  expect(Object.values(ids).every((id) => /^ludvika-[0-9a-f]{8}$/u.test(id))).toBe(true);
  expect(new Set(Object.values(ids)).size).toBe(2);
  expect(await idsByContent([...paths].reverse())).toEqual(ids);
});
