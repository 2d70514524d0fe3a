/**
 * The search engine on the five real documents: each kind of query a policy writer types, with the
 * hit it must rank first, through an index and section texts that went through JSON as they do on
 * their way to the browser.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { applyFilters, facetCounts } from '../../src/features/search/filters.ts';
import { findSequences } from '../../src/features/search/worker/highlight.ts';
import { describeHit, type HitView } from '../../src/features/search/worker/hit-view.ts';
import type { SearchOutcome, Searcher } from '../../src/features/search/worker/searcher.ts';
import { sectionParagraphs } from '../../src/features/search/build/build-index.ts';
import { tokenise } from '../../src/features/search/text.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { searcherOver } from '../support/seed-searcher.ts';

let documents: PolicyDocument[];
let searcher: Searcher;

beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
  searcher = searcherOver(documents);
});

const views = (outcome: SearchOutcome): HitView[] => outcome.hits.map((hit) => describeHit(searcher, outcome, hit));
const hrefs = (query: string) => views(searcher.search(query)).map((view) => view.href);
/** The hits on the words themselves, not those through a theme the words name (`search-themes.test.ts`). */
const wordHrefs = (query: string) =>
  views(searcher.search(query))
    .filter((view) => !view.theme)
    .map((view) => view.href);
const top = (query: string) => views(searcher.search(query))[0];
/** Every marked word of a hit, heading and snippets, lower case. */
const marked = (view: HitView) =>
  [...view.heading, ...view.snippets.flatMap((snippet) => snippet.segments)].filter((segment) => segment.mark).map((segment) => segment.text.toLowerCase());
/** A section's heading and text, lower case. */
const sectionText = (href: string) => {
  const [, id, anchor] = /^\/dokument\/([^/]+)\/#(.+)$/u.exec(href)!;
  const section = documents.find((document) => document.id === id)!.sections.find((candidate) => candidate.id === anchor)!;
  return `${section.heading ?? ''}\n${section.text}`.toLowerCase();
};

describe('forgiving matching', () => {
  test('missing diacritics: vanort finds vänort, the section named after it first', () => {
    const view = top('vanort')!;
    expect(view.href).toBe('/dokument/jarfalla/#val-av-samarbetspart-vanort');
    expect(marked(view)).toContain('vänort');
    for (const href of hrefs('vanort')) expect(sectionText(href)).toMatch(/vänort/u);
  });

  test('exact forms rank before forms that differ only in diacritics (våra before vara, val before väl)', () => {
    const withForm = (form: string) => (href: string) => new RegExp(`(^|[^\\p{L}])${form}([^\\p{L}]|$)`, 'u').test(sectionText(href));
    for (const [typed, other] of [
      ['våra', 'vara'],
      ['val', 'väl'],
      ['väl', 'val'],
    ] as const) {
      const found = hrefs(typed);
      const exact = found.filter(withForm(typed));
      expect(exact.length, typed).toBeGreaterThan(0);
      expect(
        found.some((href) => !withForm(typed)(href) && withForm(other)(href)),
        `${typed} also finds ${other}`,
      ).toBe(true);
      expect(found.slice(0, exact.length), typed).toEqual(exact);
    }
  });

  test('a typo: kommunstyrlsen finds kommunstyrelsen, and says it used that word', () => {
    const outcome = searcher.search('kommunstyrlsen');
    expect(views(outcome)[0]!.href).toBe('/dokument/eskilstuna/#kommunstyrelsen');
    expect(outcome.clauses[0]!.corrections).toEqual([{ typed: 'kommunstyrlsen', usedInstead: expect.arrayContaining(['kommunstyrelsen']) }]);
    expect(marked(views(outcome)[0]!)).toContain('kommunstyrelsen');
  });

  test('a typo brings the corrected word’s compounds along: samarbte → samarbete, vänortssamarbete', () => {
    const outcome = searcher.search('samarbte');
    expect(outcome.clauses[0]!.corrections[0]!.usedInstead).toContain('samarbete');
    const words = new Set(views(outcome).flatMap(marked));
    expect([...words]).toContain('samarbete');
    expect([...words]).toContain('vänortssamarbete');
    expect(outcome.hits.length).toBe(searcher.search('samarbete').hits.length);
  });

  test('a word finds its compounds and inflections: vänort → vänortsavtal, vänortssamarbete, vänorter', () => {
    const words = new Set(views(searcher.search('vänort')).flatMap(marked));
    for (const compound of ['vänort', 'vänortsavtal', 'vänortssamarbete', 'vänorter']) expect([...words], compound).toContain(compound);
    expect(top('vänort')!.href).toBe('/dokument/jarfalla/#val-av-samarbetspart-vanort');
  });

  test('a word finds compounds that end with it: samarbete → vänortssamarbete', () => {
    const words = new Set(views(searcher.search('samarbete')).flatMap(marked));
    expect([...words]).toContain('samarbete');
    expect([...words]).toContain('vänortssamarbete');
    expect([...words]).toContain('skolsamarbete');
  });

  test('a compound finds exactly its sections: vänortsavtal', () => {
    expect(wordHrefs('vänortsavtal').sort()).toEqual([
      '/dokument/eskilstuna/#vanortsrelaterat-arbete',
      '/dokument/tyreso/#ansvar',
      '/dokument/tyreso/#eu-projekt-och-vanorter',
    ]);
    expect(marked(top('vänortsavtal')!)).toEqual(['vänortsavtal']);
  });

  test('case does not matter, NFD input is the same as NFC', () => {
    expect(hrefs('VÄNORT')).toEqual(hrefs('vänort'));
    expect(hrefs('va\u0308nort')).toEqual(hrefs('vänort'));
  });
});

