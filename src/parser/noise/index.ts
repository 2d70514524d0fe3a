import type { Removal } from '../../schema/policy-document.ts';
import type { SourceLine } from '../lines.ts';
import { contactDetails } from './contact-details.ts';
import { footnoteMarks, gluedImageText, letterBullets, lineEndHyphenation } from './pdf-artefacts.ts';
import { pageNumbers } from './page-numbers.ts';
import { relatedDocuments } from './related-documents.ts';
import { runningHeaders } from './running-headers.ts';
import { siteChrome } from './site-chrome.ts';
import { tableOfContents } from './table-of-contents.ts';
import { findTranscriptPages, transcriptPages } from './transcript-pages.ts';
import { transcriptRunningText } from './transcript-running-text.ts';
import { uploadName, withoutPageNumber } from './upload-name.ts';
import { isFactLine } from '../facts.ts';
import { findTitle, passedOverTitleLine, type TitleLine } from '../title.ts';
import { isBlank, type NoiseCut, type NoiseFindings, type NoiseRule } from './types.ts';

/** The rules in the order they claim lines: an earlier rule's reason wins for a line two rules want. */
export const NOISE_RULES: readonly NoiseRule[] = [
  relatedDocuments,
  siteChrome,
  tableOfContents,
  transcriptPages,
  transcriptRunningText,
  pageNumbers,
  contactDetails,
  runningHeaders,
  lineEndHyphenation,
  letterBullets,
  footnoteMarks,
  gluedImageText,
];

/** A source line after noise removal: `text` is what is left of it ('' when all of it went). */
export interface CleanLine {
  readonly line: number;
  readonly text: string;
  /** A page ended just before this line (a page number or form feed was between them). */
  readonly pageBreakBefore: boolean;
}

export interface NoiseResult extends NoiseFindings {
  readonly lines: readonly CleanLine[];
  readonly removed: Removal[];
  readonly transcript: boolean;
  /** The document's title, found among the lines left (see `findTitle`). */
  readonly title: TitleLine | null;
  /** A long first line shaped like a title that the title is not (see `passedOverTitleLine`). */
  readonly titlePassedOver: TitleLine | null;
}

export function removeNoise(source: readonly SourceLine[]): NoiseResult {
  const transcript = findTranscriptPages(source).length > 0;
  const findings: NoiseFindings = { tocEntries: [], tocText: '' };
  const whole = new Map<number, NoiseRule>();
  const partial = new Map<number, { cut: NoiseCut; rule: NoiseRule }[]>();
  for (const rule of NOISE_RULES) {
    for (const cut of rule.find({ lines: source, transcript }, findings)) {
      if (whole.has(cut.line)) continue;
      if (cut.start === undefined) whole.set(cut.line, rule);
      else {
        const cuts = partial.get(cut.line);
        if (cuts) cuts.push({ cut, rule });
        else partial.set(cut.line, [{ cut, rule }]);
      }
    }
  }
  const first = applyCuts(source, whole, partial);
  const name = uploadName(source);
  const title = findTitle(first.lines, { uploadTitle: name === undefined ? undefined : withoutPageNumber(name) });
  const titlePassedOver = passedOverTitleLine(first.lines, title);
  const before = title ? linesBeforeTitle(first.lines, title, whole) : [];
  if (before.length === 0) return { ...first, transcript, title, titlePassedOver, ...findings };
  for (const line of before) whole.set(line, beforeTitle);
  return { ...applyCuts(source, whole, partial), transcript, title, titlePassedOver, ...findings };
}

/** Scraped pages put their navigation, banners and image texts above the page's heading. */
const beforeTitle: NoiseRule = {
  id: 'before-title',
  reason: 'Webbplatsens navigering, banderoller eller bildtexter ovanför sidans rubrik.',
  find: () => [],
};

/**
 * On a scraped web page (one where site chrome or a contact block was found), the short lines
 * above the title that state no fact about the document: breadcrumbs (`EU-arbete - Aktuellt`),
 * banners (`Information om …`), image texts. Facts there (a decision, a reference number,
 * letterhead) stay, in the front matter.
 */
function linesBeforeTitle(lines: readonly CleanLine[], title: TitleLine, whole: ReadonlyMap<number, NoiseRule>): number[] {
  const scraped = [...whole.values()].some((rule) => rule.id === siteChrome.id || rule.id === contactDetails.id);
  if (!scraped) return [];
  return lines
    .filter((line) => line.line < title.line && line.text.trim() !== '' && !isFactLine(line.text))
    .filter((line) => line.text.trim().split(/\s+/u).length <= 12 && !/[.!?]$/u.test(line.text.trim()))
    .map((line) => line.line);
}

