/**
 * Scores the parser against the gold annotations of `tests/fixtures/real-world/gold.json`: real
 * texts from other municipalities, judged sentence by sentence by a reader (never by looking at
 * the parser's output). Pure: the caller parses, this module compares.
 *
 * A gold sentence is *found* when its words, in order, stand inside one section's text (case,
 * punctuation and white space aside, whole words only); it is *lost* otherwise — kept nowhere, cut
 * in two by a wrong heading, glued to leftover noise, or removed as if it were noise. A found
 * sentence is right (strict) when its section's category is one the annotator allowed, and right
 * at the level of the comparison's rows when both are the same canonical row, or both are outside
 * the five rows ("elsewhere").
 */
import { isCanonicalCategory, type CategoryKey } from '../../src/taxonomy/categories.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';

export interface GoldSentence {
  readonly text: string;
  readonly categories: readonly CategoryKey[];
}

export interface GoldIssuer {
  readonly kind: 'municipality' | 'region' | 'foreign';
  readonly name: string;
}

export interface GoldMetadata {
  readonly title?: string;
  readonly issuer?: GoldIssuer;
  readonly documentType?: string | null;
  readonly adopted?: { readonly date: string | null; readonly by: string | null };
}

export interface GoldResponsibility {
  readonly actor: string;
  readonly quote: string;
}

export interface GoldFile {
  readonly metadata: GoldMetadata;
  readonly headings: readonly string[];
  readonly sentences: readonly GoldSentence[];
  readonly boilerplate: readonly string[];
  readonly optional: readonly string[];
  readonly responsibilities: readonly GoldResponsibility[];
}

export interface Gold {
  readonly files: Readonly<Record<string, GoldFile>>;
}

export type Row = CategoryKey | 'elsewhere';

export interface SentenceResult {
  readonly sentence: GoldSentence;
  /** The section holding it, or `null` when it was lost. */
  readonly section: { readonly id: string; readonly heading: string | null; readonly category: CategoryKey } | null;
  readonly strict: boolean;
  readonly row: boolean;
}

export interface MetadataResult {
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
  readonly right: boolean;
}

export interface FileScore {
  readonly file: string;
  readonly sentences: readonly SentenceResult[];
  readonly boilerplate: number;
  readonly boilerplateKept: readonly string[];
  readonly metadata: readonly MetadataResult[];
  readonly headingsFound: number;
  readonly headings: number;
  readonly responsibilitiesFound: number;
  readonly responsibilitiesMissed: readonly GoldResponsibility[];
}

export interface Totals {
  readonly sentences: number;
  readonly strict: number;
  readonly row: number;
  readonly lost: number;
  readonly boilerplate: number;
  readonly boilerplateKept: number;
  readonly metadata: number;
  readonly metadataRight: number;
  readonly headings: number;
  readonly headingsFound: number;
  readonly responsibilities: number;
  readonly responsibilitiesFound: number;
}

/** Words only: lower case, every run of anything that is not a letter or digit one space, padded so that a search matches whole words. */
export function wordKey(text: string): string {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words === '' ? '' : ` ${words} `;
}

export function rowOf(category: CategoryKey): Row {
  return isCanonicalCategory(category) ? category : 'elsewhere';
}

/**
 * Every gold sentence, looked up in document order: from the section where the previous one was
 * found onwards, else anywhere (a sentence can be found out of order; it still counts).
 */
function scoreSentences(gold: GoldFile, document: PolicyDocument): SentenceResult[] {
  const sections = document.sections.map((section) => ({ section, key: wordKey(section.text) }));
  let cursor = 0;
  return gold.sentences.map((sentence) => {
    const key = wordKey(sentence.text);
    const at = (from: number) => sections.findIndex((entry, index) => index >= from && key !== '' && entry.key.includes(key));
    let index = at(cursor);
    if (index === -1) index = at(0);
    if (index === -1) return { sentence, section: null, strict: false, row: false };
    cursor = index;
    const { section } = sections[index]!;
    const strict = sentence.categories.includes(section.category);
    const row = sentence.categories.some((category) => rowOf(category) === rowOf(section.category));
    return { sentence, section: { id: section.id, heading: section.heading, category: section.category }, strict, row };
  });
}

/**
 * Boilerplate that is still in a section's text or heading, or in the title: the string as the
 * file has it (white space aside, punctuation kept, so `[Godkänt datum]` is not the label
 * `GODKÄNT DATUM`), as whole words.
 */
