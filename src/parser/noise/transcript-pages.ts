import type { SourceLine } from '../lines.ts';
import { isBlank, type NoiseCut, type NoiseRule } from './types.ts';

const PAGE_START = /^(\d{1,3})(?: (?=\S)|$)/u;
const PAGE_END = /(?:^|\s)(\d{1,3})$/u;
/** A page counter `2/12` among the first words of a line: the page's header (`Dnr 3/12`). */
const PAGE_COUNTER = /^((?:\S+\s+){0,5}?)(\d{1,3})\/(\d{1,3})(?=\s|$)/u;
/** Pages of a transcript are long lines: one at least this long (each, where there are only two), or a page that ends with its own number again (its footer). */
const LONG_PAGE = 100;

export interface TranscriptPage {
  readonly line: SourceLine;
  readonly page: number;
  /** Where the page number stands on its line. */
  readonly at: 'start' | 'end' | 'counter';
}

/**
 * The pages of a document-sharing site's transcript, which writes each page of the original as one
 * line: numbered at its start (`3 1. Inledning Kommunen …`; a blank page is the bare number), at
 * its end (`… för kommunen. 3`), or by a page counter in its header (`Dnr 3/12 Sammanfattning …`).
 * The longest run of consecutive page numbers wins; a transcript has three pages at least, or two
 * pages of some length (a short excerpt).
 */
export { PAGE_COUNTER };

export function findTranscriptPages(lines: readonly SourceLine[]): readonly TranscriptPage[] {
  // Three rules ask about the same lines: they are read once.
  const known = found.get(lines);
  if (known) return known;
  const pages = readTranscriptPages(lines);
  found.set(lines, pages);
  return pages;
}

const found = new WeakMap<readonly SourceLine[], readonly TranscriptPage[]>();

function readTranscriptPages(lines: readonly SourceLine[]): TranscriptPage[] {
  const candidates = [runOf(lines, 'start'), runOf(lines, 'end'), counterRun(lines)];
  const best = candidates.reduce((a, b) => (b.length > a.length ? b : a));
  const texts = best.map((page) => page.line.text.trim()).filter((text) => !/^\d{1,3}$/u.test(text));
  const footed = best.some((page) => page.at === 'start' && new RegExp(`\\s${page.page}$`, 'u').test(page.line.text));
  if (best.length >= 3 && (footed || texts.some((text) => text.length >= LONG_PAGE))) return best;
  if (best.length === 2 && texts.length === 2 && texts.every((text) => text.length >= LONG_PAGE)) return best;
  return [];
}

function runOf(lines: readonly SourceLine[], at: 'start' | 'end'): TranscriptPage[] {
  const pattern = at === 'start' ? PAGE_START : PAGE_END;
  let best: TranscriptPage[] = [];
  let run: TranscriptPage[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) continue;
    // Either pattern needs a digit where it looks (the first or the last character): other lines are not read.
    const edge = at === 'start' ? line.text.charCodeAt(0) : line.text.charCodeAt(line.text.length - 1);
    const match = edge >= 48 && edge <= 57 ? pattern.exec(line.text) : null;
    const page = match ? Number(match[1]) : undefined;
    const last = run.at(-1);
    if (page !== undefined && (last === undefined || page === last.page + 1)) run.push({ line, page, at });
    else if (page !== undefined) run = [{ line, page, at }];
    else run = [];
    if (run.length > best.length) best = run;
  }
  // A bare number is an empty page only inside a run of pages with text.
  return best.filter((entry) => entry.line.text.trim() !== String(entry.page) || best.length > 1);
}

/** Lines whose header holds a page counter `N/M` with the same M and consecutive N. */
function counterRun(lines: readonly SourceLine[]): TranscriptPage[] {
  let best: TranscriptPage[] = [];
  let run: { page: TranscriptPage; of: number }[] = [];
  for (const line of lines) {
    if (!line.text.includes('/')) continue;
    const match = PAGE_COUNTER.exec(line.text);
    if (!match) continue;
    const page = Number(match[2]);
    const of = Number(match[3]);
    if (page > of || page === 0) continue;
    const last = run.at(-1);
    const entry = { page: { line, page, at: 'counter' as const }, of };
    if (last && last.of === of && page === last.page.page + 1) run.push(entry);
    else run = [entry];
    if (run.length > best.length) best = run.map((item) => item.page);
  }
  return best;
}

/**
 * In a page transcript every page is one line with its page number: at the start, often again at
 * the end (the page footer: `4 3. Målgrupper … Vid 4`), or as a counter in the page header with
 * the header's words (`Dokumentrubrik från kortet 2/12`). The numbers and counter headers are cut;
 * the sentence torn by the page break (`Vid` ⏎ `uppstart`) is joined later, when the tree is built.
 */
export const transcriptPages: NoiseRule = {
  id: 'page-number',
  reason: 'Sidnummer från den ursprungliga sidindelningen.',
  find({ lines }) {
    const cuts: NoiseCut[] = [];
    for (const { line, page, at } of findTranscriptPages(lines)) {
      const text = line.text;
      if (at === 'counter') continue; // the page header rule takes the counter with its header
      if (text.trim() === String(page)) continue; // an empty page: the page-number rule takes the whole line
      const prefix = at === 'start' ? `${page} ` : '';
      if (prefix) cuts.push({ ruleId: this.id, line: line.line, start: 0, end: prefix.length });
      const footer = new RegExp(`\\s${page}$`, 'u').exec(text);
      if (footer && footer.index > prefix.length) cuts.push({ ruleId: this.id, line: line.line, start: footer.index, end: text.length });
    }
    return cuts;
  },
};
