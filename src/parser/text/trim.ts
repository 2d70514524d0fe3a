/**
 * Trimming a run of characters off a text's ends, in time linear in the run. A pattern such as
 * `/[.:\s]+$/` is not: the regular-expression engine tries it from every character of a long run
 * that does not reach the end (`<` and a million spaces, then `x`), reading the rest of the run
 * each time.
 */

export type CharacterTest = (character: string) => boolean;

export const isWhitespace: CharacterTest = (character) => character.trim() === '';

/** The characters given, and optionally white space. */
export function oneOf(characters: string, orWhitespace = false): CharacterTest {
  return (character) => characters.includes(character) || (orWhitespace && isWhitespace(character));
}

export function trimStartWhere(text: string, trimmed: CharacterTest): string {
  let start = 0;
  while (start < text.length && trimmed(text[start]!)) start++;
  return text.slice(start);
}

export function trimEndWhere(text: string, trimmed: CharacterTest): string {
  let end = text.length;
  while (end > 0 && trimmed(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const SPACE_OR_TAB = oneOf(' \t');

/** The text without spaces and tabs at its ends, as a Markdown paragraph drops them. */
export function trimSpacesAndTabs(text: string): string {
  return trimEndWhere(trimStartWhere(text, SPACE_OR_TAB), SPACE_OR_TAB);
}

const LEADING_MARK = oneOf('#*_', true);
const TRAILING_MARK = oneOf('*_', true);

/** The text without Markdown marks around it: heading hashes, emphasis and white space (`## **Syfte** ` → `Syfte`). */
export function stripMarks(text: string): string {
  return trimEndWhere(trimStartWhere(text, LEADING_MARK), TRAILING_MARK);
}

const MAX_PAGE_DIGITS = 3;

/** The text without a number of one to three digits that ends it after white space (`internationell strategi 1`), as `/\s+\d{1,3}$/` would cut. */
export function withoutTrailingPageNumber(text: string): string {
  const rest = withoutTrailingDigits(text);
  if (rest === undefined || rest === '' || !isWhitespace(rest.at(-1)!)) return text;
  return trimEndWhere(rest, isWhitespace);
}

/** Does the text end in a dot leader of four dots or more and a page number (`Syfte ........ 3`), as `/\.{4,}\s*\d{1,3}$/` would find? */
export function endsWithLeaderAndPage(text: string): boolean {
  const withoutPage = withoutTrailingDigits(text);
  if (withoutPage === undefined) return false;
  const leader = trimEndWhere(withoutPage, isWhitespace);
  return leader.length - trimEndWhere(leader, oneOf('.')).length >= 4;
}

/** The text without the one to three digits that end it, or undefined if it does not end so. */
function withoutTrailingDigits(text: string): string | undefined {
  let start = text.length;
  while (start > 0 && text.length - start < MAX_PAGE_DIGITS && /\d/u.test(text[start - 1]!)) start--;
  return start === text.length ? undefined : text.slice(0, start);
}

/** Where the run of white space that ends at `end` starts (`end` itself when none does). */
export function whitespaceRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWhitespace(text[start - 1]!)) start--;
  return start;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/** The word (letters and digits) that ends `text`, read backwards in time linear in the word: `''` when none does. */
export function trailingWord(text: string): string {
  return trailingRun(text, LETTER_OR_DIGIT);
}

/**
 * The word of letters that ends before the white space ending `text`, and where it starts: what
 * `/(\p{L}+)\s+$/u` finds (`Innan beslutet ska ` → `ska`), read from the end. That pattern is tried
 * from every letter of a long word and reads the rest of the word each time.
 */
export function wordBeforeTrailingSpace(text: string): { word: string; index: number } | undefined {
  const spaceStart = whitespaceRunStart(text, text.length);
  if (spaceStart === text.length) return undefined;
  const word = trailingRun(text.slice(0, spaceStart), LETTER);
  return word === '' ? undefined : { word, index: spaceStart - word.length };
}

/** The characters that end `text` and each match `character` (a pattern for one code point), read backwards. */
function trailingRun(text: string, character: RegExp): string {
  let start = text.length;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && start > 1 ? 2 : 1;
    if (!character.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start);
}
