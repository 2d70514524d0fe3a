import { appendAll } from '../arrays.ts';
import { collapseWhitespace } from '../lines.ts';
import { isBlank, type NoiseCut, type NoiseRule } from './types.ts';
import { endsWithLeaderAndPage, isWhitespace, oneOf, trimEndWhere, type CharacterTest } from '../text/trim.ts';

const TOC_HEADING = /^(?:#{1,6}\s*)?(?:\*\*|__)?(innehåll|innehållsförteckning|innehåll:)(?:\*\*|__)?:?$/i;
/** A table of contents written on one line of a page transcript: `2 Innehåll 1. Inledning Syfte …`. */
const INLINE_TOC = /^(?:\d{1,3}\s+)?(?:innehåll|innehållsförteckning)\s+(.{3,400})$/iu;
/** The word that opens a table of contents inside a longer line. */
const NAMES_CONTENTS = /innehåll/iu;
const TOC_WORD = /(?<![\p{L}\p{N}])(?:innehållsförteckning|innehåll)(?![\p{L}\p{N}])/giu;
/** One entry of a table of contents run into a line: `1 Inledning... 3`, `3 Mål, syfte och inriktning..5`, `Uppföljning.10`. */
const RUN_IN_ENTRY = /\s*(?:(\d{1,2}(?:\.\d{1,2})*)\.?\s+)?(\p{Lu}[^.…\d\t]{0,100}?)\s*(?:\.{2,}|…|\.)\s*(\d{1,3})(?=\s|$)/uy;

function entryTitle(text: string): string | undefined {
  const title = titleBeforePage(text) ?? titleBeforeLeader(text);
  return title === undefined ? undefined : collapseWhitespace(trimEndWhere(title, oneOf('.')));
}

// An entry of a table of contents is a title after an optional section number, then a separator and
// a page number, or a dot leader. The title is the shortest that leaves a separator, as the lazy
// patterns `/^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)(?:\s*\.{2,}\s*|\s*\t\s*|\s{2,})(\d{1,3})$/u` and
// `/^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)\s*\.{3,}$/u` read it. Those patterns try every end of the title
// with every split of the white space and dots after it (a line of 2,000 spaces and tabs took more
// than 4 s);
// here the ends a separator allows are worked out once, from the line's end, and the title's
// starts are tried in the patterns' order. Held equal to the patterns by
// tests/unit/regex-rewrites.test.ts.

const SPACE_OR_DOT = oneOf('.', true);
const isDigit = (character: string) => character >= '0' && character <= '9';
const isDot = (character: string) => character === '.';
const MAX_PAGE_DIGITS = 3;

/** A range of title ends, both included. */
type Ends = readonly [number, number];

/** `2.1\tBarn och ungdomar .....\t4`, `Syfte\t3`, `Strategi – arbetsmetod.....\t3`, `Mål... 3`: the title, or undefined. */
export function titleBeforePage(text: string): string | undefined {
  const pageStart = runStart(text, text.length, isDigit);
  if (pageStart === text.length || text.length - pageStart > MAX_PAGE_DIGITS) return undefined;
  // The separator lies in the run of white space and dots before the page number.
  const separatorStart = runStart(text, pageStart, SPACE_OR_DOT);
  if (separatorStart === pageStart) return undefined;
  const lastDot = lastIndexWhere(text, separatorStart, pageStart, isDot);
  const lastDotsEnd = lastDot === -1 ? separatorStart : lastDot + 1;
  const lastDotsStart = runStart(text, lastDotsEnd, isDot, separatorStart);
  const ends: Ends[] = [];
  // A dot leader of two dots or more, with only white space around it.
  if (lastDotsEnd - lastDotsStart >= 2) {
    const previousDot = lastIndexWhere(text, separatorStart, lastDotsStart, isDot);
    ends.push([previousDot === -1 ? separatorStart : previousDot + 1, lastDotsEnd - 2]);
  }
  // White space after the last dot that holds a tab, or is two characters or more.
  const lastTab = lastIndexWhere(text, lastDotsEnd, pageStart, (c) => c === '\t');
  const latest = Math.max(lastTab, pageStart - 2);
  if (latest >= lastDotsEnd) ends.push([lastDotsEnd, latest]);
  return firstTitle(text, ends);
}

/** `Syfte .........`: the title before a dot leader of three dots or more that ends the line, or undefined. */
export function titleBeforeLeader(text: string): string | undefined {
  const dotsStart = runStart(text, text.length, isDot);
  if (text.length - dotsStart < 3) return undefined;
  return firstTitle(text, [[runStart(text, dotsStart, isWhitespace), text.length - 3]]);
}

/**
 * The first title the patterns find: from each start they try (after a section number and the
 * white space after it, less and less of that white space, then the line's start), the shortest
 * title of at least one character that ends where a separator may start and holds no line break.
 */
function firstTitle(text: string, ends: readonly Ends[]): string | undefined {
  const hasBreakBetween = lineBreakCounter(text);
  for (const start of titleStarts(text)) {
    let end: number | undefined;
    for (const [low, high] of ends) {
      const candidate = Math.max(low, start + 1);
      if (candidate <= high && (end === undefined || candidate < end)) end = candidate;
    }
    if (end !== undefined && !hasBreakBetween(start, end)) return text.slice(start, end);
  }
  return undefined;
}

/** Where a title may start, in the order the patterns try them. */
function* titleStarts(text: string): Generator<number> {
  const number = /^\d+(?:\.\d+)*/u.exec(text)?.[0];
  if (number !== undefined) {
    const afterNumber = text[number.length] === '.' ? number.length + 1 : number.length;
    const spaceEnd = runEnd(text, afterNumber, isWhitespace);
    for (let start = spaceEnd; start > afterNumber; start--) yield start;
  }
  yield 0;
}

/** Where the run of characters that pass `test` and ends at `end` starts (not before `floor`). */
function runStart(text: string, end: number, test: CharacterTest, floor = 0): number {
  let start = end;
  while (start > floor && test(text[start - 1]!)) start--;
  return start;
}

function runEnd(text: string, start: number, test: CharacterTest): number {
  let end = start;
  while (end < text.length && test(text[end]!)) end++;
  return end;
}

/** The last index in `[from, to)` whose character passes `test`, or -1. */
function lastIndexWhere(text: string, from: number, to: number, test: CharacterTest): number {
  for (let index = to - 1; index >= from; index--) if (test(text[index]!)) return index;
  return -1;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/** Whether `text.slice(start, end)` holds a line break, answered in constant time after one pass. */
function lineBreakCounter(text: string): (start: number, end: number) => boolean {
  if (!LINE_BREAK.test(text)) return () => false;
  const before = new Uint32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) before[index + 1] = before[index]! + (LINE_BREAK.test(text[index]!) ? 1 : 0);
  return (start, end) => before[end]! > before[start]!;
}

/**
 * A table of contents: a heading `Innehåll`/`Innehållsförteckning` and the entries after it
 * (titles with dot leaders or page numbers), or one written on a single transcript line, or stray
 * dot-leader lines. Its entry titles are kept as findings: they guide heading recognition.
 */
export const tableOfContents: NoiseRule = {
  id: 'table-of-contents',
  reason: 'Dokumentets innehållsförteckning (rubriker med sidnummer); rubrikerna finns kvar i texten.',
  find({ lines }, findings) {
    const cuts: NoiseCut[] = [];
    const cut = (line: number) => cuts.push({ ruleId: this.id, line });
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const text = line.text.trim();
      // The heading, a contents run into a line and one written on a line all name it `innehåll`.
      const named = NAMES_CONTENTS.test(text);
      if (named && TOC_HEADING.test(text)) {
        let end = index;
        for (let next = index + 1; next < lines.length; next++) {
          const candidate = lines[next]!.text.trim();
          if (isBlank(candidate)) continue;
          const title = entryTitle(candidate);
          if (title === undefined) break;
          findings.tocEntries.push(title);
          end = next;
        }
        if (end > index) {
          for (let taken = index; taken <= end; taken++) cut(lines[taken]!.line);
          index = end;
        }
        continue;
      }
      const runIn = named ? runInToc(line.text) : undefined;
      if (runIn) {
        appendAll(findings.tocEntries, runIn.entries);
        cuts.push({ ruleId: this.id, line: line.line, start: runIn.start, end: runIn.end });
        continue;
      }
      const inline = named ? INLINE_TOC.exec(text) : null;
      if (inline?.[1] && !/\p{Ll}[.!?]\s/u.test(inline[1])) {
        findings.tocText = collapseWhitespace(inline[1]);
        cut(line.line);
        continue;
      }
      if (endsWithLeaderAndPage(text)) {
        const title = entryTitle(text);
        if (title) findings.tocEntries.push(title);
        cut(line.line);
      }
    }
    return cuts;
  },
};

/**
 * A table of contents run into a longer line, as a transcript writes a page: the word
 * `Innehållsförteckning`, then two entries or more with leaders and page numbers. Text before and
 * after it on the line (a page header, a decision statement) is not part of it.
 */
function runInToc(text: string): { start: number; end: number; entries: string[] } | undefined {
  for (const word of text.matchAll(TOC_WORD)) {
    const entries: string[] = [];
    let end = word.index + word[0].length;
    RUN_IN_ENTRY.lastIndex = end;
    for (let match = RUN_IN_ENTRY.exec(text); match; match = RUN_IN_ENTRY.exec(text)) {
      entries.push(collapseWhitespace(match[2]!));
      end = RUN_IN_ENTRY.lastIndex;
    }
    if (entries.length >= 2) return { start: word.index, end, entries };
  }
  return undefined;
}
