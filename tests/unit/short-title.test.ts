/**
 * A document's title where space is short (column heads, links to other documents, lists): whole
 * when it fits, else cut at a word boundary with "…", never inside a letter.
 */
import { describe, expect, test } from 'vitest';
import { SHORT_TITLE_LETTERS, shortTitle } from '../../src/lib/format.ts';

describe('shortTitle', () => {
  test('a title that fits is kept whole and not marked', () => {
    expect(shortTitle('Riktlinjer för internationellt arbete')).toEqual({ text: 'Riktlinjer för internationellt arbete', shortened: false });
  });

  test('a long title is cut at the last word before the limit, ends with …, and says it was cut', () => {
    const title = `Riktlinjer för kommunens internationella arbete med ${'vänorter, nätverk och utbyten '.repeat(10)}under åren som kommer`;
    const short = shortTitle(title);
    expect(short.shortened).toBe(true);
    expect(short.text.endsWith(' …')).toBe(true);
    const kept = short.text.slice(0, -2);
    expect(title.startsWith(kept)).toBe(true);
    expect(Array.from(kept).length).toBeLessThanOrEqual(SHORT_TITLE_LETTERS);
    // Cut between words: the next letter of the whole title is a space or punctuation.
    expect(title.slice(kept.length)).toMatch(/^[\s,]/u);
  });

  test('a word longer than the limit is cut at the limit, and a letter outside the BMP is never split', () => {
    const word = '𝔄'.repeat(500);
    const short = shortTitle(word);
    expect(short.text).toBe(`${'𝔄'.repeat(SHORT_TITLE_LETTERS)} …`);
    expect(short.text.isWellFormed()).toBe(true);
  });
});