describe('several words, phrases and compounds', () => {
  test('two words narrow the results (AND), and each hit holds both', () => {
    const both = hrefs('kommunfullmäktige vänort');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(Math.min(hrefs('kommunfullmäktige').length, hrefs('vänort').length));
    for (const href of both) {
      expect(sectionText(href)).toMatch(/kommunfullmäktige/u);
      expect(sectionText(href)).toMatch(/vänort/u);
    }
    expect(both[0]).toBe('/dokument/jarfalla/#val-av-samarbetspart-vanort');
  });

  test('a quoted phrase matches exactly that phrase: "beslutar om medlemskap"', () => {
    const found = views(searcher.search('"beslutar om medlemskap"'));
    expect(found.map((view) => view.href).sort()).toEqual(['/dokument/eksjo/#ansvar-och-organisation', '/dokument/tyreso/#ansvar']);
    for (const view of found) expect(marked(view)).toEqual(['beslutar om medlemskap']);
    // The same words in another order, or apart, are no match.
    expect(hrefs('"medlemskap om beslutar"')).toEqual([]);
    expect(hrefs('beslutar medlemskap').length).toBeGreaterThanOrEqual(2);
  });

  test('a quoted single word is that word, or while the quote is open a word starting with it', () => {
    const words = (query: string) => new Set(views(searcher.search(query)).flatMap(marked));
    expect([...words('"vänort"')]).toEqual(['vänort']);
    expect(hrefs('"vänort"').length).toBeLessThan(hrefs('vänort').length);
    for (const href of hrefs('"vänort"')) expect(sectionText(href)).toMatch(/(^|[^\p{L}])vänort([^\p{L}]|$)/u);
    expect([...words('"vänort')]).toEqual(expect.arrayContaining(['vänort', 'vänortsavtal']));
    // Inside quotes a word matches only whole words or their starts: not compounds that end with it.
    expect([...words('"samarbete"')]).not.toContain('vänortssamarbete');
  });

  test.each([
    '"beslutar om medlemskap"',
    'EU-projekt',
    '"ta emot internationella besök"',
    '"för det internationella arbetet"',
    '"om vänort',
    'EU:s',
    '"i samarbete med"',
    '"kommun"',
  ])('%s finds exactly the sections whose heading or a paragraph has the words in that order (read from the text)', (query) => {
    const outcome = searcher.search(query);
    const keys = outcome.clauses[0]!.keys;
    const inText = documents.flatMap((document) =>
      document.sections
        .filter((section) => [section.heading ?? '', ...sectionParagraphs(section)].some((text) => findSequences(tokenise(text), keys).length > 0))
        .map((section) => `/dokument/${document.id}/#${section.id}`),
    );
    expect(inText.length, query).toBeGreaterThan(0);
    expect(wordHrefs(query).sort()).toEqual(inText.sort());
  });

  test('"ta emot internationella besök" finds Tyresö’s responsibilities', () => {
    const view = top('"ta emot internationella besök"')!;
    expect(view.href).toBe('/dokument/tyreso/#ansvar');
    expect(marked(view)).toEqual(['ta emot internationella besök']);
  });

  test('a hyphenated word is a compound: EU-projekt finds the section named after it first, and the words stand together', () => {
    const found = views(searcher.search('EU-projekt')).filter((view) => !view.theme);
    expect(found[0]!.href).toBe('/dokument/tyreso/#eu-projekt-och-vanorter');
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const view of found) for (const word of marked(view)) expect(word).toMatch(/^eu-projekt/u);
  });

  test('a municipality name narrows to its document: hylte ansvar', () => {
    expect(top('hylte ansvar')!.href).toBe('/dokument/hylte/#ansvar');
    for (const view of views(searcher.search('hylte ansvar'))) expect(view.documentId).toBe('hylte');
  });
});

