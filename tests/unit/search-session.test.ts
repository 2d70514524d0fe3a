/**
 * The search worker's session on the five real documents, with the index, the sections' texts and
 * the word positions served from memory as the site serves them: it answers as the engine does with
 * everything at hand, while fetching only the texts of the hits shown and the position shards of a
 * phrase's words; a request overtaken by a later one is dropped; a failed fetch is tried again.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPositionShards, buildSearchIndex, buildSectionTexts } from '../../src/features/search/build/build-index.ts';
import { describeHit } from '../../src/features/search/worker/hit-view.ts';
import type { SearchIndexData, SectionText } from '../../src/features/search/index-data.ts';
import { RESULTS_PAGE_SIZE } from '../../src/features/search/paths.ts';
import { positionShard, type PositionShard } from '../../src/features/search/positions.ts';
import type { ResultsReply, SearchReply, SearchRequest } from '../../src/features/search/protocol.ts';
import { createSearcher, type Searcher } from '../../src/features/search/worker/searcher.ts';
import { SearchSession, type SearchSources } from '../../src/features/search/worker/session.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

let documents: PolicyDocument[];
let indexJson: string;
let texts: Map<string, string>;
let shards: Map<string, string>;
/** The engine with every text at hand: what the session must agree with. */
let reference: Searcher;

beforeAll(async () => {
  const collator = new Intl.Collator('sv');
  documents = (await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)))).sort((a, b) =>
    collator.compare(a.municipality ?? '', b.municipality ?? ''),
  );
  const index = buildSearchIndex(documents);
  const sectionTexts = documents.flatMap(buildSectionTexts);
  indexJson = JSON.stringify(index);
  const positionShards = buildPositionShards(documents);
  texts = new Map(sectionTexts.map((text) => [`${text.d}/${text.i}`, JSON.stringify(text)]));
  shards = new Map(positionShards.map((shard) => [shard.shard, JSON.stringify(shard)]));
  reference = createSearcher(
    JSON.parse(indexJson) as SearchIndexData,
    JSON.parse(JSON.stringify(sectionTexts)) as SectionText[],
    JSON.parse(JSON.stringify(positionShards)) as PositionShard[],
  );
});

/** Sources over the built data that record what was fetched (texts and position shards apart); `fail` makes a fetch reject. */
function sources(fail: { index?: number; text?: (address: string) => boolean } = {}) {
  const fetched: string[] = [];
  const fetchedShards: string[] = [];
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
    positions: async (shard) => {
      fetchedShards.push(shard);
      const data = shards.get(shard);
      if (!data) throw new Error(`no shard ${shard}`);
      return JSON.parse(data);
    },
  };
  return { source, fetched, fetchedShards };
}

let nextId = 1;
const request = (text: string, options: Partial<Omit<SearchRequest, 'type' | 'id' | 'text'>> = {}): SearchRequest => ({
  type: 'search',
  id: nextId++,
  text,
  filters: { municipalities: [], categories: [], parts: [] },
  group: false,
  from: 0,
  to: RESULTS_PAGE_SIZE,
  ...options,
});

/**
 * Everything the session answers to `asked`, as the page ends up showing it: the hits with the
 * snippets that followed them merged in; `null` if it answered nothing (it was overtaken).
 */
