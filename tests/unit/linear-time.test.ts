/**
 * The parser takes linear time on any input (issue 11): shapes that once made it hang (a long run
 * of punctuation, `<` and a long run of spaces, HTML tables) and what a reader sees of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { parseLossless } from '../support/parse.ts';
import { parsePolicyDocument } from '../../src/parser/parse-document.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'linear');
const OPENING = 'Policy för internationellt arbete i Exempelby kommun\n\nSyfte\n\n';

/** The best of two parse times: a loaded machine slows a run down, never speeds it up. */
async function parseTime(text: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    await parsePolicyDocument(text, { path: 'generated.txt' });
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

describe('HTML and angle brackets: text as written, cells kept apart', () => {
  const text = readFileSync(join(FIXTURES, 'html-table-and-placeholders.txt'), 'utf8');

  test('angle brackets that are no HTML tag stay text exactly as written', async () => {
    const document = await parseLossless(text);
    const all = document.sections.map((section) => section.text).join('\n');
    expect(all).toContain('Policyn gäller för <förvaltning> och ska fyllas i av <namn> senast < 5 år efter beslut, om a<b gäller.');
  });

  test('table cells and line breaks never glue words together, and a row gives a responsibility', async () => {
    const document = await parseLossless(text);
    const all = document.sections.map((section) => section.text).join('\n');
    expect(all).toContain('Kommunstyrelsen ansvarar för samordningen av det internationella arbetet');
    expect(all).toContain('arbetet. Kontaktpersonen rapporterar');
    expect(all).not.toMatch(/<\/?(?:table|tr|td|th|br)>/u);
    expect(document.responsibilities.map((responsibility) => responsibility.actor.label)).toContain('Kommunstyrelsen');
    expect(document.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'html-tag').map((diagnostic) => diagnostic.line)).toEqual([11, 13]);
  });
});

describe('shapes that once hung the parser finish fast', () => {
  test.each([
    ['`<` and a million spaces', `${OPENING}<${' '.repeat(1_000_000)}x\n`],
    ['a line of a million dots', `${OPENING}${'.'.repeat(1_000_000)}\n`],
    ['dot leaders a megabyte long', `${OPENING}Syfte ${'.'.repeat(1_000_000)} 3\n`],
    ['a megabyte of `!`', `${OPENING}${'!'.repeat(1_000_000)}\n`],
  ])('%s', async (_, text) => {
    expect(await parseTime(text)).toBeLessThan(4000);
  });

  test('the `<` and spaces line keeps its text', async () => {
    const document = await parseLossless(`${OPENING}<${' '.repeat(1000)}x\n`);
    expect(document.sections.at(-1)!.text).toBe('< x');
  });
});
