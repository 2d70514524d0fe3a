/**
 * The engine on hostile and odd input: nothing a user can type makes it throw, hang or return
 * something it should not; and its parts (postings, vocabulary) on their own.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPositionShards, buildSearchIndex, buildSectionTexts, sectionParagraphs } from '../../src/features/search/build/build-index.ts';
import { municipalityKey } from '../../src/taxonomy/identity.ts';
import { describeHit } from '../../src/features/search/worker/hit-view.ts';
import {
  decodePostings,
  encodePostings,
  indexedSections,
  SEARCH_INDEX_VERSION,
  type SearchIndexData,
  type SectionText,
} from '../../src/features/search/index-data.ts';
import type { PositionShard } from '../../src/features/search/positions.ts';
import { createSearcher, type Searcher } from '../../src/features/search/worker/searcher.ts';
import { allowedErrors, Vocabulary } from '../../src/features/search/worker/vocabulary.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

let documents: PolicyDocument[];
let index: SearchIndexData;
let texts: SectionText[];
let searcher: Searcher;

beforeAll(async () => {
  documents = await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)));
  index = buildSearchIndex(documents);
  texts = documents.flatMap(buildSectionTexts);
  searcher = createSearcher(
    JSON.parse(JSON.stringify(index)) as SearchIndexData,
    JSON.parse(JSON.stringify(texts)) as SectionText[],
    JSON.parse(JSON.stringify(buildPositionShards(documents))) as PositionShard[],
  );
});

/** Search and describe every hit, as the page does; returns the hrefs. */
function run(query: string): string[] {
  const outcome = searcher.search(query);
  return outcome.hits.map((hit) => describeHit(searcher, outcome, hit).href);
}

describe('odd input never throws', () => {
  const odd = [
    '',
    ' ',
    '\n\t',
    'x'.repeat(1000),
    'vänort '.repeat(150),
    Array.from({ length: 1000 }, (_, index) => String.fromCharCode(33 + (index % 90))).join(''),
    '.*+?()[]{}|\\^$',
    '.',
    '*',
    '(',
    '[',
    '\\',
    '$^',
    '😀',
    '🇸🇪👍🏽',
    '\uD800',
    '\uDFFF\uD800',
    'va\uD800nort',
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '"',
    '""""',
    '"unclosed',
    '-',
    '--vänort--',
    '\u0000\u0001',
    '\u202Evänort',
    'ﷺ',
    '𝔳𝔞𝔫𝔬𝔯𝔱',
  ];
  test.each(odd.map((query) => [JSON.stringify(query).slice(0, 40), query]))('%s', (_, query) => {
    const started = performance.now();
    expect(() => run(query)).not.toThrow();
    // A hang guard, not a benchmark.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('regex metacharacters around a word are ignored: the word is still found', () => {
    const plain = run('vänort');
    expect(plain.length).toBeGreaterThan(0);
    for (const query of ['vänort.*', '(vänort)', '[vänort]', '^vänort$', 'vänort|', '\\vänort', '{vänort}', 'vänort+?'])
      expect(run(query), query).toEqual(plain);
  });

  test('emoji and lone surrogates around a word do not change its results', () => {
    const plain = run('vänort');
    expect(run('😀 vänort 🇸🇪')).toEqual(plain);
    expect(run('\uD800vänort\uDFFF')).toEqual(plain);
  });

  test('empty and punctuation-only queries find nothing (rather than everything)', () => {
    for (const query of ['', '   ', '.*+?()[]{}|\\^$', '"', '😀']) expect(run(query), query).toEqual([]);
  });

  test('a 1,000-character query finds nothing but answers, and is marked as cut', () => {
    const outcome = searcher.search('vänortssamarbete '.repeat(60));
    expect(outcome.query.truncated).toBe(true);
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(searcher.search('q'.repeat(1000)).hits).toEqual([]);
  });
});

