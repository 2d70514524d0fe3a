/**
 * Sentence tools for the parser's stages: a block's plain text, whitespace normalised, split into
 * sentences the way Swedish steering documents punctuate them.
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { Phrase } from '../../schema/policy-document.ts';

/** The text with every run of whitespace made one space, trimmed. */
export const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** A block's or item's text: its phrases joined, whitespace-normalised, without markup. */
export function plainText(phrases: readonly Phrase[]): string {
  return normalise(phrases.map((phrase) => phrase.text).join(''));
}

/** Abbreviations after which a full stop never ends a sentence (one-letter ones, as in `t. ex.`, are handled apart). */
const NEVER_FINAL = new Set([
  'bl',
  'bla',
  'ex',
  'tex',
  'resp',
  'nr',
  'ca',
  'jfr',
  'kap',
  'dvs',
  'inkl',
  'exkl',
  'enl',
  'ang',
  'tel',
  'tfn',
  'fig',
  'sid',
  'avd',
  'dnr',
  'prop',
  'kl',
  'fr',
  'pga',
  'sk',
]);

/**
 * Sentences of a text. A full stop, `!` or `?` ends a sentence unless a lower-case letter follows
 * (`bl a. kommunens`), it closes a one-letter word (`t. ex.`) or an abbreviation that never ends a
 * sentence (`resp.`, `nr.`, `kap.`), or it stands by a `§`. `EU:s` has no full stop and never splits;
 * `m fl.` and `osv.` end a sentence before a capital.
 */
export function splitSentences(text: string): string[] {
  const flat = normalise(text);
  return sentenceSpans(flat)
    .map(({ start, end }) => flat.slice(start, end).trim())
    .filter(Boolean);
}

/** Punctuation that ends a sentence, read from the start of its run only (from each character of a run, a long run of `!` would be read again and again). */
const STOP = /(?<![.!?])[.!?]+[)"”’]*(?=\s)/gu;
const NEXT_CHARACTER = /\s*(\S)/uy;
const WORD_CHARACTER = /[\p{L}\p{N}§]/u;

/**
 * Where the sentences of a text start and end (`splitSentences`' rule), as offsets into the text
 * as given: for cutting a paragraph at a sentence. One pass; each character is looked at a bounded
 * number of times, so the time is linear in the text's length.
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const stop of text.matchAll(STOP)) {
    const end = stop.index + stop[0].length;
    NEXT_CHARACTER.lastIndex = end;
    const next = NEXT_CHARACTER.exec(text)?.[1] ?? '';
    let wordStart = stop.index;
    while (wordStart > start && WORD_CHARACTER.test(text[wordStart - 1]!)) wordStart--;
    const word = text.slice(wordStart, stop.index);
    if (/^\p{Ll}/u.test(next) || next === '§' || word === '§') continue;
    if (/^\p{L}$/u.test(word) || NEVER_FINAL.has(word.toLowerCase())) continue;
    spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/u.test(text[start]!)) start++;
  }
  if (text.slice(start).trim() !== '') spans.push({ start, end: text.length });
  return spans;
}

/**
 * The longest sentence read as one (characters). Real sentences of steering documents stay well
 * under it (the longest that assigns a duty in the seeds and the real-world excerpts is about 260);
 * a longer "sentence" is text whose full stops were lost (a transcript, a table read as one line).
 */
export const LONGEST_SENTENCE = 1000;

/**
 * `splitSentences`, with a sentence longer than `width` cut at the last space before each `width`
 * characters: stages that read a sentence once per actor in it then stay linear in the text.
 */
export function boundedSentences(text: string, width = LONGEST_SENTENCE): string[] {
  const pieces: string[] = [];
  for (const sentence of splitSentences(text)) {
    let start = 0;
    while (sentence.length - start > width) {
      let space = start + width;
      while (space > start && sentence[space] !== ' ') space--;
      const end = space > start ? space : start + width;
      pieces.push(sentence.slice(start, end).trim());
      start = end;
    }
    const rest = sentence.slice(start).trim();
    if (rest) pieces.push(rest);
  }
  return pieces;
}
