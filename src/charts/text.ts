/**
 * Text measure for charts laid out at build time, where no font can be measured: ONE estimate per
 * character class of the system sans-serif, used by every chart to size columns, wrap labels and
 * cut them with `…`. Of the two estimates the charts had, this keeps the wider one (0.6 em for a
 * lower-case letter, against 0.56 em): erring wide only costs a little room, erring narrow lets a
 * label run out of its box or under its neighbour.
 */

/** Average advance of a character in the system sans-serif, in ems (a little generous, so text never overflows). */
const NARROW = /[ijlrtf.,:;'|!()\-\s]/u;
const WIDE = /[mwMWÅÄÖ]/u;

/** Estimated width in pixels of `text` at `fontSize` (system sans-serif). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += NARROW.test(char) ? 0.34 : WIDE.test(char) ? 0.9 : /\p{Lu}/u.test(char) ? 0.72 : 0.6;
  return ems * fontSize * (bold ? 1.07 : 1);
}

/** Words that often end a Swedish compound in the charts' labels: a long word breaks before them. */
const COMPOUND_HEADS = [
  'beredning',
  'kontor',
  'nämnd',
  'styrelse',
  'utskott',
  'förvaltning',
  'sektor',
  'fullmäktige',
  'presidi',
  'samordn',
  'finansiering',
  'försörjning',
  'utveckling',
];

/**
 * A word too wide for `maxWidth`, broken with hyphens into parts that fit: after a linking `s`
 * (`Kommunlednings-kontoret`), else before a common head (`Ordförande-beredning`), else where it must.
 */
function breakWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const parts: string[] = [];
  let rest = word;
  while (textWidth(rest, fontSize, bold) > maxWidth && rest.length > 1) {
    let fit = 1;
    while (fit < rest.length && textWidth(`${rest.slice(0, fit + 1)}-`, fontSize, bold) <= maxWidth) fit += 1;
    const candidates = Array.from({ length: fit - 2 }, (_, index) => fit - index).filter((at) => at >= 3 && rest.length - at >= 4);
    const lower = rest.toLowerCase();
    const at =
      candidates.find((position) => lower[position - 1] === 's' && /\p{L}/u.test(lower[position] ?? '')) ??
      candidates.find((position) => COMPOUND_HEADS.some((head) => lower.startsWith(head, position))) ??
      fit;
    parts.push(`${rest.slice(0, at)}-`);
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts;
}

/** Words of `text` broken into lines no wider than `maxWidth`; a word wider than that is broken with hyphens. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const parts = breakWord(word, maxWidth, fontSize, bold);
    lines.push(...parts.slice(0, -1));
    line = parts.at(-1) ?? '';
  }
  if (line) lines.push(line);
  return lines;
}

/** `text`, or as much of it as fits in `width` followed by `…` (cut between code points, never inside one). */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
