/**
 * Search finds what people mean, on the five real documents through an index that went through
 * JSON: words that name a theme also find the theme's other words (after the hits on the words,
 * marked), ELLER widens, a minus narrows, hits from a cover letter are marked and can be filtered
 * out, hits can be grouped by municipality, and a search that finds nothing offers what exists
 * nearby. The theme words the worker reads without regular expressions (`theme-lexicon.ts`) are
 * held against the taxonomy's own patterns.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { sectionParagraphs } from '../../src/features/search/build/build-index.ts';
import { applyFilters, facetCounts, NO_FILTERS, PART_KEYS } from '../../src/features/search/filters.ts';
import { adviseEmpty, withoutExclusions } from '../../src/features/search/worker/advice.ts';
import { describeHit, type HitView } from '../../src/features/search/worker/hit-view.ts';
import type { SearchOutcome, Searcher } from '../../src/features/search/worker/searcher.ts';
import { groupByMunicipality } from '../../src/features/search/worker/session.ts';
import { compareHits } from '../../src/features/search/worker/rank.ts';
import { themeLexicon } from '../../src/features/search/worker/theme-lexicon.ts';
import { resultsHeading, themeNote } from '../../src/features/search/messages.ts';
import { tokenise } from '../../src/features/search/text.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { THEME_IDS, findThemeMatches } from '../../src/taxonomy/themes.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { searcherOver } from '../support/seed-searcher.ts';

let documents: PolicyDocument[];
let searcher: Searcher;

beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
  searcher = searcherOver(documents);
});

/** Does a search for `query` find the words themselves somewhere (not only through a theme)? */
const findsWords = (engine: Searcher, query: string) => engine.search(query).hits.some((hit) => !hit.theme);
const views = (outcome: SearchOutcome): HitView[] => outcome.hits.map((hit) => describeHit(searcher, outcome, hit));
const hrefs = (query: string) => searcher.search(query).hits.map((hit) => describeHit(searcher, searcher.search(query), hit).href);
/** A section's heading and text, lower case. */
const sectionText = (href: string) => {
  const [, id, anchor] = /^\/dokument\/([^/]+)\/#(.+)$/u.exec(href)!;
  const section = documents.find((document) => document.id === id)!.sections.find((candidate) => candidate.id === anchor)!;
  return `${section.heading ?? ''}\n${section.text}`;
};
const marks = (view: HitView, theme: boolean) =>
  [...view.heading, ...view.snippets.flatMap((snippet) => snippet.segments)]
    .filter((segment) => segment.mark && (segment.theme ?? false) === theme)
    .map((segment) => segment.text);

