/**
 * The example searches on the home page and the search page, chosen at build time from the data
 * (`search/build/examples.ts`): each finds its words with the engine itself, they come from the
 * themes' words and the actors that occur, and they follow the documents.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPositionShards, buildSearchIndex } from '../../src/features/search/build/build-index.ts';
import { actorCandidates, findsWords, orExample, searchExamples, themeCandidates } from '../../src/features/search/build/examples.ts';
import { distinctTerms, themeOccurrences } from '../../src/features/search/build/theme-occurrences.ts';
import { createSearcher, type Searcher } from '../../src/features/search/worker/searcher.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { THEME_IDS } from '../../src/taxonomy/themes.ts';
import { parseSeedsInSiteOrder, parseTextOrThrow } from '../support/parse.ts';

let documents: PolicyDocument[];
let searcher: Searcher;

beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
  searcher = createSearcher(buildSearchIndex(documents), [], buildPositionShards(documents));
});

describe('example searches', () => {
  test('each example finds its words (not only through a theme), and they differ', () => {
    const examples = searchExamples(documents);
    expect(examples).toHaveLength(4);
    expect(new Set(examples.map((example) => example.toLowerCase())).size).toBe(4);
    for (const example of examples) expect(findsWords(searcher, example), example).toBe(true);
    // Theme words and actors in turn: two theme words, then an actor.
    expect(themeCandidates(documents, () => true)).toContain(examples[0]);
    expect(actorCandidates(documents)).toContain(examples[2]);
    expect(examples).toEqual(['finansiering', 'EU-frågor', 'kommunstyrelsen', 'utbildning']);
  });

  test('Agenda 2030, in no document, is no example; a word too short to show much (EU) neither', () => {
    const examples = searchExamples(documents, 10);
    expect(examples).toHaveLength(10);
    expect(examples.map((example) => example.toLowerCase())).not.toContain('agenda 2030');
    expect(examples.map((example) => example.toLowerCase())).not.toContain('eu');
  });

  test('the examples follow the data: documents that name Agenda 2030 and a board get those', async () => {
    const text = [
      'Policy för hållbar utveckling i Testköping kommun',
      '',
      '## Syfte',
      '',
      'Kommunen arbetar med Agenda 2030 och de globala målen. Agenda 2030 styr arbetet.',
      '',
      '## Ansvar',
      '',
      'Tekniska nämnden ansvarar för att följa upp Agenda 2030.',
    ].join('\n');
    const own = [await parseTextOrThrow(text)];
    const examples = searchExamples(own);
    expect(examples.length).toBeGreaterThan(0);
    expect(examples[0]!.toLowerCase()).toBe('agenda 2030');
    const ownSearcher = createSearcher(buildSearchIndex(own), [], buildPositionShards(own));
    for (const example of examples) expect(findsWords(ownSearcher, example), example).toBe(true);
  });

  test('the ELLER example joins two words of one theme, and finds at least as much as each', () => {
    const example = orExample(documents)!;
    expect(example).toMatch(/^\S+ ELLER \S+$/u);
    const [left, right] = example.split(' ELLER ');
    const either = searcher.search(example).hits.filter((hit) => !hit.theme).length;
    expect(either).toBeGreaterThanOrEqual(searcher.search(left!).hits.filter((hit) => !hit.theme).length);
    expect(either).toBeGreaterThanOrEqual(searcher.search(right!).hits.filter((hit) => !hit.theme).length);
  });

  test('a theme’s words: one per stem, most used stem first, only those accepted', () => {
    const terms = [
      { text: 'samarbetspart', count: 12 },
      { text: 'vänort', count: 10 },
      { text: 'vänorter', count: 9 },
      { text: 'vänortsavtal', count: 3 },
      { text: 'partnerkommun', count: 1 },
    ];
    expect(distinctTerms(terms, () => true, 5)).toEqual(['vänort', 'samarbetspart', 'partnerkommun']);
    expect(distinctTerms(terms, (term) => term !== 'vänort', 2)).toEqual(['samarbetspart', 'vänorter']);
    const occurrences = themeOccurrences(documents);
    expect(occurrences.map((theme) => theme.id)).toEqual([...THEME_IDS]);
    expect(occurrences.find((theme) => theme.id === 'beredskap')!.postings).toEqual([]);
  });
});
