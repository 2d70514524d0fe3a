/**
 * The parser reads `*emphasis*` and `**strong**` with its own linear-time code
 * (`src/parser/tree/emphasis.ts`): on any line it gives what CommonMark's reference parser for the
 * unified ecosystem, micromark, gives with every other construct switched off, and a line of
 * thousands of delimiter runs no longer costs seconds.
 */
import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Extension } from 'micromark-util-types';
import { describe, expect, test } from 'vitest';
import { parseEmphasis } from '../../src/parser/tree/emphasis.ts';
import { cpuMilliseconds } from '../support/cpu-time.ts';
import { MOST_EMPHASIS_RUNS, parseInline } from '../../src/parser/tree/dialect.ts';

/** micromark with only emphasis, strong and text left on: the reference. */
const onlyEmphasis: Extension = {
  disable: {
    null: [
      'blockQuote',
      'codeFenced',
      'codeIndented',
      'definition',
      'headingAtx',
      'htmlFlow',
      'list',
      'setextUnderline',
      'thematicBreak',
      'autolink',
      'characterEscape',
      'characterReference',
      'codeText',
      'hardBreakEscape',
      'hardBreakTrailing',
      'htmlText',
      'labelStartImage',
      'labelStartLink',
      'labelEnd',
    ],
  },
};

function reference(line: string): PhrasingContent[] {
  const paragraph = fromMarkdown(line, { extensions: [onlyEmphasis] }).children[0];
  return paragraph?.type === 'paragraph' ? withoutPositions(paragraph.children) : [];
}

function withoutPositions(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node) => {
    const { position: _, ...rest } = node as PhrasingContent & { position?: unknown };
    return ('children' in rest ? { ...rest, children: withoutPositions(rest.children as PhrasingContent[]) } : rest) as PhrasingContent;
  });
}

/** Lines dense in what decides emphasis: both markers, runs of one to four, spaces, punctuation, letters. */
const denseLine = fc
  .array(fc.constantFrom('*', '**', '***', '****', '_', '__', '___', 'a', 'ö', ' ', '.', ',', '(', ')', '"', '-', '§', '😀', '\t', 'mål'), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('emphasis as CommonMark reads it', () => {
  test.each([
    ['*viktigt*', [{ type: 'emphasis', children: [{ type: 'text', value: 'viktigt' }] }]],
    [
      'Ett **starkt** ord',
      [
        { type: 'text', value: 'Ett ' },
        { type: 'strong', children: [{ type: 'text', value: 'starkt' }] },
        { type: 'text', value: ' ord' },
      ],
    ],
    ['snake_case_namn', [{ type: 'text', value: 'snake_case_namn' }]],
    ['5 * 3 = 15', [{ type: 'text', value: '5 * 3 = 15' }]],
    // micromark reads the runs inside a pair again once the pair is made (the spec drops them): the
    // `**` and what is left of `****` then make strong. Found by the generated lines below.
    [
      '_**-****-*_',
      [
        {
          type: 'emphasis',
          children: [
            { type: 'strong', children: [{ type: 'text', value: '-' }] },
            { type: 'text', value: '*' },
            { type: 'emphasis', children: [{ type: 'text', value: '-' }] },
          ],
        },
      ],
    ],
  ])('%s', (line, expected) => {
    expect(parseInline(line)).toEqual(expected);
  });

  test('gives what micromark gives on dense generated lines', () => {
    fc.assert(
      fc.property(denseLine, (line) => {
        expect(parseEmphasis(line)).toEqual(reference(line));
      }),
      { numRuns: 5000 },
    );
  });

  test('gives what micromark gives on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (line) => {
        expect(parseEmphasis(line)).toEqual(reference(line));
      }),
      { numRuns: 2000 },
    );
  });

  test('a line of a hundred thousand delimiter runs is text as written', () => {
    const line = '*x_'.repeat(100_000);
    expect(parseInline(line)).toEqual([{ type: 'text', value: line }]);
  });

  test('lines as dense in runs as still read take time linear in their number', async () => {
    const line = '*x_ '.repeat(MOST_EMPHASIS_RUNS / 2);
    const time = (count: number) =>
      cpuMilliseconds(() => {
        for (let index = 0; index < count; index++) parseInline(line);
      });
    await time(20);
    const small = Math.min(await time(100), await time(100));
    const large = Math.min(await time(1000), await time(1000));
    // Ten times the lines: linear time is about ten times as long; the square would be a hundred.
    expect(large).toBeLessThan(small * 30 + 50);
  });
});