async function answer(session: SearchSession, asked: SearchRequest, superseded?: () => boolean): Promise<SearchReply | null> {
  const replies: SearchReply[] = [];
  for await (const reply of session.answer(asked, superseded)) replies.push(reply);
  const [first, second] = replies;
  if (!first) return null;
  expect(replies.every((reply) => reply.id === asked.id)).toBe(true);
  if (first.kind !== 'results' || !first.snippetsFollow) {
    expect(replies).toHaveLength(1);
    return first;
  }
  expect(second).toMatchObject({ kind: 'snippets', from: first.from });
  if (second?.kind !== 'snippets') return null;
  expect(second.texts).toHaveLength(first.hits.length);
  return { ...first, hits: first.hits.map((hit, index) => ({ ...hit, ...second.texts[index]! })), snippetsFollow: false };
}

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
    const first = results(await answer(session, request('vänort')));
    expect(first).toMatchObject({ count: 21, total: 21, from: 0 });
    expect(first.hits).toHaveLength(20);
    expect(fetched.sort()).toEqual(first.hits.map((hit) => addressOf(hit.href)).sort());

    fetched.length = 0;
    const more = results(await answer(session, request('vänort', { from: 20, to: 40 })));
    expect(more.hits).toHaveLength(1);
    expect(fetched).toEqual([addressOf(more.hits[0]!.href)]);
  });

  test('with a filter: only the texts of the hits that pass it', async () => {
    const { source, fetched } = sources();
    const reply = results(await answer(new SearchSession(source), request('vänort', { filters: { municipalities: ['hylte'], categories: [], parts: [] } })));
    expect(reply).toMatchObject({ count: 2, total: 21, filtered: true });
    expect(fetched.sort()).toEqual(reply.hits.map((hit) => addressOf(hit.href)).sort());
    for (const address of fetched) expect(address).toMatch(/^hylte\//u);
  });

  test('a phrase: the position shards of its words, and the texts of the hits shown, nothing else', async () => {
    const { source, fetched, fetchedShards } = sources();
    const reply = results(await answer(new SearchSession(source), request('"beslutar om medlemskap"')));
    expect(reply.hits.map((hit) => hit.href).sort()).toEqual(['/dokument/eksjo/#ansvar-och-organisation', '/dokument/tyreso/#ansvar']);
    expect(fetchedShards.sort()).toEqual(['be', 'me', 'om']);
    expect(fetched.sort()).toEqual(reply.hits.map((hit) => addressOf(hit.href)).sort());
  });

  test('a compound being typed: one shard per word; a single letter after other words is a whole word', async () => {
    const { source, fetchedShards } = sources();
    const session = new SearchSession(source);
    // "p" is no word of the documents: no section can hold "EU p", and nothing is fetched.
    expect(results(await answer(session, request('EU-p'))).count).toBe(0);
    expect(fetchedShards).toEqual([]);
    await answer(session, request('EU-pr'));
    expect(fetchedShards.sort()).toEqual(['eu', 'pr']);
    expect(results(await answer(session, request('EU-projekt'))).count).toBe(reference.search('EU-projekt').hits.length);
    expect(fetchedShards.sort()).toEqual(['eu', 'pr']);
    expect(positionShard('vanort')).toBe('va');
    expect(positionShard('å')).toBe('_e5_');
  });

  test('words alone need no positions', async () => {
    const { source, fetchedShards } = sources();
    const session = new SearchSession(source);
    for (const query of ['vänort', 'kommunstyrlsen', 'nämnd ansvar', '"vänort"', '"vän']) await answer(session, request(query));
    expect(fetchedShards).toEqual([]);
  });

  test('a text is fetched once, however many requests need it', async () => {
    const { source, fetched } = sources();
    const session = new SearchSession(source);
    await Promise.all([answer(session, request('vänort')), answer(session, request('vänorter'))]);
    await answer(session, request('vänort'));
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});

describe('answers', () => {
  test('the hits come at once from the index; their snippets follow once their texts are fetched', async () => {
    const { source, fetched } = sources();
    const session = new SearchSession(source);
    const replies = session.answer(request('vänort'));
    const first = (await replies.next()).value as ResultsReply;
    expect(first).toMatchObject({ kind: 'results', count: 21, snippetsFollow: true });
    expect(fetched).toEqual([]);
    const outcome = reference.search('vänort');
    expect(first.hits.map((hit) => hit.href)).toEqual(outcome.hits.slice(0, 20).map((hit) => describeHit(reference, outcome, hit).href));
    expect(first.hits.every((hit) => hit.snippets.length === 0 && hit.heading.length > 0)).toBe(true);
    const second = (await replies.next()).value;
    expect(second).toEqual({
      kind: 'snippets',
      id: first.id,
      from: 0,
      texts: outcome.hits.slice(0, 20).map((hit) => {
        const { snippets, paragraphHref, citation } = describeHit(reference, outcome, hit);
        return { snippets, paragraphHref, citation };
      }),
    });
    expect((await replies.next()).done).toBe(true);
    // The same hits again: their texts are at hand, and the hits come with their snippets.
    const again = [];
    for await (const reply of session.answer(request('vänort'))) again.push(reply);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ kind: 'results', snippetsFollow: false });
  });

  test.each([
    'vänort',
    'vanort',
    'kommunstyrlsen',
    'samarbete',
    'nämnd ansvar',
    '"beslutar om medlemskap"',
    'EU-projekt',
    '"ta emot internationella besök"',
    'vänort "om"',
    'hylte ansvar',
    '"beslutar o',
    '"vänort"',
    '"vänort',
  ])('%s: the same hits, in the same order, as the engine with every text at hand', async (query) => {
    const { source } = sources();
    const session = new SearchSession(source);
    const outcome = reference.search(query);
    const reply = results(await answer(session, request(query, { to: 1000 })));
    expect(reply.count).toBe(outcome.hits.length);
    expect(reply.hits).toEqual(outcome.hits.map((hit) => describeHit(reference, outcome, hit)));
  });

  test('corrections, counts per filter, and advice when nothing passes the filters', async () => {
    const { source } = sources();
    const session = new SearchSession(source);
    const typo = results(await answer(session, request('kommunstyrlsen')));
    expect(typo.corrections).toEqual([{ typed: 'kommunstyrlsen', usedInstead: expect.arrayContaining(['kommunstyrelsen']) }]);
    const hidden = results(await answer(session, request('vänort', { filters: { municipalities: ['eksjo'], categories: [], parts: [] } })));
    expect(hidden).toMatchObject({ count: 0, total: 21, hits: [] });
    expect(hidden.counts.municipalities.get('jarfalla')).toBe(12);
    expect(hidden.advice[0]).toEqual({ text: 'Utan filtren finns 21 träffar.', actions: [{ label: 'Rensa filtren', clearFilters: true }] });
  });

  test('nothing to search for: no words, a single letter that is no word, or only words to leave out', async () => {
    const { source, fetched } = sources();
    const session = new SearchSession(source);
    expect(await answer(session, request('.*+?'))).toMatchObject({ kind: 'idle', reason: 'no-words' });
    expect(await answer(session, request('q'))).toMatchObject({ kind: 'idle', reason: 'too-short' });
    expect(await answer(session, request('-vänort'))).toMatchObject({ kind: 'idle', reason: 'only-excluded' });
    expect(fetched).toEqual([]);
  });

  test('the themes the query names and its theme hits; grouped, the same hits municipality by municipality, the counts unchanged', async () => {
    const { source, fetchedShards } = sources();
    const session = new SearchSession(source);
    const flat = results(await answer(session, request('EU-projekt', { to: 1000 })));
    expect(flat.themes).toEqual([{ id: 'finansiering', label: 'Extern finansiering (EU:s fonder och program)', named: true, hits: flat.themeHits }]);
    expect(flat.themeHits).toBe(flat.hits.filter((hit) => hit.theme).length);
    expect(flat.themeHits).toBeGreaterThan(0);
    expect(fetchedShards).toEqual(['eu', 'pr']);
    const grouped = results(await answer(session, request('EU-projekt', { to: 1000, group: true })));
    expect(grouped.counts).toEqual(flat.counts);
    expect(grouped.hits.map((hit) => hit.href).sort()).toEqual(flat.hits.map((hit) => hit.href).sort());
    const keys = grouped.hits.map((hit) => hit.municipalityKey);
    expect(keys.filter((key, index) => index === 0 || key !== keys[index - 1])).toEqual(['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']);
    // Within a municipality, the order of the flat list: its hits on the words before its theme hits.
    for (const key of new Set(keys))
      expect(grouped.hits.filter((hit) => hit.municipalityKey === key)).toEqual(flat.hits.filter((hit) => hit.municipalityKey === key));
    // A phrase to leave out needs its words' positions too.
    fetchedShards.length = 0;
    results(await answer(session, request('medlemskap -"ta emot"')));
    expect(fetchedShards.sort()).toEqual(['em', 'ta']);
  });

  test('while typing, the texts of hits that the next keystroke replaces are not fetched', async () => {
    const { source, fetched } = sources();
    let settled = () => {};
    const session = new SearchSession(source, () => new Promise<void>((resolve) => (settled = resolve)));
    let latest = 0;
    const first = request('vänort');
    latest = first.id;
    const replies = session.answer(first, () => first.id !== latest);
    expect((await replies.next()).value).toMatchObject({ kind: 'results', snippetsFollow: true });
    const pending = replies.next();
    latest = request('vänorts').id;
    settled();
    expect((await pending).done).toBe(true);
    expect(fetched).toEqual([]);
  });

  test('a request overtaken while its data is fetched is dropped', async () => {
    const { source } = sources();
    const session = new SearchSession(source);
    let latest = 0;
    const ask = (text: string) => {
      const asked = request(text);
      latest = asked.id;
      return answer(session, asked, () => asked.id !== latest);
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
    await expect(answer(session, request('vänort'))).rejects.toThrow(/index unavailable/u);
    expect(results(await answer(session, request('vänort'))).count).toBe(21);
  });

  test('a text that cannot be fetched fails the search, and is fetched again next time', async () => {
    let failing = true;
    const { source, fetched } = sources({ text: (address) => failing && address.startsWith('jarfalla/') });
    const session = new SearchSession(source);
    await expect(answer(session, request('vänort'))).rejects.toThrow(/unavailable/u);
    failing = false;
    const reply = results(await answer(session, request('vänort')));
    expect(reply.hits).toHaveLength(20);
    expect(fetched.filter((address) => address.startsWith('jarfalla/')).length).toBeGreaterThan(
      new Set(fetched.filter((address) => address.startsWith('jarfalla/'))).size,
    );
  });

  test('a text that is not the section asked for is refused, not shown', async () => {
    const { source } = sources();
    const swapped: SearchSources = { ...source, text: async (documentId, position) => source.text(documentId, position === 0 ? 1 : 0) };
    await expect(answer(new SearchSession(swapped), request('vänort', { to: 1000 }))).rejects.toThrow(/is that of/u);
  });

  test('a position shard that is not the one asked for is refused', async () => {
    const { source } = sources();
    const wrong: SearchSources = { ...source, positions: async () => source.positions('om') };
    await expect(answer(new SearchSession(wrong), request('"beslutar om"'))).rejects.toThrow(/not a shard be/u);
  });

  test('an index of another version is refused', async () => {
    const session = new SearchSession({ index: async () => ({ ...JSON.parse(indexJson), version: 1 }), text: async () => ({}), positions: async () => ({}) });
    await expect(answer(session, request('vänort'))).rejects.toThrow(/version/u);
  });
});
