/** The live numbers of /om/: sections, how categories were decided, removals per rule, warnings. */
import { expect, test } from 'vitest';
import { documentMethod, methodSummary, removalsByRule } from '../../src/features/overview/method.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

const seeds = () => Promise.all((Object.keys(SEEDS) as SeedName[]).map(parseSeed));

test('sections are counted per document, cover letters apart, and every section has one basis', async () => {
  const documents = await seeds();
  const summary = methodSummary(documents);
  const jarfalla = summary.documents.find((document) => document.id === 'jarfalla')!;
  expect(jarfalla.coverLetterSections).toBe(
    documents.find((document) => document.id === 'jarfalla')!.sections.filter((section) => section.part === 'cover-letter').length,
  );
  expect(jarfalla.coverLetterSections).toBeGreaterThan(0);
  for (const document of summary.documents) {
    expect(Object.values(document.byBasis).reduce((sum, count) => sum + count, 0)).toBe(document.sections);
  }
  expect(summary.totalSections).toBe(summary.documents.reduce((sum, document) => sum + document.sections, 0));
  expect(summary.sectionsMin).toBeLessThanOrEqual(summary.sectionsMedian);
  expect(summary.sectionsMedian).toBeLessThanOrEqual(summary.sectionsMax);
});

test('the one category guessed from content is Hylte’s, and it is named with its lines', async () => {
  const summary = methodSummary(await seeds());
  expect(summary.byBasis.content).toBe(1);
  expect(summary.documents.flatMap((document) => document.guessed.map((section) => `${document.id}: ${section.heading}`))).toEqual([
    'hylte: Internationellt arbete i Hylte kommun',
  ]);
});

test('removals per rule add up to every removal, most frequent first, with the reason readers see', async () => {
  const documents = await seeds();
  const rules = removalsByRule(documents);
  expect(rules.reduce((sum, rule) => sum + rule.removals, 0)).toBe(documents.reduce((sum, document) => sum + document.removed.length, 0));
  expect(rules.map((rule) => rule.removals)).toEqual([...rules.map((rule) => rule.removals)].sort((a, b) => b - a));
  const toc = rules.find((rule) => rule.ruleId === 'table-of-contents')!;
  expect(toc.documents).toEqual(expect.arrayContaining(['Eksjö', 'Hylte', 'Tyresö']));
  expect(toc.reason).toMatch(/innehållsförteckning/u);
  expect(rules.find((rule) => rule.ruleId === 'page-break-join')?.lines).toBe(0);
});

test('only warnings are listed, in line order; Tyresö’s placeholder date is one', async () => {
  const tyreso = documentMethod((await seeds()).find((document) => document.id === 'tyreso')!);
  expect(tyreso.warnings.every((warning) => warning.severity === 'warning')).toBe(true);
  expect(tyreso.warnings.map((warning) => warning.ruleId)).toEqual(['adoption-date-placeholder']);
  expect(tyreso.htmlTagLines).toBeGreaterThan(0);
});

test('no web address is recorded yet, and origins come from the source facts', async () => {
  const summary = methodSummary(await seeds());
  expect(summary.withoutUrl).toBe(5);
  expect(summary.encodings).toEqual({ 'utf-8': 5 });
});