function keptBoilerplate(gold: GoldFile, document: PolicyDocument): string[] {
  const flat = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const kept = [document.title, ...document.sections.flatMap((section) => [section.heading ?? '', section.text])].map(flat).join('\n');
  return gold.boilerplate.filter((text) => {
    const wanted = flat(text).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    return wanted !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${wanted}(?![\\p{L}\\p{N}])`, 'u').test(kept);
  });
}

function scoreMetadata(gold: GoldMetadata, document: PolicyDocument): MetadataResult[] {
  const results: MetadataResult[] = [];
  const check = (field: string, expected: string | null, actual: string | null, same = (a: string, b: string) => a === b) => {
    const e = expected ?? '–';
    const a = actual ?? '–';
    results.push({ field, expected: e, actual: a, right: expected === null ? actual === null : actual !== null && same(expected, actual) });
  };
  const sameText = (a: string, b: string) => wordKey(a) === wordKey(b);
  if (gold.title !== undefined) check('title', gold.title, document.title, sameText);
  if (gold.issuer !== undefined) {
    const { kind, name } = gold.issuer;
    if (kind === 'municipality') check('municipality', name, document.municipality);
    else {
      // Not a Swedish municipality: no municipality may be guessed; a region says it is one.
      check('municipality', null, document.municipality);
      if (kind === 'region')
        check(
          'issuer',
          `region: ${name}`,
          document.issuer.kind === 'region' ? `region: ${document.issuer.name}` : `${document.issuer.kind}: ${document.issuer.name ?? ''}`,
          sameText,
        );
    }
  }
  if (gold.documentType !== undefined) check('documentType', gold.documentType, document.documentType);
  if (gold.adopted !== undefined) {
    check('adopted.date', gold.adopted.date, document.adopted.date);
    check('adopted.by', gold.adopted.by, document.adopted.by, (a, b) => a.toLowerCase() === b.toLowerCase());
  }
  return results;
}

function scoreHeadings(gold: GoldFile, document: PolicyDocument): number {
  // A heading is found as written, with or without the document's number for it (`1 Inledning`).
  const found = new Set(
    document.sections.flatMap((section) => (section.heading === null ? [] : [wordKey(section.heading), wordKey(`${section.number ?? ''} ${section.heading}`)])),
  );
  return gold.headings.filter((heading) => found.has(wordKey(heading))).length;
}

/** A gold responsibility is found when a responsibility of the parser cites it and names the same actor. */
function missedResponsibilities(gold: GoldFile, document: PolicyDocument): GoldResponsibility[] {
  return gold.responsibilities.filter((wanted) => {
    const quote = wordKey(wanted.quote);
    const actor = wordKey(wanted.actor);
    return !document.responsibilities.some((found) => {
      const duty = wordKey(found.duty);
      const sameText = duty.includes(quote) || quote.includes(duty);
      const named = wordKey(found.actorText);
      const label = wordKey(found.actor.label);
      return sameText && (actor.includes(named) || named.includes(actor) || actor.includes(label) || label.includes(actor));
    });
  });
}

export function scoreFile(file: string, gold: GoldFile, document: PolicyDocument): FileScore {
  const missed = missedResponsibilities(gold, document);
  return {
    file,
    sentences: scoreSentences(gold, document),
    boilerplate: gold.boilerplate.length,
    boilerplateKept: keptBoilerplate(gold, document),
    metadata: scoreMetadata(gold.metadata, document),
    headingsFound: scoreHeadings(gold, document),
    headings: gold.headings.length,
    responsibilitiesFound: gold.responsibilities.length - missed.length,
    responsibilitiesMissed: missed,
  };
}

export function totals(scores: readonly FileScore[]): Totals {
  const sum = (pick: (score: FileScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    sentences: sum((score) => score.sentences.length),
    strict: sum((score) => score.sentences.filter((result) => result.strict).length),
    row: sum((score) => score.sentences.filter((result) => result.row).length),
    lost: sum((score) => score.sentences.filter((result) => result.section === null).length),
    boilerplate: sum((score) => score.boilerplate),
    boilerplateKept: sum((score) => score.boilerplateKept.length),
    metadata: sum((score) => score.metadata.length),
    metadataRight: sum((score) => score.metadata.filter((result) => result.right).length),
    headings: sum((score) => score.headings),
    headingsFound: sum((score) => score.headingsFound),
    responsibilities: sum((score) => score.responsibilitiesFound + score.responsibilitiesMissed.length),
    responsibilitiesFound: sum((score) => score.responsibilitiesFound),
  };
}
