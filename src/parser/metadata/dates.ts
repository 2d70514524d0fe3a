/**
 * Dates as Swedish steering documents write them: ISO (`2020-03-19`), day and month name
 * (`20 maj 2008`, `5 MARS 2014`, `den 23 oktober 2000`, `1:a juli 2019`), day/month year
 * (`19/3 2020`), and the placeholders of unfinished templates (`XXX-XX-XX`, `ÅÅÅÅ-MM-DD`,
 * `20XX-XX-XX`). Compact forms (`010312`, `20200319`) are not read as dates: in Swedish
 * documents they are as often reference numbers. Pure: no state, no locale.
 */

export interface SwedishDate {
  /** `YYYY-MM-DD`; `null` for a placeholder or a date that does not exist (`2020-02-30`). */
  readonly date: string | null;
  /** The date as written (without a leading `den`). */
  readonly raw: string;
  /** True for template placeholders such as `XXX-XX-XX`. */
  readonly placeholder: boolean;
  /** Where `raw` starts in the text (UTF-16 index). */
  readonly index: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const BEFORE = String.raw`(?<![\p{L}\p{N}\-/.:])`;
const AFTER = String.raw`(?![\p{L}\p{N}]|[\-/.:]\p{N})`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MONTH = String.raw`(?:0?[1-9]|1[0-2])`;

/** One pattern for every form, so the earliest date in the text is found in one pass. */
const DATE_PATTERN = new RegExp(
  BEFORE +
    '(?:' +
    [
      String.raw`(?<isoY>\d{4})-(?<isoM>\d{1,2})-(?<isoD>\d{1,2})`,
      String.raw`(?<txtD>\d{1,2})(?::[ae])?\.?[ \t\u00A0]+(?<txtM>${MONTH_NAMES})\.?[ \t\u00A0]+(?<txtY>\d{4})`,
      String.raw`(?<slD>${DAY})/(?<slM>${MONTH})(?:[ \t\u00A0]*-[ \t\u00A0]*|[ \t\u00A0]+|/)(?<slY>\d{4})`,
      String.raw`(?<ph>[\dxåy_]{2,4}-[\dxm_]{1,2}-[\dxd_]{1,2})`,
    ].join('|') +
    ')' +
    AFTER,
  'giu',
);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a date that exists in the Gregorian calendar, otherwise `null`. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date and date placeholder in the text, in order. */
export function findSwedishDates(text: string): SwedishDate[] {
  const found: SwedishDate[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const g = match.groups ?? {};
    const raw = match[0];
    const index = match.index;
    if (g.isoY !== undefined) {
      found.push({ date: toIsoDate(Number(g.isoY), Number(g.isoM), Number(g.isoD)), raw, placeholder: false, index });
    } else if (g.txtY !== undefined) {
      const month = MONTHS[(g.txtM ?? '').toLowerCase()] ?? 0;
      found.push({ date: toIsoDate(Number(g.txtY), month, Number(g.txtD)), raw, placeholder: false, index });
    } else if (g.slY !== undefined) {
      found.push({ date: toIsoDate(Number(g.slY), Number(g.slM), Number(g.slD)), raw, placeholder: false, index });
    } else if (g.ph !== undefined && /[^\d\-]/u.test(g.ph)) {
      found.push({ date: null, raw, placeholder: true, index });
    }
  }
  return found;
}

/**
 * The first date (or date placeholder) in the text, or `null` if there is none.
 * `parseSwedishDate('Antagen av kommunfullmäktige 2020-03-19, § 58')` →
 * `{ date: '2020-03-19', raw: '2020-03-19', placeholder: false, index: 29 }`.
 */
export function parseSwedishDate(text: string): SwedishDate | null {
  return findSwedishDates(text)[0] ?? null;
}

/**
 * A month and year, or a year, that names when something happened without giving its day
 * (`i februari 2018`, `under juni 2003`, `år 2015`, `2015`), at the very start of the text (after
 * spaces and commas). It gives no date, only the words, so that a statement can be cited whole.
 * `null` when the text does not start with one.
 */
export function leadingMonthOrYear(text: string): { raw: string; length: number } | null {
  const match = MONTH_OR_YEAR.exec(text);
  return match ? { raw: match[0].trim(), length: match[0].length } : null;
}

const MONTH_OR_YEAR = new RegExp(
  String.raw`^[\s,]*(?:(?:i|under|år|den)[ \t\u00A0]+)?(?:(?:${MONTH_NAMES})\.?[ \t\u00A0]+)?(?:1[89]|20)\d{2}(?![\p{L}\p{N}]|[\-/.:]\p{N})`,
  'iu',
);
