/**
 * The real-world excerpts and their gold: parse each excerpt and score it. Shared by `npm run eval`
 * and the test that holds the parser to its targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicyDocument } from '../../src/parser/parse-document.ts';
import { scoreFile, type FileScore, type Gold } from './score.ts';

export const REAL_WORLD = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'real-world');

export function readGold(): Gold {
  return JSON.parse(readFileSync(join(REAL_WORLD, 'gold.json'), 'utf8')) as Gold;
}

/** Every excerpt with gold, parsed and scored, in the gold's order. */
export async function loadRealWorld(read: (name: string) => Promise<Uint8Array>): Promise<FileScore[]> {
  const gold = readGold();
  const scores: FileScore[] = [];
  for (const [name, annotation] of Object.entries(gold.files)) {
    const { document, file } = await parsePolicyDocument(await read(name), { path: `tests/fixtures/real-world/${name}` });
    if (!document) throw new Error(`${name} did not parse: ${file.messages.map(String).join('; ')}`);
    scores.push(scoreFile(name, annotation, document));
  }
  return scores;
}
