/** The built site publishes what the parser produces, and a page per document shows all of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { decodeDocument } from '../../src/parser/decode.ts';
import { policyDocumentSchema, type PolicyDocument } from '../../src/schema/policy-document.ts';
import { listDocumentFiles, parseFiles, readSourceFacts } from '../../src/loaders/parse-files.ts';
import { CONTENT, SEEDS, type SeedName } from '../support/parse.ts';

const DIST = process.env.DIST_DIR || join(import.meta.dirname, '..', '..', 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const published = () => (JSON.parse(read('data/documents.json')) as unknown[]).map((document) => policyDocumentSchema.parse(document));

test('/data/documents.json holds the five documents, valid, in Swedish order of municipality', () => {
  expect(published().map((document) => document.id)).toEqual(['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']);
});

const parsedContent = async () => parseFiles(await listDocumentFiles(CONTENT), await readSourceFacts(CONTENT));

test.each(Object.keys(SEEDS) as SeedName[])('%s: published data equals what the parser gives', async (name) => {
  const parsed = (await parsedContent()).find((result) => result.document?.id === name)!.document!;
  const document = published().find((candidate) => candidate.id === name)!;
  const withoutFile = ({ source, diagnostics, ...rest }: PolicyDocument) => ({ ...rest, sha256: source.sha256, diagnostics: diagnostics.length });
  expect(withoutFile(document)).toEqual(withoutFile(parsed));
});

test.each(Object.keys(SEEDS) as SeedName[])('%s: the page shows every section with its anchor, category and source lines', (name) => {
  const document = published().find((candidate) => candidate.id === name)!;
  const html = read(`dokument/${name}/index.html`);
  expect(html).toMatch(/<html lang="sv"/u);
  expect(html.match(/<h1[\s>]/gu)).toHaveLength(1);
  for (const section of document.sections) {
    expect(html).toContain(`id="${section.id}"`);
    expect(html).toContain(`href="#${section.id}"`);
    const lines =
      section.source.startLine === section.source.endLine ? `rad ${section.source.startLine}` : `rad ${section.source.startLine}–${section.source.endLine}`;
    expect(html).toContain(`Källa: ${lines}`);
  }
  const firstSentence = document.sections.find((section) => section.category === 'responsibility')!.text.split('\n')[0]!;
  const escaped = firstSentence.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
  expect(html.replace(/<[^>]+>/gu, '')).toContain(escaped.slice(0, 60));
});

test.each(Object.keys(SEEDS) as SeedName[])('%s: the verbatim source text is published unchanged', (name) => {
  const decoded = decodeDocument(new Uint8Array(readFileSync(join(CONTENT, SEEDS[name]))));
  expect(decoded.ok && read(`dokument/${name}/kalla.txt`)).toBe(decoded.ok && decoded.text);
});
