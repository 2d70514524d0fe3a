/** How old a document is: the decision's year, else the year of its case number; old after eight years. */
import { describe, expect, test } from 'vitest';
import { documentAge, documentYear, OLD_AFTER_YEARS } from '../../src/lib/document-age.ts';
import { parseSeed } from '../support/parse.ts';

const fake = (date: string | null, referenceNumbers: string[], replaces: string | null = null) =>
  ({ adopted: { date, by: null, text: null }, metadata: { referenceNumbers, replaces } }) as unknown as Parameters<typeof documentYear>[0];

describe('the year a document is from', () => {
  test('the decision date first', () => {
    expect(documentYear(fake('2020-03-19', ['Dnr 2018/12']))).toEqual({ year: 2020, basis: 'decision', caseNumber: null });
  });

  test.each([
    ['Dnr 2001/152', 2001],
    ['KSKF/2020:402', 2020],
    ['KS 2015.123', 2015],
    ['Dnr Kst 2000/157', 2000],
  ])('a case number: %s → %i', (reference, year) => {
    expect(documentYear(fake(null, [reference]))?.year).toBe(year);
  });

  test('the latest of several case numbers; a number without a year, a paragraph or a replaced document does not count', () => {
    expect(documentYear(fake(null, ['Dnr 2001/152', 'Dnr Kst 2000/157', 'Ks 37/010312']))?.year).toBe(2001);
    expect(documentYear(fake(null, ['§ 58', 'Ks 37/010312']))).toBeNull();
    expect(documentYear(fake(null, ['KSKF/2009:395'], 'Riktlinje för internationellt arbete KSKF/2009:395'))).toBeNull();
  });

  test('old after eight years, said in words', () => {
    expect(documentAge(fake(null, ['Dnr 2001/152']), 2026)).toMatchObject({
      years: 25,
      old: true,
      text: 'Från 2001, 25 år sedan (enligt diarienumret 2001/152)',
    });
    expect(documentAge(fake('2020-03-19', []), 2026)).toMatchObject({ years: 6, old: false, text: 'Från 2020, 6 år sedan' });
    expect(documentAge(fake('2018-01-01', []), 2018 + OLD_AFTER_YEARS)?.old).toBe(false);
    expect(documentAge(fake('2018-01-01', []), 2018 + OLD_AFTER_YEARS + 1)?.old).toBe(true);
  });

  test('on the seeds: Järfälla from 2001 by its case number, Eskilstuna 2020 (not the 2009 of the guideline it replaces)', async () => {
    expect(documentYear(await parseSeed('jarfalla'))).toMatchObject({ year: 2001, basis: 'case-number' });
    expect(documentYear(await parseSeed('eskilstuna'))).toMatchObject({ year: 2020, basis: 'case-number', caseNumber: 'KSKF/2020:402' });
    expect(documentYear(await parseSeed('eksjo'))).toMatchObject({ year: 2020, basis: 'decision' });
    expect(documentYear(await parseSeed('tyreso'))).toBeNull();
  });
});
