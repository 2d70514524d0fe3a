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
const NEVER_FINAL = new Set(['bl', 'bla', 'ex', 'tex', 'resp', 'nr', 'ca', 'jfr', 'kap', 'dvs', 'inkl', 'exkl', 'enl', 'ang', 'tel', 'tfn', 'fig', 'sid', 'avd', 'dnr', 'prop', 'kl', 'fr', 'pga', 'sk']);

/**
 * Sentences of a text. A full stop, `!` or `?` ends a sentence unless a lower-case letter follows
 * (`bl a. kommunens`), it closes a one-letter word (`t. ex.`) or an abbreviation that never ends a
 * sentence (`resp.`, `nr.`, `kap.`), or it stands by a `§`. `EU:s` has no full stop and never splits;
 * `m fl.` and `osv.` end a sentence before a capital.
 */
export function splitSentences(text: string): string[] {
  const flat = normalise(text);
  const sentences: string[] = [];
  let start = 0;
  for (const stop of flat.matchAll(/[.!?]+[)"”’]*(?= )/gu)) {
    const end = stop.index + stop[0].length;
    const next = flat.slice(end + 1);
    const word = /([\p{L}\p{N}§]+)$/u.exec(flat.slice(start, stop.index))?.[1] ?? '';
    if (/^\p{Ll}/u.test(next) || next.startsWith('§') || word === '§') continue;
    if (/^\p{L}$/u.test(word) || NEVER_FINAL.has(word.toLowerCase())) continue;
    sentences.push(flat.slice(start, end).trim());
    start = end + 1;
  }
  const rest = flat.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
