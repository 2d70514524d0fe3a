/** Which documents the comparison shows before a reader picks any. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_COLUMN_COUNT, defaultDocumentIds, defaultSelectionNote } from '../../src/lib/default-selection.ts';

const doc = (id: string, county: string | null, date: string | null) => ({ id, county, adopted: { date } });

describe('defaultDocumentIds', () => {
  test('with at most five documents, all of them, in the order given (the real five)', () => {
    const five = ['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso'].map((id) => doc(id, 'Stockholms län', null));
    expect(defaultDocumentIds(five)).toEqual(['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']);
    expect(defaultDocumentIds(five.slice(0, 2))).toEqual(['eksjo', 'eskilstuna']);
    expect(defaultDocumentIds([])).toEqual([]);
  });

  test('with more, the five most recently decided, newest first, at most one per county', () => {
    const documents = [
      doc('a', 'Stockholms län', '2025-01-10'),
      doc('b', 'Stockholms län', '2024-12-01'),
      doc('c', 'Skåne län', '2024-05-05'),
      doc('d', 'Hallands län', '2023-03-03'),
      doc('e', 'Skåne län', '2023-09-09'),
      doc('f', 'Uppsala län', '2019-01-01'),
      doc('g', 'Kalmar län', '2020-06-30'),
      doc('h', 'Gotlands län', null),
    ];
    expect(defaultDocumentIds(documents)).toEqual(['a', 'c', 'd', 'g', 'f']);
  });

  test('when there are fewer counties than places, the next most recent fill up, still newest first', () => {
    const documents = [
      doc('a', 'Skåne län', '2010-01-01'),
      doc('b', 'Skåne län', '2022-01-01'),
      doc('c', 'Skåne län', '2021-01-01'),
      doc('d', 'Hallands län', '2015-01-01'),
      doc('e', 'Skåne län', '2020-01-01'),
      doc('f', 'Skåne län', '2012-01-01'),
      doc('g', 'Skåne län', '2011-01-01'),
    ];
    expect(defaultDocumentIds(documents)).toEqual(['b', 'c', 'e', 'd', 'f']);
  });

  test('documents without a decision date come last; ties keep the order given; an unknown county limits nothing', () => {
    const documents = [
      doc('x', null, null),
      doc('y', null, '2020-01-01'),
      doc('z', null, '2020-01-01'),
      doc('u', 'Skåne län', null),
      doc('v', 'Skåne län', null),
      doc('w', 'Hallands län', null),
    ];
    expect(defaultDocumentIds(documents)).toEqual(['y', 'z', 'x', 'u', 'w']);
  });

  test('the number of columns can be chosen', () => {
    const documents = ['a', 'b', 'c', 'd'].map((id, index) => doc(id, `${id} län`, `200${index}-01-01`));
    expect(defaultDocumentIds(documents, 2)).toEqual(['d', 'c']);
    expect(DEFAULT_COLUMN_COUNT).toBe(5);
  });
});

describe('defaultSelectionNote', () => {
  test('says what is shown and why, in words', () => {
    expect(defaultSelectionNote(5)).toBe('Alla 5 dokument visas.');
    expect(defaultSelectionNote(300)).toBe('Utan eget urval visas de fem senast beslutade dokumenten, högst ett per län, det nyaste först.');
  });
});
