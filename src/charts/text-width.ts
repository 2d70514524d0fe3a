/**
 * Text width without a browser: charts are laid out at build time, where no font can be measured.
 * An estimate per character class for a sans-serif system font, erring wide, so labels get room.
 */

const NARROW = /[iljtfrI.,:;'!|()[\] ]/u;
const WIDE = /[mwMWÅÄÖQOGDH%@]/u;
const UPPER = /\p{Lu}/u;

/** Estimated width of `text` in user units at `fontSize` (bold adds a tenth). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW.test(char)) ems += 0.3;
    else if (WIDE.test(char)) ems += 0.82;
    else if (UPPER.test(char)) ems += 0.68;
    else ems += 0.56;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}

/** `text`, cut with `…` so that its estimated width fits `width`; whole when it fits. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(`${chars.join('').trimEnd()}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
