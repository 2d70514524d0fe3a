/** The search's state in the address, its messages, and its advice when nothing is found. */
import { describe, expect, test } from 'vitest';
import { adviseEmpty } from '../../src/features/search/worker/advice.ts';
import { hitCount, statusText } from '../../src/features/search/messages.ts';
import type { SearchOutcome } from '../../src/features/search/worker/searcher.ts';
import { parseQuery } from '../../src/features/search/worker/query.ts';
import { themeLexicon } from '../../src/features/search/worker/theme-lexicon.ts';
import { readSearchState, writeSearchState } from '../../src/features/search/page/url-state.ts';

describe('address', () => {
  test('reads the query and comma-separated filters', () => {
    expect(readSearchState('?q=v%C3%A4nort+avtal&kommun=hylte,tyreso&k=ansvar')).toEqual({
      query: 'vänort avtal',
      municipalities: ['hylte', 'tyreso'],
      categories: ['ansvar'],
      parts: [],
      group: false,
    });
    expect(readSearchState('?q=vanort&del=styrdokument&grupp=kommun')).toEqual({
      query: 'vanort',
      municipalities: [],
      categories: [],
      parts: ['styrdokument'],
      group: true,
    });
    expect(readSearchState('?grupp=lan').group).toBe(false);
  });

  test('also reads repeated parameters (a plain form submission), drops junk and duplicates', () => {
    expect(readSearchState('kommun=hylte&kommun=tyreso,hylte&k=ANSVAR&k=<script>&k=')).toEqual({
      query: '',
      municipalities: ['hylte', 'tyreso'],
      categories: ['ansvar'],
      parts: [],
      group: false,
    });
    expect(readSearchState('?q=%E0%A4%A')).toMatchObject({ query: expect.any(String) });
  });

  test('writes a short, readable address, and nothing when there is nothing to keep', () => {
    const none = { municipalities: [], categories: [], parts: [], group: false };
    expect(writeSearchState({ ...none, query: 'vänort avtal', municipalities: ['hylte', 'tyreso'], categories: ['ansvar'] })).toBe(
      '?q=v%C3%A4nort+avtal&kommun=hylte,tyreso&k=ansvar',
    );
    expect(writeSearchState({ ...none, query: '' })).toBe('');
    expect(writeSearchState({ ...none, query: '', categories: ['mal'] })).toBe('?k=mal');
    expect(writeSearchState({ ...none, query: 'vänort', parts: ['styrdokument'], group: true })).toBe('?q=v%C3%A4nort&del=styrdokument&grupp=kommun');
  });

  test('round-trips any query, lone surrogates included', () => {
    for (const query of ['"ta emot" EU-projekt', '.*+?()[]{}|\\^$ & = #', '<img src=x onerror=alert(1)>', '😀 vänort', 'a\uD800b']) {
      const state = { query, municipalities: ['hylte'], categories: [], parts: [], group: false };
      expect(readSearchState(writeSearchState(state)).query).toBe(query.toWellFormed());
    }
  });
});

describe('messages', () => {
  test('counts in Swedish', () => {
    expect(hitCount(0)).toBe('Inga träffar');
    expect(hitCount(1)).toBe('1 träff');
    expect(hitCount(1234)).toBe('1\u00a0234 träffar');
  });

  test('the status sentence says when filters hide hits', () => {
    expect(statusText({ query: 'vänort', shown: 21, total: 21, filtered: false })).toBe('21 träffar för ”vänort”.');
    expect(statusText({ query: 'vänort', shown: 2, total: 21, filtered: true })).toBe('2 träffar för ”vänort” med valda filter (21 träffar utan filter).');
  });
});

describe('advice when nothing is found', () => {
  const outcome = (query: string, counts: number[]): SearchOutcome => {
    const parsed = parseQuery(query);
    return {
      query: parsed,
      hits: [],
      themes: [],
      excludedCount: 0,
      clauses: parsed.clauses.map((clause, index) => ({ clause, keys: [], corrections: [], sectionCount: counts[index] ?? 0 })),
    };
  };
  const searcher = { suggest: (word: string) => (word === 'vxnort' ? ['vänort'] : []), theme: () => undefined, lexicon: themeLexicon() };

  test('filters that hide hits come first, with a way to clear them', () => {
    const [first] = adviseEmpty(searcher, outcome('vänort', [5]), 'vänort', true, 5);
    expect(first).toEqual({ text: 'Utan filtren finns 5 träffar.', actions: [{ label: 'Rensa filtren', clearFilters: true }] });
  });

  test('a word that occurs nowhere gets a close word, as a new search', () => {
    const advice = adviseEmpty(searcher, outcome('vxnort avtal', [0, 3]), 'vxnort avtal', false, 0);
    expect(advice[0]).toEqual({
      text: 'Ordet ”vxnort” finns inte i dokumenten. Menade du ”vänort”?',
      actions: [{ label: 'Sök på vänort', query: 'vänort avtal' }],
    });
  });

  test('words that exist but never together: fewer words; a phrase: drop the quotes', () => {
    expect(adviseEmpty(searcher, outcome('vänort budget', [3, 4]), 'vänort budget', false, 0).map((item) => item.text)).toContain(
      'Orden finns, men inte alla i samma avsnitt. Sök på färre ord, eller skriv ELLER mellan dem.',
    );
    expect(adviseEmpty(searcher, outcome('"om vänort"', [0]), '"om vänort"', false, 0)[0]!.text).toMatch(/Ta bort citattecknen/u);
    expect(adviseEmpty(searcher, outcome('x', [0]), 'x', false, 0).at(-2)!.text).toMatch(/Kontrollera stavningen/u);
  });
});
