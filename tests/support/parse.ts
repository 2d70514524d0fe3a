import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { parsePolicyDocument, type ParseResult } from '../../src/parser/parse-document.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { normaliseLines } from '../../src/parser/lines.ts';
import type { SourceFacts } from '../../src/parser/metadata/extract-metadata.ts';
import { readSourceFacts } from '../../src/loaders/parse-files.ts';

export const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** The five real documents, by municipality slug. */
export const SEEDS = {
  eskilstuna: '000_b84f3734f8592b5d.txt',
  eksjo: '001_7dfd75f0d7177fa4.txt',
  hylte: '002_8b752b9c21fcc681.txt',
  tyreso: '003_671a48028396405d.txt',
  jarfalla: '004_daacd0b19ca4641f.txt',
} as const;

export type SeedName = keyof typeof SEEDS;

export function seedBytes(name: SeedName): Uint8Array {
  return new Uint8Array(readFileSync(join(CONTENT, SEEDS[name])));
}

export function parseSeed(name: SeedName): Promise<PolicyDocument> {
  return parseSeedWithFacts(name, {});
}

/** A seed parsed with `facts` (its entry of `content/sources.json`, as the build reads it). */
async function parseSeedWithFacts(name: SeedName, facts: SourceFacts): Promise<PolicyDocument> {
  const { document, file } = await parsePolicyDocument(seedBytes(name), { path: `content/${SEEDS[name]}`, facts });
  if (!document) throw new Error(`${name} did not parse: ${file.messages.map(String).join('\n')}`);
  return document;
}

const collator = new Intl.Collator('sv');

/** The documents in the site's order (`getDocuments()`): Swedish order of municipality. Sorts in place. */
export function inSiteOrder<T extends Pick<PolicyDocument, 'municipality' | 'title'>>(documents: T[]): T[] {
  return documents.sort((a, b) => collator.compare(a.municipality ?? a.title, b.municipality ?? b.title));
}

let seedsInSiteOrder: Promise<PolicyDocument[]> | undefined;
let seedsWithSources: Promise<PolicyDocument[]> | undefined;

/**
 * The five real documents in the site's order, Swedish order of municipality (as `getDocuments()`
 * gives them). Parsed once per worker (the projects share a module graph across files); each call
 * gets its own copy, so a test may change what it gets.
 */
export async function parseSeedsInSiteOrder(): Promise<PolicyDocument[]> {
  seedsInSiteOrder ??= Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name))).then(inSiteOrder);
  return structuredClone(await seedsInSiteOrder);
}

/**
 * The five real documents as the build has them: in the site's order and with what
 * `content/sources.json` says of each (how it reached the project, its web address), which
 * `parseSeed` alone leaves empty. Parsed once per worker; each call gets its own copy.
 */
export async function parseSeedsWithSources(): Promise<PolicyDocument[]> {
  seedsWithSources ??= readSourceFacts(CONTENT).then((facts) =>
    Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeedWithFacts(name, facts[SEEDS[name]] ?? {}))).then(inSiteOrder),
  );
  return structuredClone(await seedsWithSources);
}

export async function parseText(text: string, path = 'test.txt'): Promise<ParseResult> {
  return parsePolicyDocument(text, { path });
}

export async function parseTextOrThrow(text: string): Promise<PolicyDocument> {
  const { document, file } = await parseText(text);
  if (!document) throw new Error(file.messages.map(String).join('\n'));
  return document;
}

/**
 * Parse a fixture (its lines, or its text) and check that the parser lost nothing of it: every
 * line is in a section or a removal, and so is every word.
 */
export async function parseLossless(fixture: readonly string[] | string): Promise<PolicyDocument> {
  const text = typeof fixture === 'string' ? fixture : fixture.join('\n');
  const document = await parseTextOrThrow(text);
  expect(lostLines(text, document)).toEqual([]);
  expect(lostWords(text, document)).toEqual([]);
  return document;
}

export function contentFiles(): string[] {
  return readdirSync(CONTENT).filter((name) => name.endsWith('.txt'));
}

/**
 * Non-blank source lines that are in no section and in no removal: what the parser lost. The
 * invariant of DESIGN.md is that this is always empty.
 */
export function lostLines(text: string, document: PolicyDocument): number[] {
  const covered = (line: number) =>
    document.sections.some((section) => section.source.startLine <= line && line <= section.source.endLine) ||
    document.removed.some((removal) => removal.startLine <= line && line <= removal.endLine);
  return normaliseLines(text)
    .filter((line) => line.text.trim() !== '' && !covered(line.line))
    .map((line) => line.line);
}

/**
 * Words of the source that appear neither in a section's text nor in what was removed: a stricter
 * check than line coverage, since it catches text dropped from inside a line.
 */
export function lostWords(text: string, document: PolicyDocument): string[] {
  const listNumbers = document.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.type === 'list' && block.ordered ? block.items.map((_, index) => String((block.start ?? 1) + index)) : [])),
  );
  const kept = `${document.sections.map((section) => `${section.heading ?? ''} ${section.number ?? ''} ${section.text}`).join(' ')} ${document.removed.map((removal) => removal.text).join(' ')} ${listNumbers.join(' ')}`;
  const bag = new Map<string, number>();
  for (const word of words(kept)) bag.set(word, (bag.get(word) ?? 0) + 1);
  const take = (word: string): boolean => {
    const count = bag.get(word) ?? 0;
    if (count > 0) bag.set(word, count - 1);
    return count > 0;
  };
  const lost: string[] = [];
  const source = words(
    normaliseLines(text)
      .map((line) => line.text)
      .join('\n'),
  );
  for (let index = 0; index < source.length; index++) {
    const word = source[index]!;
    if (take(word)) continue;
    // A word split at a line end and joined again (`kun- skap` → `kunskap`) is one word of the kept text.
    const next = source[index + 1];
    if (next !== undefined && take(word + next)) {
      index++;
      continue;
    }
    // Two things glued together (`stadshusetI` → removed `stadshuset`, kept `I`) are two words of the result.
    const split = Array.from({ length: word.length - 1 }, (_, at) => at + 1).find(
      (at) => (bag.get(word.slice(0, at)) ?? 0) > 0 && (bag.get(word.slice(at)) ?? 0) > 0,
    );
    if (split !== undefined && take(word.slice(0, split)) && take(word.slice(split))) continue;
    lost.push(word);
  }
  return lost;
}

function words(text: string): string[] {
  return text
    .replace(/[*_#]+/gu, ' ')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => word.toLowerCase());
}
