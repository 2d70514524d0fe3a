/**
 * `sources.json` is checked as a whole: each problem is one Swedish message naming `sources.json`,
 * the entry and what is wrong, without a stack trace, and stops the build (`npm run parse` exits 1);
 * an entry for a file that is not there only warns.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { parseContentFolder, readSourceFacts } from '../../src/loaders/parse-files.ts';
import { contentFolder, policyText } from '../support/content-folder.ts';

const hylte = policyText('Hylte', 'Internationell policy för Hylte kommun', '2020-03-19');
const withSources = (sources: string) => contentFolder({ 'hylte.txt': hylte, 'sources.json': sources });

/** The messages on `sources.json`, as `severity rule: reason`. */
async function sourcesMessages(sources: string): Promise<string[]> {
  const results = await parseContentFolder(withSources(sources));
  const file = results.find((result) => result.path.endsWith('/sources.json'))?.file;
  return (file?.messages ?? []).map((message) => `${message.fatal ? 'error' : 'warning'} ${message.ruleId}: ${message.reason}`);
}

test('a right sources.json gives its facts and no message', async () => {
  const folder = withSources(
    JSON.stringify({ _note: 'x', documents: { 'hylte.txt': { url: 'https://hylte.se/policy.pdf', retrieved: '2024-05-01', origin: 'Kommunens webbplats' } } }),
  );
  const [hylteResult] = await parseContentFolder(folder);
  expect(hylteResult!.document!.metadata).toMatchObject({ sourceUrl: 'https://hylte.se/policy.pdf', retrieved: '2024-05-01', origin: 'Kommunens webbplats' });
  expect((await parseContentFolder(folder)).length).toBe(1);
});

test.each([
  [
    'a bare string instead of an entry',
    '{"documents": {"hylte.txt": "https://hylte.se"}}',
    'error sources-invalid-entry: Posten ”hylte.txt” ska vara ett objekt med fälten url, retrieved och origin.',
  ],
  [
    'a wrong type',
    '{"documents": {"hylte.txt": {"retrieved": 2024}}}',
    'error sources-invalid-entry: Posten ”hylte.txt”, fältet ”retrieved”, ska vara ett datum skrivet ÅÅÅÅ-MM-DD, eller null.',
  ],
  [
    'an address that is not a web address',
    '{"documents": {"hylte.txt": {"url": "javascript:alert(1)"}}}',
    'error sources-invalid-entry: Posten ”hylte.txt”, fältet ”url”, ska vara en webbadress som börjar med http:// eller https://, eller null.',
  ],
  [
    'an unknown key in an entry',
    '{"documents": {"hylte.txt": {"adress": "https://hylte.se"}}}',
    'error sources-invalid-entry: Posten ”hylte.txt” har en okänd nyckel: ”adress”; tillåtna är url, retrieved och origin.',
  ],
  [
    'an unknown key at the top',
    '{"documents": {}, "dokument": {}}',
    'error sources-invalid-entry: Filen har en okänd nyckel: ”dokument”; tillåtna är _note och documents.',
  ],
  ['no documents', '[]', 'error sources-invalid-entry: Filen ska vara ett objekt med fältet documents.'],
  [
    'an entry for a file that is not there',
    '{"documents": {"hylte.txt": {}, "borttagen.txt": {"origin": "x"}}}',
    'warning sources-entry-without-file: Posten ”borttagen.txt” gäller en fil som inte finns bland dokumenten; uppgifterna används inte.',
  ],
])('%s: one message naming the entry and the problem', async (_, sources, message) => {
  expect(await sourcesMessages(sources)).toEqual([message]);
});

test('bad JSON: one message naming sources.json, where it breaks, and what the JSON reader said', async () => {
  const results = await parseContentFolder(withSources('{"documents": {\n  "hylte.txt": {"origin": "x",}\n}}'));
  const messages = results.find((result) => result.path.endsWith('/sources.json'))!.file.messages;
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ fatal: true, ruleId: 'sources-invalid-json', line: 2, column: 31 });
  expect(messages[0]!.reason).toMatch(/^Filen är inte giltig JSON \(JSON\.parse: ”.+”\)\.$/u);
});

test('two entries that are one name in NFC and NFD are refused', async () => {
  expect(await sourcesMessages('{"documents": {"hylte.txt": {}, "gävle.txt": {}, "ga\\u0308vle.txt": {}}}')).toContain(
    'error sources-duplicate-entry: Posterna ”gävle.txt” och ”gävle.txt” gäller samma fil (namnen skiljer sig bara i hur tecknen är sammansatta, NFC/NFD).',
  );
});

test('npm run parse on the folder: exit 1, the message names sources.json and the entry, no stack trace; the documents are still parsed', () => {
  const folder = withSources('{"documents": {"hylte.txt": "https://hylte.se"}}');
  const result = spawnSync(process.execPath, ['scripts/parse.ts', folder], { encoding: 'utf8', env: { ...process.env, INIT_CWD: process.cwd() } });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(
    /sources\.json\n\s+error\s+Posten ”hylte\.txt” ska vara ett objekt med fälten url, retrieved och origin\.\s+sources-invalid-entry/u,
  );
  expect(result.stderr).not.toMatch(/^\s+at /mu);
  expect((JSON.parse(result.stdout) as { id: string }[]).map((document) => document.id)).toEqual(['hylte']);
});

test('readSourceFacts throws one line per problem, naming sources.json', async () => {
  await expect(readSourceFacts(withSources('{"documents": {"hylte.txt": {"url": 5}}}'))).rejects.toThrow(
    /sources\.json: Posten ”hylte\.txt”, fältet ”url”, ska vara en webbadress/u,
  );
});