function applyCuts(
  source: readonly SourceLine[],
  whole: ReadonlyMap<number, NoiseRule>,
  partial: ReadonlyMap<number, { cut: NoiseCut; rule: NoiseRule }[]>,
): { lines: CleanLine[]; removed: Removal[] } {
  // Line N is `source[N - 1]` as `normaliseLines` numbers them (else the lines are looked up once).
  let blankLines: ReadonlySet<number> | undefined;
  const blank = (line: number): boolean => {
    const at = source[line - 1];
    if (at?.line === line) return isBlank(at.text);
    blankLines ??= new Set(source.filter((entry) => isBlank(entry.text)).map((entry) => entry.line));
    return blankLines.has(line);
  };
  const removed: Removal[] = [];
  const lines: CleanLine[] = [];
  let pageBreakPending = false;
  for (const line of source) {
    const rule = whole.get(line.line);
    if (rule) {
      appendWholeLine(removed, rule, line, blank);
      if (rule.id === 'page-number') pageBreakPending = true;
      lines.push({ line: line.line, text: '', pageBreakBefore: false });
      continue;
    }
    const lineCuts = partial.get(line.line);
    let pageBreakBefore = pageBreakPending || line.pageBreakBefore;
    if (lineCuts === undefined) {
      const blankLine = isBlank(line.text);
      if (!blankLine) pageBreakPending = false;
      const text = blankLine ? '' : line.text;
      pageBreakBefore &&= !blankLine;
      // A line left as it was is its own clean line (most lines): no copy of it is made.
      lines.push(text === line.text && pageBreakBefore === line.pageBreakBefore ? line : { line: line.line, text, pageBreakBefore });
      continue;
    }
    const cuts = mergeOverlapping(lineCuts);
    // One pass over the line, however many cuts it has: the pieces kept, and the records of what went.
    const kept: string[] = [];
    const records: Removal[] = [];
    let at = 0;
    for (const { cut, rule } of cuts) {
      const start = cut.start ?? 0;
      const end = cut.end ?? line.text.length;
      kept.push(line.text.slice(at, start), cut.replacement ?? '');
      records.push({ reason: rule.reason, ruleId: rule.id, startLine: line.line, endLine: line.line, text: line.text.slice(start, end).trim() });
      at = end;
      if ((rule.id === 'page-number' || rule.id === transcriptRunningText.id) && start === 0) pageBreakBefore = true;
    }
    kept.push(line.text.slice(at));
    const text = kept.join('');
    // Records of one line last cut first, as they have always been listed.
    for (let index = records.length - 1; index >= 0; index--) removed.push(records[index]!);
    if (!isBlank(text)) pageBreakPending = false;
    lines.push({ line: line.line, text: text.trim() === '' ? '' : text, pageBreakBefore: pageBreakBefore && !isBlank(text) });
  }
  removed.sort((a, b) => a.startLine - b.startLine);
  return { lines, removed };
}

/** Consecutive lines taken out by the same rule (blank lines between them included) make one record. */
function appendWholeLine(removed: Removal[], rule: NoiseRule, line: SourceLine, blank: (line: number) => boolean): void {
  const last = removed.at(-1);
  if (last && last.ruleId === rule.id && last.endLine < line.line && onlyBlankBetween(last.endLine, line.line, blank)) {
    last.endLine = line.line;
    last.text = `${last.text}\n${line.text.trim()}`;
    return;
  }
  removed.push({ reason: rule.reason, ruleId: rule.id, startLine: line.line, endLine: line.line, text: line.text.trim() });
}

function onlyBlankBetween(after: number, before: number, blank: (line: number) => boolean): boolean {
  for (let line = after + 1; line < before; line++) if (!blank(line)) return false;
  return true;
}

/** Cuts of one line in order, overlapping ones merged into the earlier (its rule's reason is kept). */
function mergeOverlapping(cuts: readonly { cut: NoiseCut; rule: NoiseRule }[]): { cut: NoiseCut; rule: NoiseRule }[] {
  const sorted = [...cuts].sort((a, b) => (a.cut.start ?? 0) - (b.cut.start ?? 0));
  const merged: { cut: NoiseCut; rule: NoiseRule }[] = [];
  for (const entry of sorted) {
    const last = merged.at(-1);
    if (last && (entry.cut.start ?? 0) < (last.cut.end ?? 0)) {
      last.cut = { ...last.cut, end: Math.max(last.cut.end ?? 0, entry.cut.end ?? 0) };
      continue;
    }
    merged.push({ ...entry });
  }
  return merged;
}
