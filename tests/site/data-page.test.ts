/** /data/ and its CSV files as built: BOM, `;`, CRLF, the same counts as documents.json, and a page that describes them truly. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unguardFormula } from '../../src/features/data/encode.ts';
import { parseCsv } from '../../src/features/data/parse.ts';
import { policyDocumentSchema, type PolicyDocument } from '../../src/schema/policy-document.ts';
import { DIST, useBrowser } from '../support/browser.ts';

const bytes = (path: string) => readFileSync(join(DIST, path));
const published = (): PolicyDocument[] =>
  (JSON.parse(bytes('data/documents.json').toString('utf8')) as unknown[]).map((document) => policyDocumentSchema.parse(document));
const csv = (name: string) => parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(`data/${name}`)));
const open = useBrowser();

describe.each(['sections.csv', 'responsibilities.csv'])('%s', (name) => {
  test('exists, starts with a UTF-8 BOM, separates with ";" and ends every record with CRLF', () => {
    const file = bytes(`data/${name}`);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFdokument_id;kommun;/u);
    expect(text.endsWith('\r\n')).toBe(true);
    // Every record has the header's number of fields (a stray ";" or quote would shift them).
    const [header, ...records] = csv(name);
    for (const record of records) expect(record).toHaveLength(header!.length);
  });
});

test('sections.csv parses back to the sections of documents.json, text exact', () => {
  const [header, ...records] = csv('sections.csv');
  const sections = published().flatMap((document) => document.sections.map((section) => ({ document, section })));
  expect(records).toHaveLength(sections.length);
  const column = (record: string[], name: string) => unguardFormula(record[header!.indexOf(name)]!);
  for (const [index, { document, section }] of sections.entries()) {
    expect(column(records[index]!, 'dokument_id')).toBe(document.id);
    expect(column(records[index]!, 'kommun')).toBe(document.municipality);
    expect(column(records[index]!, 'text')).toBe(section.text);
  }
});

test('responsibilities.csv parses back to the responsibilities of documents.json', () => {
  const [header, ...records] = csv('responsibilities.csv');
  const all = published().flatMap((document) => document.responsibilities.map((responsibility) => ({ document, responsibility })));
  expect(records).toHaveLength(all.length);
  for (const [index, { document, responsibility }] of all.entries()) {
    expect(unguardFormula(records[index]![header!.indexOf('uppgift')]!)).toBe(responsibility.duty);
    expect(records[index]![header!.indexOf('permalank')]).toBe(`/dokument/${document.id}/#${responsibility.sectionId}`);
  }
});

describe('/data/', () => {
  test('states each file’s true size and row count, and links to it', async () => {
    const { page } = await open('/data/', { javaScriptEnabled: false });
    const documents = published();
    const expected: Record<string, number> = {
      'documents.json': documents.length,
      'sections.csv': documents.reduce((sum, document) => sum + document.sections.length, 0),
      'responsibilities.csv': documents.reduce((sum, document) => sum + document.responsibilities.length, 0),
    };
    for (const [name, rows] of Object.entries(expected)) {
      const row = page.locator(`table tr[data-file="${name}"]`);
      expect(Number(await row.locator('td[data-rows]').getAttribute('data-rows'))).toBe(rows);
      expect(Number(await row.locator('td[data-bytes]').getAttribute('data-bytes'))).toBe(statSync(join(DIST, 'data', name)).size);
      expect(await row.locator(`a[href="/data/${name}"]`).count()).toBe(1);
      expect(await row.innerText()).toMatch(/\d+(,\d)? kB|\d+ byte|MB/u);
    }
  });

  test('describes every column of each CSV file, in the file’s order', async () => {
    const { page } = await open('/data/', { javaScriptEnabled: false });
    for (const name of ['sections.csv', 'responsibilities.csv']) {
      const described = await page.locator(`#${name.replace('.', '-')} tbody th code`).allInnerTexts();
      expect(described).toEqual(csv(name)[0]);
    }
  });

  test('explains the formula guard and the licence', async () => {
    const { page } = await open('/data/', { width: 390, javaScriptEnabled: false });
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/apostrof/u);
    expect(text).toMatch(/= ?, \+ ?, - eller @|=, \+, - eller @/u);
    expect(text).toContain('allmänna handlingar');
    expect(text).toContain('UTF-8 med BOM');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
