import type { Removal } from '../../schema/policy-document.ts';
import type { SourceLine } from '../lines.ts';
import { contactDetails } from './contact-details.ts';
import { pageNumbers } from './page-numbers.ts';
import { relatedDocuments } from './related-documents.ts';
import { runningHeaders } from './running-headers.ts';
import { siteChrome } from './site-chrome.ts';
import { tableOfContents } from './table-of-contents.ts';
import { findTranscriptPages, transcriptPages } from './transcript-pages.ts';
import { isBlank, type NoiseCut, type NoiseFindings, type NoiseRule } from './types.ts';

/** The rules in the order they claim lines: an earlier rule's reason wins for a line two rules want. */
export const NOISE_RULES: readonly NoiseRule[] = [
  relatedDocuments,
  siteChrome,
  tableOfContents,
  transcriptPages,
  pageNumbers,
  contactDetails,
  runningHeaders,
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
      else partial.set(cut.line, [...(partial.get(cut.line) ?? []), { cut, rule }]);
    }
  }

  const blank = new Set(source.filter((line) => isBlank(line.text)).map((line) => line.line));
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
    const cuts = (partial.get(line.line) ?? []).sort((a, b) => (a.cut.start ?? 0) - (b.cut.start ?? 0));
    let text = line.text;
    let pageBreakBefore = pageBreakPending || line.pageBreakBefore;
    for (const { cut, rule } of [...cuts].reverse()) {
      const piece = text.slice(cut.start, cut.end);
      removed.push({ reason: rule.reason, ruleId: rule.id, startLine: line.line, endLine: line.line, text: piece.trim() });
      text = text.slice(0, cut.start) + text.slice(cut.end);
      if (rule.id === 'page-number' && cut.start === 0) pageBreakBefore = true;
    }
    if (!isBlank(text)) pageBreakPending = false;
    lines.push({ line: line.line, text: text.trim() === '' ? '' : text, pageBreakBefore: pageBreakBefore && !isBlank(text) });
  }
  removed.sort((a, b) => a.startLine - b.startLine);
  return { lines, removed, transcript, ...findings };
}

/** Consecutive lines taken out by the same rule (blank lines between them included) make one record. */
function appendWholeLine(removed: Removal[], rule: NoiseRule, line: SourceLine, blank: ReadonlySet<number>): void {
  const last = removed.at(-1);
  if (last && last.ruleId === rule.id && last.endLine < line.line && onlyBlankBetween(last.endLine, line.line, blank)) {
    last.endLine = line.line;
    last.text = `${last.text}\n${line.text.trim()}`;
    return;
  }
  removed.push({ reason: rule.reason, ruleId: rule.id, startLine: line.line, endLine: line.line, text: line.text.trim() });
}

function onlyBlankBetween(after: number, before: number, blank: ReadonlySet<number>): boolean {
  for (let line = after + 1; line < before; line++) if (!blank.has(line)) return false;
  return true;
}
