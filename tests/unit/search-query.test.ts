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

describe('ELLER, minus and themes', () => {
  /** The groups as text: alternatives joined by `|`, each alternative's clauses by `+`, its themes in brackets. */
  const groups = (input: string) =>
    parseQuery(input).groups.map((group) =>
      group.alternatives
        .map((alternative) => {
          const words = alternative.clauses
            .map((index) =>
              parseQuery(input)
                .clauses[index]!.words.map((word) => word.form)
                .join(' '),
            )
            .join('+');
          return alternative.themes.length > 0 ? `${words}[${alternative.themes.join(',')}]` : words;
        })
        .join('|'),
    );
  const excluded = (input: string) => parseQuery(input).excluded.map((clause) => [clause.kind, clause.words.map((word) => word.form).join(' ')]);

  test('ELLER and OR, in capitals, join the words next to them into one group; other words still all count', () => {
    expect(groups('kommunstyrelsen ELLER nämnderna')).toEqual(['kommunstyrelsen|nämnderna']);
    expect(groups('kommunstyrelsen OR nämnderna')).toEqual(['kommunstyrelsen|nämnderna']);
    expect(groups('uppföljning kommunstyrelsen ELLER nämnderna årligen')).toEqual(['uppföljning', 'kommunstyrelsen|nämnderna', 'årligen']);
    expect(groups('a1 ELLER b2 ELLER c3')).toEqual(['a1|b2|c3']);
    expect(groups('"ta emot" ELLER representation')).toEqual(['ta emot|representation[organisation]']);
  });

  test('eller and or in lower case are words to find; ELLER with nothing on one side is left out', () => {
    expect(groups('kommunstyrelsen eller nämnderna')).toEqual(['kommunstyrelsen', 'eller', 'nämnderna']);
    expect(groups('kommunstyrelsen ELLER')).toEqual(['kommunstyrelsen']);
    expect(groups('ELLER kommunstyrelsen')).toEqual(['kommunstyrelsen']);
    expect(groups('ELLER')).toEqual([]);
    expect(parseQuery('ELLER OR').clauses).toEqual([]);
    expect(groups('"ELLER" nämnderna')).toEqual(['eller', 'nämnderna']);
  });

  test('a minus before a word or a quoted phrase excludes it; a minus inside a word does not', () => {
    expect(groups('kommunstyrelsen -avtal')).toEqual(['kommunstyrelsen']);
    expect(excluded('kommunstyrelsen -avtal')).toEqual([['term', 'avtal']]);
    expect(excluded('kommunstyrelsen −avtal')).toEqual([['term', 'avtal']]);
    expect(excluded('kommunstyrelsen -"ta emot"')).toEqual([['phrase', 'ta emot']]);
    expect(excluded('kommunstyrelsen -EU-projekt')).toEqual([['compound', 'eu projekt']]);
    expect(excluded('EU-projekt 2020-2030')).toEqual([]);
    expect(groups('kommunstyrelsen -')).toEqual(['kommunstyrelsen']);
    expect(excluded('kommunstyrelsen -')).toEqual([]);
    // Excluding only: nothing to find.
    expect(parseQuery('-avtal').clauses).toEqual([]);
    expect(parseQuery('-avtal').excluded).toHaveLength(1);
  });

  test('ELLER does not reach over an excluded word', () => {
    expect(groups('kommunstyrelsen ELLER -avtal nämnderna')).toEqual(['kommunstyrelsen', 'nämnderna']);
  });

  test('words that name a theme, its cue or its label, carry the theme; together if the cue has several words', () => {
    expect(groups('Agenda 2030')).toEqual(['agenda+2030[utvecklingssamarbete]']);
    expect(groups('globala målen')).toEqual(['globala+målen[utvecklingssamarbete]']);
    // The last word of a cue of several may be cut short in a query.
    expect(groups('globala mål')).toEqual(['globala+mål[utvecklingssamarbete]']);
    expect(groups('vänorter')).toEqual(['vänorter[vanorter]']);
    expect(groups('vanortsavtal')).toEqual(['vanortsavtal[vanorter]']);
    expect(groups('EU-projekt')).toEqual(['eu projekt[finansiering]']);
    expect(groups('icld')).toEqual(['icld[utvecklingssamarbete]']);
    expect(groups('Vänorter och partnerskap')).toEqual(['vänorter+och+partnerskap[vanorter]']);
    expect(groups('globalt utvecklingssamarbete')).toEqual(['globalt+utvecklingssamarbete[utvecklingssamarbete]']);
    // A word in two themes' cues carries both, in the taxonomy's order.
    expect(groups('Erasmus')).toEqual(['erasmus[finansiering,utbildning]']);
  });

  test('words that name no theme, quoted phrases and excluded words carry none', () => {
    expect(groups('kommunstyrelsen')).toEqual(['kommunstyrelsen']);
    expect(groups('"Agenda 2030"')).toEqual(['agenda 2030']);
    expect(groups('agenda')).toEqual(['agenda']);
    expect(groups('Sidan')).toEqual(['sidan']);
    expect(excluded('kommunstyrelsen -vänort')).toEqual([['term', 'vänort']]);
    // `medlemskap i EU` is the EU, not a network (the theme's `exclude`).
    expect(groups('medlemskap i EU')).toEqual(['medlemskap', 'i', 'eu[eu_paverkan]']);
  });

  test('themes and ELLER together: each side of ELLER keeps its theme', () => {
    expect(groups('Agenda 2030 ELLER vänort kommunstyrelsen')).toEqual(['agenda+2030[utvecklingssamarbete]|vänort[vanorter]', 'kommunstyrelsen']);
  });

  test('a clause both found and excluded counts once toward the limit; the limit covers both kinds', () => {
    const many = parseQuery(
      `${Array.from({ length: 6 }, (_, index) => `ord${index}`).join(' ')} ${Array.from({ length: 6 }, (_, index) => `-ute${index}`).join(' ')}`,
    );
    expect(many.clauses.length + many.excluded.length).toBe(MAX_CLAUSES);
    expect(many.truncated).toBe(true);
  });
});
