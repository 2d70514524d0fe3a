import { collapseWhitespace } from '../lines.ts';
import { isBlank, type NoiseCut, type NoiseRule } from './types.ts';
import { endsWithLeaderAndPage, oneOf, trimEndWhere } from '../text/trim.ts';

const TOC_HEADING = /^(?:#{1,6}\s*)?(?:\*\*|__)?(innehåll|innehållsförteckning|innehåll:)(?:\*\*|__)?:?$/i;
/** `2.1\tBarn och ungdomar .....\t4`, `Syfte\t3`, `Strategi – arbetsmetod.....\t3`, `Mål... 3`. */
const ENTRY_WITH_PAGE = /^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)(?:\s*\.{2,}\s*|\s*\t\s*|\s{2,})(\d{1,3})$/u;
const ENTRY_WITH_LEADER = /^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)\s*\.{3,}$/u;
/** A table of contents written on one line of a page transcript: `2 Innehåll 1. Inledning Syfte …`. */
const INLINE_TOC = /^(?:\d{1,3}\s+)?(?:innehåll|innehållsförteckning)\s+(.{3,400})$/iu;
/** The word that opens a table of contents inside a longer line. */
const TOC_WORD = /(?<![\p{L}\p{N}])(?:innehållsförteckning|innehåll)(?![\p{L}\p{N}])/giu;
/** One entry of a table of contents run into a line: `1 Inledning... 3`, `3 Mål, syfte och inriktning..5`, `Uppföljning.10`. */
const RUN_IN_ENTRY = /\s*(?:(\d{1,2}(?:\.\d{1,2})*)\.?\s+)?(\p{Lu}[^.…\d\t]{0,100}?)\s*(?:\.{2,}|…|\.)\s*(\d{1,3})(?=\s|$)/uy;

function entryTitle(text: string): string | undefined {
  const match = ENTRY_WITH_PAGE.exec(text) ?? ENTRY_WITH_LEADER.exec(text);
  const title = match?.[2];
  return title === undefined ? undefined : collapseWhitespace(trimEndWhere(title, oneOf('.')));
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
      if (TOC_HEADING.test(text)) {
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
      const runIn = runInToc(line.text);
      if (runIn) {
        findings.tocEntries.push(...runIn.entries);
        cuts.push({ ruleId: this.id, line: line.line, start: runIn.start, end: runIn.end });
        continue;
      }
      const inline = INLINE_TOC.exec(text);
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
