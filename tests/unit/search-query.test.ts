/** Words and queries for search: folding, tokenising with offsets, and how a query is read. */
import { describe, expect, test } from 'vitest';
import { MAX_CLAUSES, MAX_QUERY_LENGTH, parseQuery } from '../../src/features/search/worker/query.ts';
import { fold, lowerForm, tokenise, wellFormed } from '../../src/features/search/text.ts';

describe('words', () => {
  test('folding drops Swedish diacritics for matching only', () => {
    expect(fold('vänort')).toBe('vanort');
    expect(fold('åäöé')).toBe('aaoe');
    expect(fold('kommunstyrelsen')).toBe('kommunstyrelsen');
    expect(fold('øæß')).toBe('oaess');
  });

  test('tokens keep the original offsets, so the text shown is never the folded one', () => {
    const text = 'Vänortsavtal, EU-projekt och Tyresö!';
    const tokens = tokenise(text);
    expect(tokens.map((token) => [token.form, token.key])).toEqual([
      ['vänortsavtal', 'vanortsavtal'],
      ['eu', 'eu'],
      ['projekt', 'projekt'],
      ['och', 'och'],
      ['tyresö', 'tyreso'],
    ]);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Vänortsavtal', 'EU', 'projekt', 'och', 'Tyresö']);
  });

  test('NFD text, soft hyphens and zero-width spaces inside words give the same word', () => {
    const [nfd] = tokenise('va\u0308nort');
    expect(nfd).toMatchObject({ form: 'vänort', key: 'vanort', start: 0, end: 7 });
    expect(tokenise('vän\u00ADort')[0]!.form).toBe('vänort');
    expect(tokenise('vän\u200Bort')[0]!.form).toBe('vänort');
    expect(tokenise('\u0308 \u00AD')).toEqual([]);
    expect(lowerForm('ÅÄÖ')).toBe('åäö');
  });

  test('lone surrogates become U+FFFD; pairs (emoji) are kept', () => {
    expect(wellFormed('a\uD800b\uDFFFc')).toBe('a\uFFFDb\uFFFDc');
    expect(wellFormed('🇸🇪 😀')).toBe('🇸🇪 😀');
  });
});

describe('queries', () => {
  const shape = (input: string) => parseQuery(input).clauses.map((clause) => [clause.kind, clause.words.map((word) => word.form).join(' '), clause.openEnd]);

  test('plain words are terms; all must match', () => {
    expect(shape('kommunfullmäktige  vänort')).toEqual([
      ['term', 'kommunfullmäktige', false],
      ['term', 'vänort', false],
    ]);
  });

  test('quoted text is a phrase; an unclosed quote (still typing) lets the last word be a prefix', () => {
    expect(shape('"ta emot internationella besök"')).toEqual([['phrase', 'ta emot internationella besök', false]]);
    expect(shape('”beslutar om” vänort')).toEqual([
      ['phrase', 'beslutar om', false],
      ['term', 'vänort', false],
    ]);
    expect(shape('"ta emot int')).toEqual([['phrase', 'ta emot int', true]]);
  });

  test('hyphenated and colon words are compounds whose parts stand together', () => {
    expect(shape('EU-projekt EU:s')).toEqual([
      ['compound', 'eu projekt', true],
      ['compound', 'eu s', true],
    ]);
    expect(parseQuery('(EU-projekt)').clauses[0]!.text).toBe('EU-projekt');
  });

  test('punctuation alone, empty and blank queries have no clauses', () => {
    for (const input of ['', '   ', '.*+?()[]{}|\\^$', '""', '— – …']) expect(parseQuery(input).clauses, input).toEqual([]);
  });

  test('repeated words count once; very long queries are cut, and say so', () => {
    expect(shape('vänort vänort VÄNORT')).toEqual([['term', 'vänort', false]]);
    const long = parseQuery('vänort '.repeat(200));
    expect(long.truncated).toBe(true);
    const many = parseQuery(Array.from({ length: 30 }, (_, index) => `ord${index}`).join(' '));
    expect(many.clauses).toHaveLength(MAX_CLAUSES);
    expect(many.truncated).toBe(true);
    expect(parseQuery('x'.repeat(MAX_QUERY_LENGTH + 1)).truncated).toBe(true);
  });

  test('markup is just words', () => {
    expect(shape('<img src=x onerror=alert(1)>').map(([, words]) => words)).toEqual(['img', 'src x', 'onerror alert 1']);
  });
});
