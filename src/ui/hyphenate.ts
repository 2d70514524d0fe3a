/**
 * Soft hyphens (U+00AD) in long Swedish words, put in at build time where text sits in a narrow
 * table cell or a heading: Chromium on Linux has no Swedish hyphenation dictionary, so `hyphens:
 * auto` does nothing there and a long word breaks anywhere (`Kommunfullmäktig|e`). With soft
 * hyphens the browser breaks only where Swedish allows, and draws a hyphen at the line's end.
 *
 * Only for text that is shown: never in attributes (aria-label, title, data-*), copied citations,
 * the search index or the data files, which must hold the text as the document has it. What a
 * reader selects and copies leaves without them (`copy-without-soft-hyphens.ts`).
 */
import swedish from 'hyphen/sv/index.js';
import { SOFT_HYPHEN } from './soft-hyphen.ts';

export { SOFT_HYPHEN, withoutSoftHyphens } from './soft-hyphen.ts';

/** Words shorter than this many letters are left whole: they fit a narrow cell's line. */
export const MIN_WORD_LENGTH = 10;

/**
 * Compounds that TeX's Swedish patterns split at the wrong place (`kom-munö-ver-gri-pan-de`), with
 * `-` where they may break: words the site's own text and headings use. Applied here, in any
 * letter case, rather than through the library's `exceptions`, which misplaces the breaks of a
 * word written with capitals.
 */
const EXCEPTIONS = new Map(
  ['kom-mun-över-gri-pan-de', 'styr-do-ku-ments-jäm-fö-ra-ren', 'pro-jekt-an-sök-ning-ar', 'pro-jekt-an-sö-kan', 'do-ku-ment-an-sva-rig'].map((written) => [
    written.replaceAll('-', ''),
    written,
  ]),
);

/** `word` with soft hyphens where `written` (the same word in lower case, with `-`) has hyphens. */
function likeException(word: string, written: string): string {
  let result = '';
  let index = 0;
  for (const char of written) {
    if (char === '-') result += SOFT_HYPHEN;
    else result += word.charAt(index++);
  }
  return result;
}

/** A word: letters (and their combining marks), and soft hyphens already in it. */
const WORD = /[\p{L}\p{M}\u00AD]+/gu;
const LETTER = /\p{L}/gu;

const cache = new Map<string, string>();

function hyphenateWord(word: string): string {
  // A word that already has soft hyphens (put in by hand, or by an earlier call) is kept as it is.
  if (word.includes(SOFT_HYPHEN) || (word.match(LETTER)?.length ?? 0) < MIN_WORD_LENGTH) return word;
  let hyphenated = cache.get(word);
  if (hyphenated === undefined) {
    const written = EXCEPTIONS.get(word.toLocaleLowerCase('sv'));
    hyphenated = written ? likeException(word, written) : swedish.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH });
    cache.set(word, hyphenated);
  }
  return hyphenated;
}

/** `text` with soft hyphens where its long words may break; removing them gives `text` back. */
export function hyphenate(text: string): string {
  return text.replace(WORD, hyphenateWord);
}
