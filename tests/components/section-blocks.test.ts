/** A section's text as the document has it (`src/ui/SectionBlocks.astro`): paragraphs and lists in order, the document's own numbering and emphasis. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import SectionBlocks from '../../src/ui/SectionBlocks.astro';
import { attribute, descendants, shownText, spokenText, withClass, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder, parseTextOrThrow } from '../support/parse.ts';
import { render } from '../support/render-component.ts';

let documents: PolicyDocument[];
beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
});

/** The blocks as rendered, each as its tag and the texts of its items (a paragraph: its text). */
const blocksOf = (rendered: ReturnType<typeof withTag>[number]) =>
  rendered.children
    .filter((child) => typeof child !== 'string')
    .map((block) => [block.tag, block.tag === 'p' ? [shownText(block)] : withTag(block, 'li').map(shownText)]);

/** The text a reader sees, a paragraph or a list item at a time (each on a line of its own), joined by spaces. */
const linesShown = (rendered: ReturnType<typeof withTag>[number]) =>
  descendants(rendered)
    .filter((element) => element.tag === 'p' || element.tag === 'li')
    .map(shownText)
    .join(' ');

describe('a section’s blocks', () => {
  test('paragraphs and lists in the document’s order, each item its own; a reader sees the words of the section', async () => {
    const section = documents.find((document) => document.id === 'jarfalla')!.sections.find((candidate) => candidate.id === 'mal-och-inriktning')!;
    const rendered = await render(SectionBlocks, { blocks: section.blocks });
    expect(blocksOf(rendered).map(([tag, items]) => [tag, items!.length])).toEqual([
      ['p', 1],
      ['ul', 3],
      ['p', 1],
      ['ul', 4],
    ]);
    expect(blocksOf(rendered)[1]).toEqual([
      'ul',
      [
        'Bidra till att utveckla och stärka demokratin',
        'Främja tolerans och förståelse mellan olika människor och nationer',
        'Bidra till att utveckla kommunen genom impulser och kunskaper utifrån',
      ],
    ]);
    expect(linesShown(rendered)).toBe(section.text.replace(/\s+/gu, ' ').trim());
  });

  test('the document’s emphasis stays emphasis (Järfälla writes its goals in italics)', async () => {
    const section = documents.find((document) => document.id === 'jarfalla')!.sections.find((candidate) => candidate.id === 'mal-och-inriktning')!;
    const rendered = await render(SectionBlocks, { blocks: section.blocks });
    expect(withTag(rendered, 'em').map(shownText)).toEqual(withTag(rendered, 'li').map(shownText));
    expect(withTag(rendered, 'p').flatMap((paragraph) => withTag(paragraph, 'em'))).toEqual([]);
  });

  test('every section of every seed shows its words, nothing lost or added', async () => {
    for (const document of documents)
      for (const section of document.sections) {
        const rendered = await render(SectionBlocks, { blocks: section.blocks });
        expect(linesShown(rendered), `${document.id}#${section.id}`).toBe(section.text.replace(/\s+/gu, ' ').trim());
      }
  });

  test('an ordered list keeps the number the document starts it at; one from 1 needs none', async () => {
    const document = await parseTextOrThrow('Policy för Åre kommun\n\nMål\n\n3. tredje målet\n4. fjärde målet\n\nUppföljning\n\n1. först\n2. sedan');
    const [goals, followUp] = [
      document.sections.find((section) => section.category === 'goals')!,
      document.sections.find((section) => section.category === 'follow-up')!,
    ];
    const continued = withTag(await render(SectionBlocks, { blocks: goals.blocks }), 'ol');
    expect(continued.map((list) => [attribute(list, 'start'), withTag(list, 'li').map(shownText)])).toEqual([['3', ['tredje målet', 'fjärde målet']]]);
    const fromOne = withTag(await render(SectionBlocks, { blocks: followUp.blocks }), 'ol');
    expect(fromOne.map((list) => [attribute(list, 'start'), withTag(list, 'li').length])).toEqual([[undefined, 2]]);
  });

  test('on the document page (given the section id) each paragraph and list item has its anchor and a link to it named “Länk till stycke N”', async () => {
    const section = documents.find((document) => document.id === 'jarfalla')!.sections.find((candidate) => candidate.id === 'mal-och-inriktning')!;
    const rendered = await render(SectionBlocks, { blocks: section.blocks, sectionId: section.id });
    const units = descendants(rendered).filter((element) => element.tag === 'p' || element.tag === 'li');
    // One paragraph, three items, one paragraph, four items: nine, numbered in reading order.
    expect(units.map((unit) => attribute(unit, 'id'))).toEqual(Array.from({ length: 9 }, (_, index) => `mal-och-inriktning-p${index + 1}`));
    expect(
      units.map((unit) => withClass(unit, 'paragraph-link').map((link) => [attribute(link, 'href'), attribute(link, 'aria-label'), spokenText(link)])),
    ).toEqual(units.map((unit, index) => [[`#${attribute(unit, 'id')}`, `Länk till stycke ${index + 1}`, '¶']]));
  });

  test('elsewhere (a comparison cell) the text has no anchors and no links', async () => {
    const section = documents.find((document) => document.id === 'jarfalla')!.sections.find((candidate) => candidate.id === 'mal-och-inriktning')!;
    const rendered = await render(SectionBlocks, { blocks: section.blocks });
    expect(descendants(rendered).filter((element) => attribute(element, 'id') !== undefined || element.tag === 'a')).toEqual([]);
  });
});
