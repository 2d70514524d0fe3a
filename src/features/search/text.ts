/**
 * Words of a text, for search: where each word is, its lower-case form (what "exact" means) and
 * its folded key (what matching uses: å ä ö é → a a o e). Pure string functions, used by the
 * index builder at build time and by the query in the browser, so both see the same words.
 */

/** A word of a text, with its place in the text as given (UTF-16 offsets, end exclusive). */
export interface Token {
  /** Lower case, NFC, without invisible formatting characters: `vänort`. */
  readonly form: string;
  /** The form folded for matching: `vanort`. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A word: letters, digits and combining marks (NFD text keeps its accents inside the word), and
 * the invisible characters that extraction leaves inside words (soft hyphen, zero-width space,
 * joiners, BOM), which are dropped from the form.
 */
const WORD = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Letters that do not decompose under NFD but still have a plain spelling. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/** Lower case, NFC, invisible characters removed: the form a word is shown and compared in. */
export function lowerForm(word: string): string {
  return word.replace(INVISIBLE, '').normalize('NFC').toLowerCase();
}

/**
 * Fold a lower-case form for matching only: diacritics dropped (`vänort` → `vanort`,
 * `idé` → `ide`), æ ø ß and the like spelt plainly. The text shown is never folded.
 */
export function fold(form: string): string {
  return form
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøœßđðłþı]/gu, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

/** Form and key of each word seen, since the same words recur throughout a corpus. */
const seen = new Map<string, readonly [form: string, key: string]>();
const SEEN_LIMIT = 100_000;

function formAndKey(word: string): readonly [string, string] {
  let known = seen.get(word);
  if (!known) {
    const form = lowerForm(word);
    known = [form, fold(form)];
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(word, known);
  }
  return known;
}

/** The words of a text, in order, with their offsets in the text as given. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const [form, key] = formAndKey(match[0]);
    // A run of combining marks or invisible characters alone is no word.
    if (key === '') continue;
    tokens.push({ form, key, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The text with every lone surrogate replaced by U+FFFD, so it can be encoded and compared. */
export function wellFormed(text: string): string {
  // With the `u` flag, \p{Cs} matches only surrogates that are not part of a pair.
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}
