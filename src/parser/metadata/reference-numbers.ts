/**
 * Reference numbers as Swedish municipal documents write them: diarienummer with or without a
 * label (`Dnr 2001/152`, `Dnr Kst 2000/157`, `Diarienummer KSKF/2020:402`, `KSKF/2009:395`,
 * `KSN-2014-0129`, `KS.2013.297.105`), registry stamps (`Ks 37/010312`, `K 2001/010507`) and
 * paragraph references to minutes (`§ 58`, `§ 234/2000`). Ordinary numbers, years, dates,
 * phone numbers and statute references (`SFS 2017:725`, `6 kap. 1 §`) are not reference numbers.
 * The pattern is case-sensitive on purpose: series codes are written in capitals.
 */

/** `[Dd][Nn][Rr]`: a word in any case, inside a pattern that otherwise tells capitals apart. */
function anyCase(word: string): string {
  return [...word].map((c) => (c.toUpperCase() === c.toLowerCase() ? c.replace(/[.]/u, '\\.') : `[${c.toUpperCase()}${c.toLowerCase()}]`)).join('');
}

const LETTER_OR_DIGIT = String.raw`[\p{L}\p{N}]`;
const SPACE = String.raw`[ \t\u00A0]`;
/** The labels a diarienummer is introduced with. */
const LABEL = `(?:${['diarienummer', 'diarienr', 'diarie-nr', 'dnr', 'ärendenummer', 'ärendenr'].map(anyCase).join('|')})`;
/** How far into a labelled value its first digit may stand. */
const FIRST_DIGIT_WITHIN = 40;
/**
 * A labelled value: an optional short series prefix (`Kst`), then a token that holds a digit within
 * its first 40 characters. (Looking further would make the search read a long run of labels and
 * dots, `dnr.dnr.dnr…`, again from every label in it.)
 */
const LABELLED_VALUE = String.raw`(?:\p{L}{1,6}${SPACE}+)?(?=[\p{L}\p{N}./:\-]{0,${FIRST_DIGIT_WITHIN - 1}}\p{N})[\p{L}\p{N}]+(?:[./:\-][\p{L}\p{N}]+)*`;
/** Series codes: all capitals (`KS`, `KSKF`, `KUR`) or a capital and up to two small letters (`Ks`, `Kst`). */
const CODE = String.raw`(?:\p{Lu}{1,8}|\p{Lu}\p{Ll}{1,2})`;
const CAPS = String.raw`\p{Lu}{2,8}`;

const PATTERNS = [
  // Dnr 2001/152 · Diarienummer: KSKF/2020:402 · Dnr Kst 2000/157
  // (the spaces before and after the colon written so that a run of spaces is read one way)
  String.raw`(?<labelled>${LABEL}\.?${SPACE}*(?::${SPACE}*)?(?<value>${LABELLED_VALUE}))`,
  // KSKF/2020:402 · KS/2014/123 · KUR 2011/888 · KS 2014:12 — read from the first code of a chain
  // (`KS/KF/…`) only: the search has tried the chain from that code already, and trying it again
  // from every later code would read a long chain once per code.
  String.raw`(?<!(?<!${LETTER_OR_DIGIT})${CAPS}/)(?<seriesCode>${CAPS})(?:/${CAPS})*(?:/|[ \u00A0]?)\d{4}[:/]\d{1,6}(?:[:/.\-]\d{1,6})*`,
  // KSN-2014-0129 · KS.2013.297.105
  String.raw`(?<dottedCode>${CAPS})(?<sep>[.\-])\d{4}\k<sep>\d{1,6}(?:\k<sep>\d{1,6})*`,
  // Ks 37/010312 · K 2001/010507
  String.raw`${CODE}[ \u00A0]+\d{1,6}/\d{2,6}`,
  // § 58 · § 234/2000 · 2014-02-13 § 40 — but not the `9 § 2 st.` of a statute reference
  String.raw`(?<!(?<![\d\-])\d{1,3}[ \u00A0]?)§[ \u00A0]*\d{1,4}[a-z]?(?:[ \u00A0]*/[ \u00A0]*\d{2,4})?`,
];

export const REFERENCE_PATTERN = new RegExp(String.raw`(?<!${LETTER_OR_DIGIT})(?:${PATTERNS.join('|')})(?!${LETTER_OR_DIGIT}|[/:.\-]\p{N})`, 'gu');

/** Series that are statutes, official reports, standards or page numbers, not a registry's. */
const NOT_REFERENCES = new Set(['SFS', 'SOU', 'DS', 'PROP', 'ISO', 'ISBN', 'ISSN', 'EU', 'EG', 'EES', 'SID']);

/** Collapse white space (a header table's tab) to one space. */
function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Every reference number in the text, as written (trimmed, inner white space one space), in
 * order of appearance and without duplicates: a number that recurs, with or without its label, is
 * listed once, in its first form. `findReferenceNumbers('Dnr 2001/152 … Ks 37/010312')` →
 * `['Dnr 2001/152', 'Ks 37/010312']`.
 */
export function findReferenceNumbers(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const match of text.normalize('NFC').matchAll(REFERENCE_PATTERN)) {
    const g = match.groups ?? {};
    const code = g.seriesCode ?? g.dottedCode ?? (g.labelled === undefined ? match[0].match(/^\p{L}+/u)?.[0] : undefined);
    if (code !== undefined && NOT_REFERENCES.has(code.toUpperCase())) continue;
    const key = tidy(g.value ?? match[0])
      .toLowerCase()
      .replace(/^§ ?/u, '§ ');
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(tidy(match[0]));
  }
  return found;
}