describe('themes as search terms', () => {
  test('"Agenda 2030" is in no document, but finds the sections that name global development cooperation, each marked', () => {
    for (const document of documents) expect(document.sections.some((section) => /agenda 2030/iu.test(section.text))).toBe(false);
    const outcome = searcher.search('Agenda 2030');
    const found = views(outcome);
    const expected = documents.flatMap((document) =>
      document.sections
        .filter((section) => findThemeMatches(`${section.heading ?? ''}\n${section.text}`, 'utvecklingssamarbete').length > 0)
        .map((section) => `/dokument/${document.id}/#${section.id}`),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map((view) => view.href).sort()).toEqual(expected.sort());
    for (const view of found) {
      expect(view.theme).toEqual({ id: 'utvecklingssamarbete', label: 'Globalt utvecklingssamarbete' });
      // The words that name the theme are marked as the theme's, and each is one of its words.
      const themeWords = marks(view, true);
      expect(themeWords.length, view.href).toBeGreaterThan(0);
      for (const word of themeWords) expect(findThemeMatches(word, 'utvecklingssamarbete').length, word).toBeGreaterThan(0);
    }
    expect(outcome.themes).toEqual([{ id: 'utvecklingssamarbete', label: 'Globalt utvecklingssamarbete', named: true, hits: expected.length }]);
  });

  test('theme hits come after every hit on the words, and never hold the words', () => {
    const outcome = searcher.search('EU-projekt');
    const kinds = outcome.hits.map((hit) => (hit.theme ? 'theme' : 'word'));
    expect(kinds).toContain('word');
    expect(kinds).toContain('theme');
    expect(kinds.indexOf('theme')).toBe(kinds.lastIndexOf('word') + 1);
    for (const view of views(outcome)) {
      if (view.theme) {
        expect(view.theme.id).toBe('finansiering');
        expect(sectionText(view.href)).not.toMatch(/EU-projekt/iu);
      } else {
        expect(sectionText(view.href)).toMatch(/EU-projekt/iu);
        expect(marks(view, true)).toEqual([]);
      }
    }
  });

  test('a theme hit ranks after a hit on the words whatever their scores', () => {
    expect(compareHits({ section: 0, score: 50, theme: 'vanorter' }, { section: 1, score: 2 })).toBeGreaterThan(0);
    expect(compareHits({ section: 1, score: 2 }, { section: 0, score: 50, theme: 'vanorter' })).toBeLessThan(0);
    expect(compareHits({ section: 1, score: 3, theme: 'vanorter' }, { section: 0, score: 2, theme: 'vanorter' })).toBeLessThan(0);
  });

  test('quotes search the words alone: no theme hits', () => {
    expect(searcher.search('"EU-projekt"').hits.every((hit) => !hit.theme)).toBe(true);
    expect(searcher.search('"Agenda 2030"').hits).toEqual([]);
  });

  test('a theme word with other words: every other word must still be in the section', () => {
    const outcome = searcher.search('Agenda 2030 kommunfullmäktige');
    for (const view of views(outcome)) expect(sectionText(view.href)).toMatch(/kommunfullmäktige/iu);
    expect(outcome.hits.length).toBeLessThan(searcher.search('Agenda 2030').hits.length);
  });

  test('the words the index offers for each theme all find something themselves', () => {
    expect(searcher.themes.length).toBeGreaterThan(10);
    for (const theme of searcher.themes) {
      expect(theme.terms.length, theme.id).toBeGreaterThan(0);
      for (const term of theme.terms) expect(findsWords(searcher, term), `${theme.id}: ${term}`).toBe(true);
    }
    // One word per stem: not both `vänort` and `vänorter`.
    expect(searcher.theme('vanorter')!.terms).toContain('vänort');
    expect(searcher.theme('vanorter')!.terms).not.toContain('vänorter');
  });

  test('the lexicon finds the theme words the taxonomy finds, at the same place, in every paragraph of the five documents', () => {
    const lexicon = themeLexicon();
    let checked = 0;
    for (const document of documents) {
      for (const section of document.sections) {
        for (const paragraph of [section.heading ?? '', ...sectionParagraphs(section)]) {
          const tokens = tokenise(paragraph);
          const spans = lexicon.spans(paragraph, tokens, 'text');
          for (const themeId of THEME_IDS) {
            for (const match of findThemeMatches(paragraph, themeId)) {
              checked += 1;
              const found = spans.some(
                (span) => lexicon.themes[span.theme]!.id === themeId && tokens[span.first]!.start < match.end && tokens[span.last]!.end > match.start,
              );
              expect(found, `${themeId}: "${match.text}" in ${document.id}`).toBe(true);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('the lexicon compares cues with a capital as written in a text, but not in a query', () => {
    const lexicon = themeLexicon();
    const themesIn = (text: string, mode: 'text' | 'query') => lexicon.spans(text, tokenise(text), mode).map((span) => lexicon.themes[span.theme]!.id);
    expect(themesIn('stöd från Sida', 'text')).toEqual(['utvecklingssamarbete']);
    expect(themesIn('på vår sida', 'text')).toEqual([]);
    expect(themesIn('sida', 'query')).toEqual(['utvecklingssamarbete']);
    expect(themesIn('Sidan', 'query')).toEqual([]);
    expect(themesIn('medlemskap i EU', 'text')).toEqual(['eu_paverkan']);
    expect(themesIn('EU-projekt', 'text')).toEqual(['finansiering']);
  });
});

describe('ELLER and minus', () => {
  test('ELLER finds the sections of either word: as many as both words together, more than each', () => {
    const either = new Set(hrefs('kommunfullmäktige ELLER kommunstyrelsen'));
    const union = new Set([...hrefs('kommunfullmäktige'), ...hrefs('kommunstyrelsen')]);
    expect([...either].sort()).toEqual([...union].sort());
    expect(either.size).toBeGreaterThan(Math.max(hrefs('kommunfullmäktige').length, hrefs('kommunstyrelsen').length));
    expect(hrefs('kommunfullmäktige OR kommunstyrelsen').sort()).toEqual([...either].sort());
  });

  test('a minus leaves out the sections with the word (and longer words starting with it); the rest are kept', () => {
    const all = hrefs('vänort');
    const without = hrefs('vänort -avtal');
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(all.length);
    for (const href of without) expect(sectionText(href).toLowerCase()).not.toMatch(/(^|[^\p{L}])avtal/u);
    for (const href of all.filter((candidate) => !without.includes(candidate))) expect(sectionText(href).toLowerCase()).toMatch(/(^|[^\p{L}])avtal/u);
    expect(searcher.search('vänort -avtal').excludedCount).toBe(all.length - without.length);
  });

  test('a minus before a municipality leaves out its documents; before a phrase, the phrase', () => {
    expect(hrefs('vänort -hylte').some((href) => href.startsWith('/dokument/hylte/'))).toBe(false);
    expect(hrefs('vänort -hylte').length).toBe(hrefs('vänort').filter((href) => !href.startsWith('/dokument/hylte/')).length);
    const phrase = hrefs('medlemskap -"beslutar om medlemskap"');
    expect(phrase).not.toContain('/dokument/tyreso/#ansvar');
    expect(phrase.length).toBe(hrefs('medlemskap').length - 2);
  });

  test('when the minus leaves nothing, the advice offers the search without it', () => {
    const outcome = searcher.search('kommunfullmäktige -kommunfullmäktige');
    expect(outcome.hits).toEqual([]);
    const found = hrefs('kommunfullmäktige').length;
    expect(outcome.excludedCount).toBe(found);
    const advice = adviseEmpty(searcher, outcome, 'kommunfullmäktige -kommunfullmäktige', false, 0);
    expect(advice[0]).toEqual({
      text: `${found} avsnitt har orden men också ett ord du utesluter med minustecken.`,
      actions: [{ label: 'Sök utan uteslutningen', query: 'kommunfullmäktige' }],
    });
    expect(withoutExclusions('vänort -avtal "ta emot" -"beslutar om"')).toBe('vänort "ta emot"');
  });
});

describe('nothing found: what exists nearby', () => {
  test('words close to a theme get the theme, words the documents use for it (each with hits), its glossary and the comparison', () => {
    const outcome = searcher.search('globalamål');
    expect(outcome.hits).toEqual([]);
    const advice = adviseEmpty(searcher, outcome, 'globalamål', false, 0);
    const theme = advice.find((item) => item.text.startsWith('Sökningen hör till temat Globalt utvecklingssamarbete'));
    expect(theme).toBeDefined();
    const queries = theme!.actions!.filter((action) => action.query !== undefined).map((action) => action.query!);
    expect(queries.length).toBeGreaterThan(1);
    for (const query of queries) expect(findsWords(searcher, query), query).toBe(true);
    expect(theme!.actions!.find((action) => action.href)).toEqual({
      label: 'Orden för temat Globalt utvecklingssamarbete',
      href: '/teman/#ord-utvecklingssamarbete',
    });
    expect(advice.at(-1)!.actions).toEqual([{ label: 'Jämför dokumenten', href: '/jamfor/' }]);
  });

  test('a theme no document names says so', () => {
    const outcome = searcher.search('totalförsvar');
    expect(outcome.hits).toEqual([]);
    expect(outcome.themes).toEqual([{ id: 'beredskap', label: 'Säkerhet, beredskap och solidaritet', named: false, hits: 0 }]);
    const advice = adviseEmpty(searcher, outcome, 'totalförsvar', false, 0);
    expect(advice.map((item) => item.text)).toContain('Sökningen hör till temat Säkerhet, beredskap och solidaritet, men inget av dokumenten nämner temat.');
  });
});

describe('cover letters and grouping', () => {
  test('hits from a cover letter are marked, counted apart, and the document filter leaves them out', () => {
    const outcome = searcher.search('kommunstyrelsen');
    const found = views(outcome);
    const cover = found.filter((view) => view.coverLetter);
    expect(cover.length).toBeGreaterThan(0);
    for (const view of cover) expect(view.documentId).toBe('jarfalla');
    const counts = facetCounts(searcher, outcome.hits, NO_FILTERS);
    expect(counts.parts.get(PART_KEYS.coverLetter)).toBe(cover.length);
    expect(counts.parts.get(PART_KEYS.document)).toBe(found.length - cover.length);
    const kept = applyFilters(searcher, outcome.hits, { ...NO_FILTERS, parts: [PART_KEYS.document] });
    expect(kept).toHaveLength(found.length - cover.length);
    expect(kept.every((hit) => !searcher.sections[hit.section]!.cover)).toBe(true);
    // Each cover-letter section is exactly a section of the file's cover letter.
    const jarfalla = documents.find((document) => document.id === 'jarfalla')!;
    const coverIds = new Set(jarfalla.sections.filter((section) => section.part === 'cover-letter').map((section) => section.id));
    for (const view of cover) expect(coverIds.has(view.href.split('#')[1]!)).toBe(true);
  });

  test('grouped, the hits come municipality by municipality in Swedish order, each municipality’s best first', () => {
    const outcome = searcher.search('vänort');
    const grouped = groupByMunicipality(searcher, outcome.hits);
    expect(grouped).toHaveLength(outcome.hits.length);
    const places = grouped.map((hit) => searcher.documents[searcher.sections[hit.section]!.d]!.municipality!);
    const order = [...new Set(places)];
    expect(order).toEqual([...order].sort(new Intl.Collator('sv').compare));
    // Each municipality once, in one run.
    expect(places.filter((place, index) => index === 0 || place !== places[index - 1])).toEqual(order);
    for (const place of order) {
      const inRank = outcome.hits.filter((hit) => searcher.documents[searcher.sections[hit.section]!.d]!.municipality === place);
      expect(grouped.filter((hit) => searcher.documents[searcher.sections[hit.section]!.d]!.municipality === place)).toEqual(inRank);
    }
  });
});

describe('messages', () => {
  test('the heading says how many hits are through a theme', () => {
    expect(resultsHeading('vänort', 21)).toBe('21 träffar för ”vänort”');
    expect(resultsHeading('EU-projekt', 20, 13)).toBe('20 träffar för ”EU-projekt”, varav 13 via temat');
    expect(resultsHeading('Agenda 2030', 4, 4)).toBe('4 träffar för ”Agenda 2030”, alla via temat');
  });

  test('the note names the theme and how to search the words alone; no note without theme hits', () => {
    const themes = [{ label: 'Globalt utvecklingssamarbete', hits: 4 }];
    expect(themeNote({ query: 'Agenda 2030', themes, count: 4, themeHits: 4 })).toBe(
      'Inget avsnitt har ”Agenda 2030”, men det hör till temat Globalt utvecklingssamarbete. Träffarna nämner temat med andra ord och är märkta ”träff via temat”. Sätt citattecken runt orden för att bara söka på dem.',
    );
    expect(themeNote({ query: 'EU-projekt', themes: [{ label: 'Extern finansiering', hits: 13 }], count: 20, themeHits: 13 })).toMatch(
      /^”EU-projekt” hör till temat Extern finansiering\. 13 avsnitt nämner temat med andra ord; de visas efter träffarna på orden/u,
    );
    expect(themeNote({ query: 'vänort', themes: [{ label: 'Vänorter och partnerskap', hits: 0 }], count: 21, themeHits: 0 })).toBeNull();
  });
});
