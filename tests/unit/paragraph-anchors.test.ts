/**
 * A link to a paragraph (`/dokument/hylte/#syfte-p2`): the anchor is built from the section id and
 * the paragraph's number alone; paragraphs and list items are numbered together from 1; a search hit
 * whose matches in the text are all in one paragraph links to it and cites it after the section.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { describeHit } from '../../src/features/search/worker/hit-view.ts';
import type { Searcher } from '../../src/features/search/worker/searcher.ts';
import { paragraphAnchor, routes } from '../../src/lib/routes.ts';
import { sectionCitation } from '../../src/lib/section-citation.ts';
import { numberedParagraphs, sectionParagraphNumbers } from '../../src/lib/section-paragraphs.ts';
import type { Block, PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { searcherOver } from '../support/seed-searcher.ts';

let documents: PolicyDocument[];
let searcher: Searcher;
beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
  searcher = searcherOver(documents);
});

const lines = { startLine: 1, endLine: 1 };
const paragraph = (text: string): Block => ({ type: 'paragraph', ...lines, phrases: [{ text }] });
const list = (...items: string[]): Block => ({ type: 'list', ordered: false, ...lines, items: items.map((text) => ({ ...lines, phrases: [{ text }] })) });

describe('the anchor of a paragraph', () => {
  test('is the section id and the number: syfte-p2, and its link is on the document page', () => {
    expect(paragraphAnchor('syfte', 2)).toBe('syfte-p2');
    expect(paragraphAnchor('mal-och-inriktning', 11)).toBe('mal-och-inriktning-p11');
    expect(routes.documentParagraph('hylte', 'syfte', 2)).toBe('/dokument/hylte/#syfte-p2');
    expect(routes.documentParagraph('hylte', 'syfte', 2)).toBe(routes.document('hylte', paragraphAnchor('syfte', 2)));
  });

  test('paragraphs and list items are numbered together from 1, in reading order', () => {
    const blocks = [paragraph('Första.'), list('a', 'b', 'c'), paragraph('Sista.')];
    expect(sectionParagraphNumbers(blocks)).toEqual([[1], [2, 3, 4], [5]]);
    expect(numberedParagraphs(blocks)).toEqual([
      { number: 1, text: 'Första.' },
      { number: 2, text: 'a' },
      { number: 3, text: 'b' },
      { number: 4, text: 'c' },
      { number: 5, text: 'Sista.' },
    ]);
  });

  test('depends on the place, not the text: the same place with other words keeps its number', () => {
    expect(sectionParagraphNumbers([paragraph('x'), list('y', 'z')])).toEqual(sectionParagraphNumbers([paragraph('annat'), list('helt', 'nytt')]));
  });

  test('every paragraph anchor of every real document differs from every other id of its sections', () => {
    for (const document of documents) {
      const ids = document.sections.flatMap((section) => [
        section.id,
        ...numberedParagraphs(section.blocks).map((entry) => paragraphAnchor(section.id, entry.number)),
      ]);
      expect(new Set(ids).size, document.id).toBe(ids.length);
    }
  });
});

describe('a search hit in one paragraph', () => {
  const sectionOf = (href: string) => {
    const [, documentId, sectionId] = /^\/dokument\/([^/]+)\/#(.+)$/u.exec(href)!;
    const document = documents.find((candidate) => candidate.id === documentId)!;
    return { document, section: document.sections.find((candidate) => candidate.id === sectionId)! };
  };

  test('links to that paragraph and cites it after the section’s citation; a hit in several paragraphs links to the section', () => {
    const outcome = searcher.search('vänort');
    const views = outcome.hits.map((hit) => describeHit(searcher, outcome, hit)).filter((view) => !view.theme);
    let single = 0;
    let several = 0;
    for (const view of views) {
      const { document, section } = sectionOf(view.href);
      const holding = numberedParagraphs(section.blocks).filter((entry) => entry.text.toLowerCase().includes('vänort'));
      if (holding.length !== 1) {
        several += holding.length > 1 ? 1 : 0;
        expect(view.paragraphHref, view.href).toBeNull();
        expect(view.citation).toBe(sectionCitation(document, section));
        continue;
      }
      single += 1;
      const paragraphHref = routes.documentParagraph(document.id, section.id, holding[0]!.number);
      expect(view.paragraphHref).toBe(paragraphHref);
      expect(view.citation).toBe(`${sectionCitation(document, section)}, stycke ${holding[0]!.number}: {origin}${paragraphHref}`);
    }
    expect(single).toBeGreaterThan(0);
    expect(several).toBeGreaterThan(0);
  });
});
