/**
 * Properties that must hold for any input: parsing never throws, always ends, and never loses a
 * non-blank line (every one is in a section or recorded as removed).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePolicyDocument } from '../../src/parser/parse-document.ts';
import { lostLines, SEEDS, seedBytes, type SeedName } from '../support/parse.ts';

/** Lines made of the things real documents are made of: headings, bullets, numbers, noise, HTML, Markdown. */
const realisticLine = fc.oneof(
  fc.constantFrom(
    'Syfte',
    'Mål',
    'Ansvar',
    'Uppföljning',
    'Innehåll',
    'Läs mer',
    'Transkript',
    '2 (7)',
    'Sida: 3',
    '',
    '',
    '- ',
    '•',
    '#',
    '## **2.1 Barn**',
    '<b>1</b>\tInriktning .....\t3',
    '*Kommunfullmäktige* - Fastställer',
    'Tfn: E-post:',
    'XXX-XX-XX',
    'Dnr 2020/1',
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.string({ maxLength: 60 })).map(([page, text]) => `${page} ${text} ${page}`),
  fc.tuple(fc.constantFrom('- ', '* ', '1. ', '# ', '', '\t'), fc.lorem({ maxCount: 12 })).map(([marker, text]) => marker + text),
);
const realisticDocument = fc.array(realisticLine, { maxLength: 60 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

async function check(text: string): Promise<void> {
  const { document, file } = await parsePolicyDocument(text, { path: 'property.txt' });
  if (document === null) {
    expect(file.messages.some((message) => message.fatal === true)).toBe(true);
    return;
  }
  expect(lostLines(text, document)).toEqual([]);
}

describe('any text', () => {
  test('never throws and never loses a line (realistic lines)', async () => {
    await fc.assert(fc.asyncProperty(realisticDocument, check), { numRuns: 300 });
  });

  test('never throws and never loses a line (arbitrary strings)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), check), { numRuns: 300 });
  });

  test('arbitrary bytes never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const { document, file } = await parsePolicyDocument(bytes, { path: 'bytes.txt' });
        expect(document !== null || file.messages.some((message) => message.fatal === true)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe.each(Object.keys(SEEDS) as SeedName[])('mutated %s', (name) => {
  const lines = new TextDecoder().decode(seedBytes(name)).split('\n');
  test('deleting, duplicating, swapping and joining lines never throws or loses a line', async () => {
    const mutation = fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'join', 'blank'), fc.nat(), fc.nat()), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(mutation, async (steps) => {
        const mutated = [...lines];
        for (const [kind, a, b] of steps) {
          if (mutated.length < 2) break;
          const i = a % mutated.length;
          const j = b % mutated.length;
          if (kind === 'delete') mutated.splice(i, 1);
          if (kind === 'duplicate') mutated.splice(i, 0, mutated[i]!);
          if (kind === 'swap') [mutated[i], mutated[j]] = [mutated[j]!, mutated[i]!];
          if (kind === 'join') mutated.splice(i, 2, `${mutated[i]} ${mutated[i + 1] ?? ''}`);
          if (kind === 'blank') mutated.splice(i, 0, '');
        }
        await check(mutated.join('\n'));
      }),
      { numRuns: 40 },
    );
  });
});
