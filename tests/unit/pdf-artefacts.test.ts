/**
 * What extraction leaves inside a line, one fixture per rule (written for the rule): hyphenation
 * at a line end run together with a space, bullets that came out as letters, footnote numbers run
 * into the text, an image's text glued to the next word. What a reader notices: the words read
 * whole, the list is a list, and every cut is recorded.
 */
import { describe, expect, test } from 'vitest';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseLossless } from '../support/parse.ts';

const allText = (document: PolicyDocument) => document.sections.map((section) => section.text).join('\n');
const removedBy = (document: PolicyDocument, ruleId: string) => document.removed.filter((removal) => removal.ruleId === ruleId);

const parsed = parseLossless;

describe('line-end hyphenation', () => {
  test('a word split at a line end is whole again; a shortened compound before och/eller keeps its hyphen', async () => {
    const document = await parsed([
      'Riktlinjer för internationellt arbete',
      '',
      'Syfte',
      '',
      'Arbetet ska ge med- arbetarna ny kun- skap inom hälso- och sjukvård, skol- eller fritidsverksamhet och EU- finansierade projekt.',
    ]);
    expect(allText(document)).toContain(
      'Arbetet ska ge medarbetarna ny kunskap inom hälso- och sjukvård, skol- eller fritidsverksamhet och EU-finansierade projekt.',
    );
    expect(removedBy(document, 'line-end-hyphenation')).toHaveLength(3);
  });
});

describe('bullets written as letters', () => {
  test('at the start of lines and run into a transcript page, the items become a list', async () => {
    const document = await parsed([
      'Strategi för internationellt arbete',
      '',
      'Mål',
      '',
      'l Kontakterna ska öka förståelsen mellan människor.',
      'l Fler elever ska delta i utbyten.',
      '',
      'Prioriterade områden • Utbildning och skola • Näringslivets utveckling',
    ]);
    const goals = document.sections.find((section) => section.heading === 'Mål')!;
    expect(goals.blocks).toEqual([expect.objectContaining({ type: 'list', items: [expect.anything(), expect.anything()] })]);
    expect(goals.text).toBe('Kontakterna ska öka förståelsen mellan människor.\nFler elever ska delta i utbyten.');
    const priorities = document.sections.find((section) => section.heading === 'Prioriterade områden')!;
    expect(priorities.text).toBe('Utbildning och skola\nNäringslivets utveckling');
    expect(removedBy(document, 'bullet-letter').map((removal) => removal.text)).toEqual(['l', 'l']);
  });

  test('a paragraph sign before a number stays', async () => {
    const document = await parsed([
      'Policy för internationellt arbete',
      '',
      'Antagen av kommunfullmäktige 2020-02-03 § 12',
      '',
      'Syfte',
      '',
      'Syftet är att utveckla verksamheten.',
    ]);
    expect(removedBy(document, 'bullet-letter')).toEqual([]);
    expect(document.adopted.text).toContain('§ 12');
  });
});

describe('footnote numbers run into the text', () => {
  test('the sequence 1, 2, 3 glued to words and after sentences is cut; numbers that count things stay', async () => {
    const document = await parsed([
      'Strategi för internationellt arbete',
      '',
      'Bakgrund',
      '',
      'År 2019 gjordes en kartläggning av arbetet i kommunen 1. Den visade att ansvaret var otydligt, vilket också en granskning 2 som gjordes året efter fann. Kapitel 2 beskriver arbetet. 3 Arbetet har sedan dess utvecklats i 4 steg.',
    ]);
    expect(document.sections.find((section) => section.heading === 'Bakgrund')!.text).toBe(
      'År 2019 gjordes en kartläggning av arbetet i kommunen. Den visade att ansvaret var otydligt, vilket också en granskning som gjordes året efter fann. Kapitel 2 beskriver arbetet. Arbetet har sedan dess utvecklats i 4 steg.',
    );
    expect(
      removedBy(document, 'footnote-mark')
        .map((removal) => removal.text)
        .sort(),
    ).toEqual(['1', '2', '3']);
  });

  test('a lone number after a word is not a footnote', async () => {
    const document = await parsed([
      'Policy för internationellt arbete',
      '',
      'Syfte',
      '',
      'Kommunen har vänorter i 3 länder och deltar i projekt 1 gång om året.',
    ]);
    expect(removedBy(document, 'footnote-mark')).toEqual([]);
  });
});

describe("an image's text glued to the next word", () => {
  test('is cut at the start of a paragraph where it runs into a sentence', async () => {
    const document = await parsed([
      'Internationellt arbete',
      '',
      'Flaggor vid stadshusetI dag deltar kommunen i flera europeiska nätverk för utveckling.',
      '',
      'Kommunen deltar också i ErasmusPlus där elever reser.',
    ]);
    expect(allText(document)).toContain('I dag deltar kommunen i flera europeiska nätverk för utveckling.');
    expect(allText(document)).toContain('Kommunen deltar också i ErasmusPlus där elever reser.');
    expect(removedBy(document, 'image-text').map((removal) => removal.text)).toEqual(['Flaggor vid stadshuset']);
  });
});
