import { collapseWhitespace } from '../lines.ts';
import { isBlank, type NoiseCut, type NoiseRule } from './types.ts';

const TOC_HEADING = /^(?:#{1,6}\s*)?(?:\*\*|__)?(innehåll|innehållsförteckning|innehåll:)(?:\*\*|__)?:?$/i;
/** `2.1\tBarn och ungdomar .....\t4`, `Syfte\t3`, `Strategi – arbetsmetod.....\t3`, `Mål... 3`. */
const ENTRY_WITH_PAGE = /^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)(?:\s*\.{2,}\s*|\s*\t\s*|\s{2,})(\d{1,3})$/u;
const ENTRY_WITH_LEADER = /^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)\s*\.{3,}$/u;
/** A table of contents written on one line of a page transcript: `2 Innehåll 1. Inledning Syfte …`. */
const INLINE_TOC = /^(?:\d{1,3}\s+)?(?:innehåll|innehållsförteckning)\s+(.{3,400})$/iu;

function entryTitle(text: string): string | undefined {
  const match = ENTRY_WITH_PAGE.exec(text) ?? ENTRY_WITH_LEADER.exec(text);
  const title = match?.[2];
  return title === undefined ? undefined : collapseWhitespace(title.replace(/\.+$/u, ''));
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
      const inline = INLINE_TOC.exec(text);
      if (inline?.[1] && !/\p{Ll}[.!?]\s/u.test(inline[1])) {
        findings.tocText = collapseWhitespace(inline[1]);
        cut(line.line);
        continue;
      }
      if (/\.{4,}\s*\d{1,3}$/u.test(text)) {
        const title = entryTitle(text);
        if (title) findings.tocEntries.push(title);
        cut(line.line);
      }
    }
    return cuts;
  },
};