describe('the index', () => {
  test('has every section once, with its id, number, heading and category; the text of each section is its paragraphs', () => {
    expect(index.version).toBe(SEARCH_INDEX_VERSION);
    const sections = indexedSections(index.documents);
    expect(sections).toHaveLength(documents.reduce((sum, document) => sum + document.sections.length, 0));
    expect(texts).toHaveLength(sections.length);
    documents.forEach((document, d) => {
      expect(index.documents[d]).toMatchObject({ id: document.id, title: document.title });
      document.sections.forEach((section, i) => {
        const indexed = sections.find((candidate) => candidate.d === d && candidate.i === i)!;
        expect(index.categories[indexed.c]!.key).toBe(section.category);
        expect(indexed).toMatchObject({ id: section.id, n: section.number, h: section.heading });
        const text = texts.find((candidate) => candidate.d === document.id && candidate.i === i)!;
        expect(text.version).toBe(SEARCH_INDEX_VERSION);
        expect(text.p.join('\n')).toBe(section.text);
        expect(sectionParagraphs(section)).toEqual(text.p);
      });
    });
  });

  test('words are sorted and distinct, with a postings list each', () => {
    expect([...index.words].sort()).toEqual(index.words);
    expect(new Set(index.words).size).toBe(index.words.length);
    expect(index.postingSections).toHaveLength(index.words.length);
    expect(index.postingCodes).toHaveLength(index.words.length);
    expect(index.words).toContain('vänortsavtal');
    expect(index.words).toContain('järfälla');
  });

  test('municipalities get URL keys', () => {
    expect(index.documents.map((document) => document.municipalityKey).sort()).toEqual(['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']);
    expect(municipalityKey({ id: 'x-2020', municipality: 'Upplands Väsby', municipalityCode: '0114' })).toBe('upplands-vasby');
    expect(municipalityKey({ id: 'okand', municipality: null, municipalityCode: null })).toBe('okand');
    // Habo and Håbo fold alike: the key is the municipality's one slug, where Håbo carries its code.
    expect(municipalityKey({ id: 'habo-2016', municipality: 'Habo', municipalityCode: '0643' })).toBe('habo');
    expect(municipalityKey({ id: 'habo-2012', municipality: 'Håbo', municipalityCode: '0305' })).toBe('habo-0305');
  });

  test('postings round-trip through their compact encoding', () => {
    const postings = [
      { section: 3, count: 2, inHeading: false },
      { section: 4, count: 0, inHeading: true },
      { section: 90, count: 7, inHeading: true },
      { section: 40_090, count: 1, inHeading: false },
    ];
    // Gaps 3, 1, 86 (= 22 + 2 × 32: "s2") and 40,000 (four digits); codes count × 2 + heading.
    expect(encodePostings(postings)).toEqual({ sections: '31s2WYd1', codes: '41F2' });
    expect(decodePostings(encodePostings(postings))).toEqual(postings);
    expect(decodePostings({ sections: '', codes: '' })).toEqual([]);
    // Counts beyond what ranking tells apart are stored as 31.
    expect(decodePostings(encodePostings([{ section: 0, count: 500, inHeading: true }]))).toEqual([{ section: 0, count: 31, inHeading: true }]);
  });

  test('malformed postings are refused rather than misread', () => {
    expect(() => decodePostings({ sections: '3"', codes: '44' })).toThrow(/Malformed/u);
    expect(() => decodePostings({ sections: '31', codes: '4' })).toThrow(/Malformed/u);
    expect(() => decodePostings({ sections: 'w', codes: '4' })).toThrow(/Malformed/u);
  });

  test('an index of another version is refused rather than misread', () => {
    expect(() => createSearcher({ ...index, version: SEARCH_INDEX_VERSION + 1 })).toThrow(/version/u);
  });

  test('a phrase never runs from a heading into its text, or from one paragraph into the next', () => {
    const base = documents[0]!;
    const paragraph = (text: string) => ({ type: 'paragraph' as const, phrases: [{ text }], startLine: 1, endLine: 1 });
    const section = (id: string, heading: string, paragraphs: string[]) => ({
      ...base.sections[0]!,
      id,
      heading,
      text: paragraphs.join('\n'),
      blocks: paragraphs.map(paragraph),
    });
    const document: PolicyDocument = {
      ...base,
      sections: [
        section('rubrik', 'Nämnden beslutar', ['om medlemskap i föreningar.']),
        section('stycken', 'Annat', ['Styrelsen beslutar', 'om medlemskap efter samråd.']),
        section('samma-stycke', 'Tredje', ['Fullmäktige beslutar om medlemskap.']),
      ],
    };
    const small = createSearcher(buildSearchIndex([document]), buildSectionTexts(document), buildPositionShards([document]));
    const found = (query: string) => small.search(query).hits.map((hit) => small.sections[hit.section]!.id);
    expect(found('"beslutar om medlemskap"')).toEqual(['samma-stycke']);
    expect(found('"nämnden beslutar"')).toEqual(['rubrik']);
    expect(found('beslutar medlemskap').sort()).toEqual(['rubrik', 'samma-stycke', 'stycken']);
  });

  test('an empty corpus gives an empty index that searches to nothing', () => {
    const empty = createSearcher(buildSearchIndex([]));
    expect(empty.search('vänort').hits).toEqual([]);
  });
});

describe('the vocabulary', () => {
  const vocabulary = new Vocabulary([
    'vänort',
    'vänorter',
    'vänortsavtal',
    'vanor',
    'samarbete',
    'vänortssamarbete',
    'kommunstyrelsen',
    'kommunstyrelsens',
    'eu',
    'europa',
  ]);
  const matched = (key: string, mode: 'any' | 'equal' | 'prefix' = 'any') =>
    vocabulary.match(key, mode).map((match) => [vocabulary.keys[match.key], match.tier]);

  test('equal, prefix and infix matches, and typos only when nothing else matched', () => {
    expect(matched('vanort')).toEqual([
      ['vanort', 'equal'],
      ['vanorter', 'prefix'],
      ['vanortsavtal', 'prefix'],
      ['vanortssamarbete', 'prefix'],
    ]);
    expect(matched('samarbete')).toEqual([
      ['samarbete', 'equal'],
      ['vanortssamarbete', 'infix'],
    ]);
    expect(matched('kommunstyrlsen')).toEqual([
      ['kommunstyrelsen', 'fuzzy'],
      ['kommunstyrelsens', 'fuzzy'],
    ]);
  });

  test('short words: one letter must be a whole word, two letters may start one, infixes need four', () => {
    expect(matched('v')).toEqual([]);
    expect(matched('eu')).toEqual([
      ['eu', 'equal'],
      ['europa', 'prefix'],
    ]);
    expect(matched('ort')).toEqual([]);
  });

  test('inside phrases, only whole words (or a prefix for the word being typed)', () => {
    expect(matched('vanort', 'equal')).toEqual([['vanort', 'equal']]);
    expect(matched('vanor', 'prefix').map(([key]) => key)).toEqual(['vanor', 'vanort', 'vanorter', 'vanortsavtal', 'vanortssamarbete']);
  });

  test('the typo budget grows with the word', () => {
    expect([3, 4, 5, 7, 8, 11, 12, 30].map(allowedErrors)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(matched('kommunstyrlsn')[0]).toEqual(['kommunstyrelsen', 'fuzzy']);
    expect(matched('xyzxyzxyz')).toEqual([]);
  });

  test('suggestions are close words, for words that match nothing', () => {
    expect(vocabulary.suggest('samarbte')).toContain('samarbete');
    expect(vocabulary.suggest('ab')).toEqual([]);
  });
});
