import { findTranscriptPages, PAGE_COUNTER, type TranscriptPage } from './transcript-pages.ts';
import { isBlank, type NoiseCut, type NoiseRule } from './types.ts';
import { uploadName, withoutPageNumber } from './upload-name.ts';

const MAX_PHRASE_WORDS = 6;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const key = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * The running header and footer of a page transcript, which the transcript writes into each page's
 * line: a page counter with the header's words (`Dokumentrubrik från kortet 2/12 …`), the
 * document's title at the top of a page after the first (`3 Internationell policy Bakgrund …`:
 * the upload's name, or a phrase that opens two pages or more),
 * and a footer phrase beside the page's own number at the end of the page (`… tillvaron. 2
 * internationell strategi`, `… internationell strategi 1`). A footer phrase is one that ends two
 * pages or more; the title is the one the document-sharing site gives the upload (its `Download
 * "…"` label, page numbers aside). A line that is nothing but the footer and a page number (the
 * site's name for the upload, taken from the footer) goes too.
 */
export const transcriptRunningText: NoiseRule = {
  id: 'running-header',
  reason: 'Sidhuvud eller sidfot som upprepas på sidorna.',
  find({ lines }) {
    const pages = findTranscriptPages(lines);
    if (pages.length === 0) return [];
    const cuts: NoiseCut[] = [];
    for (const { line, at } of pages) {
      if (at !== 'counter') continue;
      cuts.push({ ruleId: this.id, line: line.line, start: 0, end: PAGE_COUNTER.exec(line.text)![0].length });
    }
    const footer = footerPhrase(pages);
    const name = uploadName(lines);
    const title = name === undefined ? undefined : withoutPageNumber(name);
    const opening = headerPhrase(pages);
    for (const { line, page, at } of pages) {
      if (at !== 'start') continue;
      const text = line.text;
      if (footer) {
        const after = new RegExp(`\\s${page}\\s+${escape(footer)}$`, 'iu').exec(text);
        const before = new RegExp(`\\s${escape(footer)}(?=\\s+${page}$)`, 'iu').exec(text);
        const found = after ?? before;
        if (found && found.index > String(page).length) cuts.push({ ruleId: this.id, line: line.line, start: found.index, end: found.index + found[0].length });
      }
      const header = [title, opening, footer].find((phrase) => phrase && key(text.slice(String(page).length + 1)).startsWith(`${key(phrase)} `));
      if (header && page > 1) {
        const start = String(page).length + 1;
        cuts.push({ ruleId: this.id, line: line.line, start, end: start + header.length });
      }
    }
    if (footer) {
      const alone = new RegExp(`^(?:\\d{1,3}\\s+${escape(footer)}|${escape(footer)}\\s+\\d{1,3})$`, 'iu');
      for (const line of lines) if (!isBlank(line.text) && alone.test(line.text.trim())) cuts.push({ ruleId: this.id, line: line.line });
    }
    return cuts;
  },
};

/** The words beside a page's own number at the end of its line: before it (`… strategi 1`) or after it (`2 internationell strategi`). */
function footerCandidates({ line, page }: TranscriptPage): string[] {
  const words = line.text.trim().split(/\s+/u);
  const number = String(page);
  const candidates: string[] = [];
  const last = words.length - 1;
  if (words[last] === number) candidates.push(words.slice(Math.max(1, last - MAX_PHRASE_WORDS), last).join(' '));
  const at = words.lastIndexOf(number);
  if (at > 0 && at < last && last - at <= MAX_PHRASE_WORDS) candidates.push(words.slice(at + 1).join(' '));
  return candidates.filter((candidate) => /^[\p{L}][\p{L}\s-]*$/u.test(candidate));
}

/** The longest phrase of two words or more that ends the footer candidates of two pages or more. */
function footerPhrase(pages: readonly TranscriptPage[]): string | undefined {
  const counts = new Map<string, { text: string; pages: Set<number> }>();
  for (const page of pages) {
    for (const candidate of footerCandidates(page)) {
      const words = candidate.split(' ');
      for (let length = 2; length <= words.length; length++) {
        const text = words.slice(-length).join(' ');
        const entry = counts.get(key(text)) ?? { text, pages: new Set<number>() };
        entry.pages.add(page.page);
        counts.set(key(text), entry);
      }
    }
  }
  let best: string | undefined;
  for (const { text, pages: on } of counts.values()) {
    if (on.size >= 2 && (!best || text.length > best.length)) best = text;
  }
  return best;
}

/** The longest phrase of two to six words that opens two pages or more (after their numbers): a running header. */
function headerPhrase(pages: readonly TranscriptPage[]): string | undefined {
  const counts = new Map<string, { text: string; pages: Set<number> }>();
  for (const { line, page, at } of pages) {
    if (at !== 'start') continue;
    const words = line.text
      .trim()
      .split(/\s+/u)
      .slice(1, 1 + MAX_PHRASE_WORDS);
    for (let length = 2; length <= words.length; length++) {
      const text = words.slice(0, length).join(' ');
      if (!/^[\p{L}][\p{L}\s-]*$/u.test(text)) break;
      const entry = counts.get(key(text)) ?? { text, pages: new Set<number>() };
      entry.pages.add(page);
      counts.set(key(text), entry);
    }
  }
  let best: string | undefined;
  for (const { text, pages: on } of counts.values()) {
    if (on.size >= 2 && (!best || text.length > best.length)) best = text;
  }
  return best;
}
