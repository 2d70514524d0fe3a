/**
 * The engine at the size it is built for: 300 documents, 15,000 paragraphs and a vocabulary of tens
 * of thousands of words, made from the five real documents (paragraphs recombined, about one word
 * in eight turned into a new compound, as Swedish does). Prints the time per query; asserts only a
 * generous bound, as a guard against a hang or an accidental scan of every paragraph.
 */
import { beforeAll, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildPositionShards, buildSearchIndex, buildSectionTexts } from '../../src/features/search/build/build-index.ts';
import type { SearchIndexData, SectionText } from '../../src/features/search/index-data.ts';
import { createSearcher, type Searcher } from '../../src/features/search/worker/searcher.ts';
import type { PolicyDocument, Section } from '../../src/schema/policy-document.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';
import { seededRandom } from '../../scripts/seeded-random.ts';

const DOCUMENTS = 300;
const SECTIONS_PER_DOCUMENT = 10;
const PARAGRAPHS_PER_SECTION = 5;

function synthesise(seeds: readonly PolicyDocument[]): PolicyDocument[] {
  const next = seededRandom(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const paragraphs = seeds.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((text) => ({ section, text })),
    ),
  );
  const words = [...new Set(paragraphs.flatMap(({ text }) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? []))];
  return Array.from({ length: DOCUMENTS }, (_, documentIndex) => {
    const base = seeds[documentIndex % seeds.length]!;
    const sections: Section[] = Array.from({ length: SECTIONS_PER_DOCUMENT }, (__, sectionIndex) => {
      const texts = Array.from({ length: PARAGRAPHS_PER_SECTION }, () =>
        pick(paragraphs).text.replace(/\p{L}{4,}/gu, (word) => (next() < 0.12 ? `${word}${next() < 0.5 ? 's' : ''}${pick(words)}` : word)),
      );
      const model = pick(paragraphs).section;
      return {
        ...model,
        id: `${model.id}-${sectionIndex}`,
        text: texts.join('\n'),
        blocks: texts.map((text) => ({ type: 'paragraph' as const, phrases: [{ text }], startLine: 1, endLine: 1 })),
      };
    });
    return { ...base, id: `${base.id}-${documentIndex}`, municipality: `${base.municipality} ${documentIndex}`, sections };
  });
}

let searcher: Searcher;
let index: SearchIndexData;
let texts: SectionText[];

beforeAll(async () => {
  const seeds = await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)));
  const documents = synthesise(seeds);
  index = JSON.parse(JSON.stringify(buildSearchIndex(documents))) as SearchIndexData;
  texts = documents.flatMap(buildSectionTexts);
  searcher = createSearcher(index, texts, buildPositionShards(documents));
}, 120_000);

test('the synthetic corpus has the size the engine is built for', () => {
  const paragraphs = texts.reduce((sum, section) => sum + section.p.length, 0);
  const json = JSON.stringify(index);
  console.log(
    `scale: ${index.documents.length} documents, ${texts.length} sections, ${paragraphs} paragraphs, ${index.words.length} words; index ${(json.length / 1024 / 1024).toFixed(1)} MiB raw, ${(gzipSync(json).length / 1024 / 1024).toFixed(1)} MiB gzip`,
  );
  expect(paragraphs).toBe(DOCUMENTS * SECTIONS_PER_DOCUMENT * PARAGRAPHS_PER_SECTION);
  expect(index.words.length).toBeGreaterThan(20_000);
});

test('every kind of query answers fast at 15,000 paragraphs', () => {
  const queries = [
    'vanort',
    'vänortsavtal',
    'kommunstyrlsen',
    'samarbte',
    '"beslutar om medlemskap"',
    '"ta emot internationella besök"',
    'EU-projekt',
    'kommunfullmäktige vänort',
    'samarbete',
    'internationella',
    'ko',
    'v',
  ];
  const rows: string[] = [];
  for (const query of queries) {
    searcher.search(query); // first use: decodes postings, builds the letter-pair index
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < 5; round += 1) {
      // Trailing spaces change nothing but the text, so each round searches afresh (the searcher keeps the last query's words).
      const started = performance.now();
      hits = searcher.search(`${query}${' '.repeat(round + 1)}`).hits.length;
      times.push(performance.now() - started);
    }
    const median = times.sort((a, b) => a - b)[2]!;
    rows.push(`${query.padEnd(34)} ${String(hits).padStart(6)} hits  median ${median.toFixed(1).padStart(6)} ms`);
    // A hang guard only: the goal (under 15 ms on an idle machine) is reported, not asserted.
    expect(median, query).toBeLessThan(500);
    if (query !== 'v') expect(hits, query).toBeGreaterThan(0);
  }
  console.log(`scale timings:\n${rows.join('\n')}`);
});
