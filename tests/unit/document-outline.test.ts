/** The document page's structure: parts, nesting, heading levels, category explanations, coverage. */
import { describe, expect, test } from 'vitest';
import { explainCategory } from '../../src/features/document/category.ts';
import { canonicalCoverage } from '../../src/features/document/category-coverage.ts';
import { neighbours } from '../../src/features/document/neighbours.ts';
import { buildOutline, displayHeading, hasCoverLetter, headingLevel, outlineDepths, splitParts } from '../../src/lib/document-outline.ts';
import type { Section } from '../../src/schema/policy-document.ts';
import { parseSeed } from '../support/parse.ts';

function section(id: string, level: number, part: Section['part'] = 'document', extra: Partial<Section> = {}): Section {
  return {
    id,
    heading: id,
    number: null,
    level,
    path: [],
    category: 'other',
    categoryBasis: 'heading',
    part,
    fromHeader: false,
    text: '',
    blocks: [],
    source: { startLine: 1, endLine: 1 },
    ...extra,
  };
}

describe('outline', () => {
  test('nests sections under the nearest earlier section of a lower level', () => {
    const outline = buildOutline([section('a', 1), section('a1', 2), section('a1x', 3), section('a2', 2), section('b', 1)]);
    expect(outline.map((node) => node.section.id)).toEqual(['a', 'b']);
    expect(outline[0]!.children.map((node) => node.section.id)).toEqual(['a1', 'a2']);
    expect(outline[0]!.children[0]!.children.map((node) => [node.section.id, node.depth])).toEqual([['a1x', 2]]);
  });

  test('a jump of several levels nests one step only, so headings never skip a level', () => {
    const depths = outlineDepths([section('a', 1), section('deep', 4), section('b', 2)]);
    expect(Object.fromEntries(depths)).toEqual({ a: 0, deep: 1, b: 1 });
    expect(headingLevel(depths.get('deep')!, 2)).toBe(3);
  });

  test('a document that starts below level 1 still starts at the outermost depth', () => {
    expect(Object.fromEntries(outlineDepths([section('x', 2), section('y', 3), section('z', 2)]))).toEqual({ x: 0, y: 1, z: 0 });
  });

  test('heading levels start at the base and stop at h6', () => {
    expect([0, 1, 2, 3, 4, 5].map((depth) => headingLevel(depth, 3))).toEqual([3, 4, 5, 6, 6, 6]);
  });

  test('parts are consecutive runs of the same part', () => {
    const sections = [section('c1', 1, 'cover-letter'), section('c2', 2, 'cover-letter'), section('d1', 1), section('d2', 1)];
    expect(splitParts(sections).map((part) => [part.part, part.sections.map((s) => s.id)])).toEqual([
      ['cover-letter', ['c1', 'c2']],
      ['document', ['d1', 'd2']],
    ]);
    expect(hasCoverLetter(sections)).toBe(true);
    expect(hasCoverLetter(sections.slice(2))).toBe(false);
  });

  test('the front matter is named by its part; untitled text by the heading it continues, or as the opening text', () => {
    const front = { category: 'front-matter' as const, path: [], text: 'Policy för Åre kommun' };
    expect(displayHeading({ heading: null, part: 'document', ...front })).toBe('Titel och dokumentuppgifter');
    expect(displayHeading({ heading: null, part: 'cover-letter', ...front })).toBe('Följebrevets huvud');
    expect(displayHeading({ heading: 'Syfte', part: 'document', category: 'purpose', path: [], text: 'Syftet är …' })).toBe('Syfte');
    const text = 'Vi lever i en värld där allt hänger ihop.';
    expect(displayHeading({ heading: null, part: 'document', category: 'purpose', path: [], text })).toBe('Utan rubrik: ’Vi lever i en värld …’');
    expect(displayHeading({ heading: null, part: 'document', category: 'goals', path: ['Utmaningen'], text: 'Alla ska med.' })).toBe(
      'Utmaningen, fortsättning: ’Alla ska med.’',
    );
  });

  test('Järfälla: the cover letter comes first, then the strategy, each nested on its own', async () => {
    const document = await parseSeed('jarfalla');
    const parts = splitParts(document.sections);
    expect(parts.map((part) => part.part)).toEqual(['cover-letter', 'document']);
    expect(parts[0]!.sections.map((s) => s.heading)).toContain('KOMMUNLEDNINGSKONTORETS FÖRSLAG');
    expect(parts[1]!.sections.map((s) => s.heading)).toContain('Mål och inriktning');
    const coverOutline = buildOutline(parts[0]!.sections);
    expect(coverOutline.find((node) => node.section.heading === 'BESKRIVNING AV ÄRENDET')!.children.map((node) => node.section.heading)).toEqual([
      'Bakgrund',
      'Analys/Överväganden',
      'Ekonomiska konsekvenser',
      'Slutsatser',
    ]);
  });
});

