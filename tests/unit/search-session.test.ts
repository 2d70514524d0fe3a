/**
 * The search worker's session on the five real documents, with the index and the sections' texts
 * served from memory as the site serves them: it answers as the engine does with every text at
 * hand, while fetching only the texts of the hits shown and of the sections a phrase may stand in;
 * a request overtaken by a later one is dropped; a failed fetch is tried again.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex, buildSectionTexts } from '../../src/lib/search/build-index.ts';
import { describeHit } from '../../src/lib/search/hit-view.ts';
import type { SearchIndexData, SectionText } from '../../src/lib/search/index-data.ts';
import { RESULTS_PAGE_SIZE } from '../../src/lib/search/paths.ts';
import type { ResultsReply, SearchReply, SearchRequest } from '../../src/lib/search/protocol.ts';
import { createSearcher, type Searcher } from '../../src/lib/search/searcher.ts';
import { SearchSession, type SearchSources } from '../../src/lib/search/session.ts';
import { tokenise } from '../../src/lib/search/text.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

let documents: PolicyDocument[];
let indexJson: string;
let texts: Map<string, string>;
/** The engine with every text at hand: what the session must agree with. */
let reference: Searcher;

beforeAll(async () => {
  const collator = new Intl.Collator('sv');
  documents = (await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)))).sort((a, b) => collator.compare(a.municipality ?? '', b.municipality ?? ''));
  const index = buildSearchIndex(documents);
  const sectionTexts = documents.flatMap(buildSectionTexts);
  indexJson = JSON.stringify(index);
  texts = new Map(sectionTexts.map((text) => [`${text.d}/${text.i}`, JSON.stringify(text)]));
  reference = createSearcher(JSON.parse(indexJson) as SearchIndexData, JSON.parse(JSON.stringify(sectionTexts)) as SectionText[]);
});

/** Sources over the built data that record what was fetched; `fail` makes a fetch reject. */
function sources(fail: { index?: number; text?: (address: string) => boolean } = {}) {
  const fetched: string[] = [];
  let indexFailures = fail.index ?? 0;
  const source: SearchSources = {
    index: async () => {
      if (indexFailures-- > 0) throw new Error('index unavailable');
      return JSON.parse(indexJson);
    },
    text: async (documentId, position) => {
      const address = `${documentId}/${position}`;
      fetched.push(address);
      if (fail.text?.(address)) throw new Error(`${address} unavailable`);
      const text = texts.get(address);
      if (!text) throw new Error(`no ${address}`);
      return JSON.parse(text);
    },
  };
  return { source, fetched };
}

let nextId = 1;
const request = (text: string, options: Partial<Omit<SearchRequest, 'type' | 'id' | 'text'>> = {}): SearchRequest => ({
  type: 'search',
  id: nextId++,
  text,
  filters: { municipalities: [], categories: [] },
  from: 0,
  to: RESULTS_PAGE_SIZE,
  ...options,
});

function results(reply: SearchReply | null): ResultsReply {
  expect(reply?.kind).toBe('results');
  return reply as ResultsReply;
}

/** `/dokument/hylte/#ansvar` → the address of that section's text, `hylte/5`. */
const addressOf = (href: string) => {
  const [, id, anchor] = /^\/dokument\/([^/]+)\/#(.+)$/u.exec(href)!;
  return `${id}/${documents.find((document) => document.id === id)!.sections.findIndex((section) => section.id === anchor)}`;
};

