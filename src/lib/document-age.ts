/**
 * How old a document is, as far as its text tells: the year of its decision, or, when the
 * decision date is missing, the year in its case number (a Swedish diarienummer carries the year
 * the case was registered: `Dnr 2001/152`, `KSKF/2020:402`). A document older than
 * `OLD_AFTER_YEARS` is said to be old, so that a reader checks whether a newer one replaced it.
 */
import type { PolicyDocument } from '../schema/policy-document.ts';

/** Steering documents are usually revised within a term of office or two: older than this, a reader should check. */
export const OLD_AFTER_YEARS = 8;

/** A year of 1950–2099 followed by the separator and the serial number of a case number. */
const CASE_NUMBER_YEAR = /(?<!\d)((?:19[5-9]|20\d)\d)[/:.](?=\d)/u;

/** The label written before a case number (`Dnr`, `Diarienummer:`), which the text around it already says. */
const CASE_NUMBER_LABEL = /^(?:dnr|diarienr|diarienummer)\.?:?\s*/iu;

export interface DocumentYear {
  readonly year: number;
  /** `decision`: the decision's date; `case-number`: the year of the case number named in `caseNumber`. */
  readonly basis: 'decision' | 'case-number';
  readonly caseNumber: string | null;
}

/** The year the document is from, or null when its text gives none. A case number the document replaces does not count. */
export function documentYear(document: Pick<PolicyDocument, 'adopted' | 'metadata'>): DocumentYear | null {
  const decided = document.adopted.date ? Number(document.adopted.date.slice(0, 4)) : null;
  if (decided) return { year: decided, basis: 'decision', caseNumber: null };
  const replaced = document.metadata.replaces ?? '';
  const years = document.metadata.referenceNumbers
    .map((reference) => reference.replace(CASE_NUMBER_LABEL, ''))
    .filter((reference) => !replaced.includes(reference))
    .flatMap((reference) => {
      const match = CASE_NUMBER_YEAR.exec(reference);
      return match ? [{ year: Number(match[1]), caseNumber: reference }] : [];
    });
  const latest = years.reduce<(typeof years)[number] | null>((best, candidate) => (best === null || candidate.year > best.year ? candidate : best), null);
  return latest ? { year: latest.year, basis: 'case-number', caseNumber: latest.caseNumber } : null;
}

export interface DocumentAge extends DocumentYear {
  /** Whole years since the document's year. */
  readonly years: number;
  readonly old: boolean;
  /** `Från 2001, 25 år sedan (enligt diarienumret Dnr 2001/152)`. */
  readonly text: string;
}

/** The document's age in `currentYear` (the year the site is built), or null when its year is unknown. */
export function documentAge(document: Pick<PolicyDocument, 'adopted' | 'metadata'>, currentYear = new Date().getFullYear()): DocumentAge | null {
  const known = documentYear(document);
  if (!known) return null;
  const years = Math.max(0, currentYear - known.year);
  const basis = known.basis === 'case-number' ? ` (enligt diarienumret ${known.caseNumber})` : '';
  const ago = years === 0 ? 'i år' : years === 1 ? 'ett år sedan' : `${years} år sedan`;
  return { ...known, years, old: years > OLD_AFTER_YEARS, text: `Från ${known.year}, ${ago}${basis}` };
}