describe('category explanation', () => {
  test('says what the category was decided from, and marks a guess', () => {
    const titled = { heading: 'Rubrik' };
    expect(explainCategory({ ...titled, category: 'purpose', categoryBasis: 'heading', path: [] })).toEqual({
      label: 'Syfte',
      basis: 'enligt rubriken',
      guessed: false,
      canonical: true,
    });
    expect(explainCategory({ ...titled, category: 'priorities', categoryBasis: 'content', path: [] })).toMatchObject({
      basis: 'gissad från texten',
      guessed: true,
    });
    expect(explainCategory({ ...titled, category: 'priorities', categoryBasis: 'position', path: ['2 Prioriterade områden'] }).basis).toBe(
      'ärvd från ”2 Prioriterade områden”',
    );
    expect(explainCategory({ heading: null, category: 'front-matter', categoryBasis: 'position', path: [] }).basis).toBe('texten före första rubriken');
    expect(explainCategory({ heading: null, category: 'purpose', categoryBasis: 'position', path: [] }).basis).toBe(
      'dokumentets inledande text, som inte pekar åt annat håll',
    );
    expect(explainCategory({ heading: null, category: 'goals', categoryBasis: 'lead-in', path: [] })).toMatchObject({
      basis: 'enligt meningen som inleder listan',
      guessed: false,
    });
    expect(explainCategory({ ...titled, category: 'follow-up', categoryBasis: 'header-field', path: [] }).basis).toBe('från ett fält i dokumenthuvudet');
    expect(explainCategory({ ...titled, category: 'other', categoryBasis: 'heading', path: [] }).basis).toBe('ingen kategori passar rubriken');
  });

  test("Hylte's guessed section is marked as a guess", async () => {
    const document = await parseSeed('hylte');
    const guessed = document.sections.filter((s) => explainCategory(s).guessed).map((s) => s.heading);
    expect(guessed).toEqual(['Internationellt arbete i Hylte kommun']);
  });
});

describe('coverage of the five categories', () => {
  test('Tyresö has no purpose and no follow-up; its responsibility sections are found', async () => {
    const coverage = canonicalCoverage(await parseSeed('tyreso'));
    expect(coverage.map((category) => [category.label, category.sectionIds.length > 0])).toEqual([
      ['Syfte', false],
      ['Mål', true],
      ['Prioriterade områden', true],
      ['Ansvar', true],
      ['Uppföljning', false],
    ]);
    expect(coverage.find((category) => category.key === 'responsibility')!.sectionIds).toEqual(['ansvar', 'samordning']);
  });

  test('cover-letter sections do not count', () => {
    const coverage = canonicalCoverage({ sections: [section('s', 1, 'cover-letter', { category: 'purpose' })] });
    expect(coverage.find((category) => category.key === 'purpose')!.sectionIds).toEqual([]);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  test('gives the documents before and after', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'a')).toEqual({ previous: null, next: { id: 'b' } });
    expect(neighbours(list, 'c')).toEqual({ previous: { id: 'b' }, next: null });
    expect(neighbours(list, 'x')).toEqual({ previous: null, next: null });
  });
});