describe('results', () => {
  test('a hit names municipality, document, section number and heading, category, and links to the permalink', () => {
    const view = top('"beslutar om policy och riktlinjer"')!;
    expect(view).toMatchObject({
      municipality: 'Hylte',
      documentTitle: 'Riktlinjer för Hylte kommuns internationella arbete',
      number: '5',
      categoryLabel: 'Ansvar',
      href: '/dokument/hylte/#ansvar',
    });
    expect(view.heading.map((segment) => segment.text).join('')).toBe('Ansvar');
  });

  test('snippets are cut around the match from the original text, diacritics kept', () => {
    const view = top('vanort')!;
    const text = view.snippets.flatMap((snippet) => snippet.segments.map((segment) => segment.text)).join('');
    expect(sectionText(view.href)).toContain(text.toLowerCase().slice(0, 60));
    expect(text.length).toBeLessThanOrEqual(240 * 2);
  });

  test('filters keep only the chosen municipalities and categories, and facet counts add up', () => {
    const outcome = searcher.search('vänort');
    const hylte = applyFilters(searcher, outcome.hits, { municipalities: ['hylte'], categories: [], parts: [] });
    expect(hylte.length).toBeGreaterThan(0);
    for (const hit of hylte) expect(searcher.documents[searcher.sections[hit.section]!.d]!.id).toBe('hylte');
    const two = applyFilters(searcher, outcome.hits, { municipalities: ['hylte', 'tyreso'], categories: [], parts: [] });
    expect(two.length).toBeGreaterThan(hylte.length);
    const responsibility = applyFilters(searcher, outcome.hits, { municipalities: ['hylte', 'tyreso'], categories: ['ansvar'], parts: [] });
    expect(responsibility.map((hit) => describeHit(searcher, outcome, hit).href).sort()).toEqual(['/dokument/hylte/#ansvar', '/dokument/tyreso/#ansvar']);
    const counts = facetCounts(searcher, outcome.hits, { municipalities: [], categories: [], parts: [] });
    expect([...counts.municipalities.values()].reduce((a, b) => a + b, 0)).toBe(outcome.hits.length);
    expect(counts.municipalities.get('jarfalla')).toBeGreaterThan(counts.municipalities.get('hylte')!);
    // Counting a group ignores its own filter but applies the other group's.
    const filtered = facetCounts(searcher, outcome.hits, { municipalities: ['hylte'], categories: ['ansvar'], parts: [] });
    expect(filtered.municipalities.get('tyreso')).toBe(1);
    expect(filtered.categories.get('ansvar')).toBe(1);
  });

  test('every hit of every query links to a section that exists, exactly once', () => {
    for (const query of ['vänort', 'samarbete', 'kommun', 'internationella', 'EU', 'mål']) {
      const found = hrefs(query);
      expect(new Set(found).size).toBe(found.length);
      for (const href of found) expect(() => sectionText(href)).not.toThrow();
    }
  });
});
