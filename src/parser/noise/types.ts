import type { SourceLine } from '../lines.ts';

/** Something a noise rule takes out: a whole line, or the columns `[start, end)` of one line. */
export interface NoiseCut {
  readonly ruleId: string;
  readonly line: number;
  /** 0-based column in the normalised line; whole line when absent. */
  readonly start?: number;
  readonly end?: number;
  /** What stands in the cut's place (a bullet for a letter that was one); nothing when absent. */
  readonly replacement?: string;
}

export interface NoiseContext {
  readonly lines: readonly SourceLine[];
  /** The file is a scraped page transcript (one line per page, numbered). */
  readonly transcript: boolean;
}

/** What the rules learn besides what to cut: the document's own table of contents. */
export interface NoiseFindings {
  /** Entry titles of the table of contents, without numbers, leaders and page numbers. */
  tocEntries: string[];
  /** The table of contents as one run of text, when it was written on one line. */
  tocText: string;
}

export interface NoiseRule {
  readonly id: string;
  /** Swedish: why text of this kind is taken out, shown to readers beside what was removed. */
  readonly reason: string;
  find(context: NoiseContext, findings: NoiseFindings): NoiseCut[];
}

export const isBlank = (text: string): boolean => text.trim() === '';
