import type { SourceLine } from '../lines.ts';
import { isBlank, type NoiseCut, type NoiseRule } from './types.ts';

const PAGE_START = /^(\d{1,3}) (?=\S)/u;

/**
 * The longest run of non-blank lines that begin with consecutive page numbers (1, 2, 3, …), as a
 * document-sharing site's transcript writes them: one line per page. Three pages at least.
 */
export function findTranscriptPages(lines: readonly SourceLine[]): { line: SourceLine; page: number }[] {
  let best: { line: SourceLine; page: number }[] = [];
  let run: { line: SourceLine; page: number }[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    const match = PAGE_START.exec(line.text);
    const page = match ? Number(match[1]) : undefined;
    const last = run.at(-1);
    if (page !== undefined && (last === undefined || page === last.page + 1)) {
      run.push({ line, page });
    } else if (page !== undefined) {
      run = [{ line, page }];
    } else {
      // A line without a page number ends a run only if a run had started on the line before.
      if (run.length > best.length) best = run;
      run = [];
    }
    if (run.length > best.length) best = run;
  }
  return best.length >= 3 ? best : [];
}

/**
 * In a page transcript every page is one line that starts with its page number and often ends
 * with it too (the page footer): `4 3. Målgrupper … Vid 4`. Both numbers are cut; the sentence
 * torn by the page break (`Vid` ⏎ `uppstart`) is joined later, when the tree is built.
 */
export const transcriptPages: NoiseRule = {
  id: 'page-number',
  reason: 'Sidnummer från den ursprungliga sidindelningen.',
  find({ lines }) {
    const cuts: NoiseCut[] = [];
    for (const { line, page } of findTranscriptPages(lines)) {
      const prefix = `${page} `;
      cuts.push({ ruleId: this.id, line: line.line, start: 0, end: prefix.length });
      const footer = new RegExp(`\\s${page}$`, 'u').exec(line.text);
      if (footer && footer.index > prefix.length) {
        cuts.push({ ruleId: this.id, line: line.line, start: footer.index, end: line.text.length });
      }
    }
    return cuts;
  },
};
