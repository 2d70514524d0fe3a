/**
 * HTML tags in a line of text reduced to the text between them, in one pass: each character is
 * looked at a bounded number of times, so the time is linear in the line's length whatever it
 * holds (`<` followed by a million spaces, a thousand unclosed `<b`).
 *
 * A tag is `<name …>` or `</name>` for a known element name (`elements.ts`), with no `<` or `>`
 * inside it; a comment `<!-- … -->`; or a doctype. Anything else in angle brackets
 * (`<förvaltning>`, `<namn>`, `< 5 år`, `a<b`) is text and stays as written.
 */
import { HTML_ELEMENTS, SEPARATING_ELEMENTS } from './elements.ts';

export interface ReducedLine {
  readonly text: string;
  /** The tags removed, as written. */
  readonly tags: readonly string[];
}

/** The longest element name (`blockquote`, `figcaption`): a longer run of letters after `<` names none. */
const LONGEST_NAME = 10;
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const DOCTYPE_OPEN = '<!doctype';

/**
 * `text.indexOf(needle, from)` for calls whose `from` never decreases: the answer is kept while it
 * still lies ahead, so no stretch of the text is searched twice.
 */
class ForwardSearch {
  private found: number | undefined;
  private readonly text: string;
  private readonly needle: string;

  constructor(text: string, needle: string) {
    this.text = text;
    this.needle = needle;
  }

  from(position: number): number {
    if (this.found === undefined || (this.found !== -1 && this.found < position)) this.found = this.text.indexOf(this.needle, position);
    return this.found;
  }
}

interface Tag {
  readonly end: number;
  /** What the tag stands for in the text: a space between blocks or cells, else nothing. */
  readonly replacement: string;
}

export function reduceHtmlTags(line: string): ReducedLine {
  if (!line.includes('<')) return { text: line, tags: [] };
  const searches = { close: new ForwardSearch(line, '>'), open: new ForwardSearch(line, '<'), commentEnd: new ForwardSearch(line, COMMENT_CLOSE) };
  const tags: string[] = [];
  let text = '';
  let kept = 0;
  for (let at = line.indexOf('<'); at !== -1; at = line.indexOf('<', at + 1)) {
    const tag = commentAt(line, at, searches.commentEnd) ?? doctypeAt(line, at, searches.close) ?? elementTagAt(line, at, searches);
    if (!tag) continue;
    text += line.slice(kept, at) + tag.replacement;
    tags.push(line.slice(at, tag.end));
    kept = tag.end;
    at = tag.end - 1;
  }
  return tags.length === 0 ? { text: line, tags } : { text: text + line.slice(kept), tags };
}

function commentAt(line: string, at: number, commentEnd: ForwardSearch): Tag | undefined {
  if (!line.startsWith(COMMENT_OPEN, at)) return undefined;
  const close = commentEnd.from(at + COMMENT_OPEN.length);
  return close === -1 ? undefined : { end: close + COMMENT_CLOSE.length, replacement: '' };
}

function doctypeAt(line: string, at: number, close: ForwardSearch): Tag | undefined {
  if (line.slice(at, at + DOCTYPE_OPEN.length).toLowerCase() !== DOCTYPE_OPEN) return undefined;
  const end = close.from(at);
  return end === -1 ? undefined : { end: end + 1, replacement: '' };
}

function elementTagAt(line: string, at: number, searches: { close: ForwardSearch; open: ForwardSearch }): Tag | undefined {
  const nameStart = line[at + 1] === '/' ? at + 2 : at + 1;
  let nameEnd = nameStart;
  while (nameEnd < line.length && nameEnd - nameStart <= LONGEST_NAME && isNameCharacter(line.charCodeAt(nameEnd), nameEnd === nameStart)) nameEnd++;
  const name = line.slice(nameStart, nameEnd).toLowerCase();
  if (!HTML_ELEMENTS.has(name)) return undefined;
  const after = line[nameEnd];
  if (after !== '>' && after !== '/' && !/\s/u.test(after ?? '')) return undefined;
  const close = searches.close.from(nameEnd);
  const nextOpen = searches.open.from(at + 1);
  if (close === -1 || (nextOpen !== -1 && nextOpen < close)) return undefined;
  return { end: close + 1, replacement: SEPARATING_ELEMENTS.has(name) ? ' ' : '' };
}

/** ASCII letters, and after the first, digits and `-`: the characters of an HTML tag name. */
function isNameCharacter(code: number, first: boolean): boolean {
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return letter || (!first && ((code >= 0x30 && code <= 0x39) || code === 0x2d));
}