describe('what is fetched', () => {
  test('a word: only the texts of the hits shown, and the next ones when more are shown', async () => {
    const { source, fetched } = sources();
    const session = new SearchSession(source);
    const first = results(await session.answer(request('vänort')));
    expect(first).toMatchObject({ count: 21, total: 21, from: 0 });
    expect(first.hits).toHaveLength(20);
    expect(fetched.sort()).toEqual(first.hits.map((hit) => addressOf(hit.href)).sort());

    fetched.length = 0;
    const more = results(await session.answer(request('vänort', { from: 20, to: 40 })));
    expect(more.hits).toHaveLength(1);
    expect(fetched).toEqual([addressOf(more.hits[0]!.href)]);
  });

  test('with a filter: only the texts of the hits that pass it', async () => {
    const { source, fetched } = sources();
    const reply = results(await new SearchSession(source).answer(request('vänort', { filters: { municipalities: ['hylte'], categories: [] } })));
    expect(reply).toMatchObject({ count: 2, total: 21, filtered: true });
    expect(fetched.sort()).toEqual(reply.hits.map((hit) => addressOf(hit.href)).sort());
    for (const address of fetched) expect(address).toMatch(/^hylte\//u);
  });

  test('a phrase: the sections holding all its words are read, and no others', async () => {
    const { source, fetched } = sources();
    const reply = results(await new SearchSession(source).answer(request('"beslutar om medlemskap"')));
    expect(reply.hits.map((hit) => hit.href).sort()).toEqual(['/dokument/eksjo/#ansvar-och-organisation', '/dokument/tyreso/#ansvar']);
    const all = documents.flatMap((document) => document.sections.map((section, position) => ({ address: `${document.id}/${position}`, section })));
    const holdingAll = all.filter(({ section }) => {
      const words = new Set([...tokenise(section.heading ?? ''), ...tokenise(section.text)].map((token) => token.key));
      return ['beslutar', 'om', 'medlemskap'].every((word) => words.has(word));
    });
    expect(new Set(fetched)).toEqual(new Set(holdingAll.map(({ address }) => address)));
    expect(fetched.length).toBeLessThan(all.length / 4);
  });

  test('a phrase beside another word: only sections that also hold that word are read', async () => {
    const { source, fetched } = sources();
    results(await new SearchSession(source).answer(request('hylte "beslutar om"')));
    expect(fetched.length).toBeGreaterThan(0);
    for (const address of fetched) expect(address).toMatch(/^hylte\//u);
  });

  test('a text is fetched once, however many requests need it', async () => {
    const { source, fetched } = sources();
    const session = new SearchSession(source);
    await Promise.all([session.answer(request('vänort')), session.answer(request('vänorter'))]);
    await session.answer(request('vänort'));
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});

describe('answers', () => {
  test.each(['vänort', 'vanort', 'kommunstyrlsen', 'samarbete', 'nämnd ansvar', '"beslutar om medlemskap"', 'EU-projekt', '"ta emot internationella besök"', 'vänort "om"', 'hylte ansvar', '"beslutar o'])(
    '%s: the same hits, in the same order, as the engine with every text at hand',
    async (query) => {
      const { source } = sources();
      const session = new SearchSession(source);
      const outcome = reference.search(query);
      const reply = results(await session.answer(request(query, { to: 1000 })));
      expect(reply.count).toBe(outcome.hits.length);
      expect(reply.hits).toEqual(outcome.hits.map((hit) => describeHit(reference, outcome, hit)));
    },
  );

  test('corrections, counts per filter, and advice when nothing passes the filters', async () => {
    const { source } = sources();
    const session = new SearchSession(source);
    const typo = results(await session.answer(request('kommunstyrlsen')));
    expect(typo.corrections).toEqual([{ typed: 'kommunstyrlsen', usedInstead: expect.arrayContaining(['kommunstyrelsen']) }]);
    const hidden = results(await session.answer(request('vänort', { filters: { municipalities: ['eksjo'], categories: [] } })));
    expect(hidden).toMatchObject({ count: 0, total: 21, hits: [] });
    expect(hidden.counts.municipalities.get('jarfalla')).toBe(12);
    expect(hidden.advice[0]).toEqual({ text: 'Utan filtren finns 21 träffar.', action: { label: 'Rensa filtren', clearFilters: true } });
  });

  test('nothing to search for: no words, or a single letter that is no word', async () => {
    const { source, fetched } = sources();
    const session = new SearchSession(source);
    expect(await session.answer(request('.*+?'))).toMatchObject({ kind: 'idle', reason: 'no-words' });
    expect(await session.answer(request('q'))).toMatchObject({ kind: 'idle', reason: 'too-short' });
    expect(fetched).toEqual([]);
  });

  test('a request overtaken while its data is fetched is dropped', async () => {
    const { source } = sources();
    const session = new SearchSession(source);
    let latest = 0;
    const ask = (text: string) => {
      const asked = request(text);
      latest = asked.id;
      return session.answer(asked, () => asked.id !== latest);
    };
    const first = ask('vänort');
    const second = ask('samarbete');
    expect(await first).toBeNull();
    expect(results(await second).count).toBe(reference.search('samarbete').hits.length);
  });
});

describe('failures', () => {
  test('an index that cannot be fetched fails the search, and is fetched again next time', async () => {
    const { source } = sources({ index: 1 });
    const session = new SearchSession(source);
    await expect(session.answer(request('vänort'))).rejects.toThrow(/index unavailable/u);
    expect(results(await session.answer(request('vänort'))).count).toBe(21);
  });

  test('a text that cannot be fetched fails the search, and is fetched again next time', async () => {
    let failing = true;
    const { source, fetched } = sources({ text: (address) => failing && address.startsWith('jarfalla/') });
    const session = new SearchSession(source);
    await expect(session.answer(request('vänort'))).rejects.toThrow(/unavailable/u);
    failing = false;
    const reply = results(await session.answer(request('vänort')));
    expect(reply.hits).toHaveLength(20);
    expect(fetched.filter((address) => address.startsWith('jarfalla/')).length).toBeGreaterThan(new Set(fetched.filter((address) => address.startsWith('jarfalla/'))).size);
  });

  test('a text that is not the section asked for is refused, not shown', async () => {
    const { source } = sources();
    const swapped: SearchSources = { index: source.index, text: async (documentId, position) => source.text(documentId, position === 0 ? 1 : 0) };
    await expect(new SearchSession(swapped).answer(request('vänort', { to: 1000 }))).rejects.toThrow(/is that of/u);
  });

  test('an index of another version is refused', async () => {
    const session = new SearchSession({ index: async () => ({ ...JSON.parse(indexJson), version: 1 }), text: async () => ({}) });
    await expect(session.answer(request('vänort'))).rejects.toThrow(/version/u);
  });
});
