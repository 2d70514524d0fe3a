/**
 * Line-level normalisation. The source is split into lines exactly as received (CRLF, CR and LF
 * all end a line), and each line is normalised on its own, so that line N of the normalised text
 * is always line N of the source: every position the parser reports is a real source line.
 */

import { reduceHtmlTags } from './html/reduce-tags.ts';
import { removeInvisible } from './text/invisible.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  readonly line: number;
  /** The line as received (after decoding). */
  readonly raw: string;
  /** The normalised line: NFC, spaces unified, HTML tags reduced to text (`html/reduce-tags.ts`), no trailing space. */
  readonly text: string;
  /** A form feed preceded this line: a page break in text extracted from a PDF. */
  readonly pageBreakBefore: boolean;
  /** HTML tags that were reduced to their text on this line, for a diagnostic. */
  readonly htmlTags: readonly string[];
  /** Invisible control characters (zero-width, bidi; see `removeInvisible`) removed from this line. */
  readonly controlsRemoved: number;
}

/** A line of printable ASCII (tab included) without `<`: no step of `normaliseLines` changes it but the trim. */
const PLAIN = /^[\t\x20-\x3b\x3d-\x7e]*$/u;
const NO_TAGS: readonly string[] = [];

/** Every kind of space that is not a tab or a plain space. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

export function splitLines(text: string): string[] {
  // Most files end their lines with LF alone: split on it without a pattern.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

export function normaliseLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let pageBreakPending = false;
  splitLines(text).forEach((raw, index) => {
    let value = raw;
    let pageBreakBefore = pageBreakPending;
    pageBreakPending = false;
    if (value.includes('\f')) {
      // Text before the form feed ends the previous page; text after it starts a new one.
      const after = value.slice(value.lastIndexOf('\f') + 1);
      if (after.trim() === '') pageBreakPending = true;
      else pageBreakBefore = true;
      value = value.replace(/\f/g, ' ');
    }
    if (PLAIN.test(value)) {
      // Nothing to normalise: printable ASCII, no tag, no invisible or odd character.
      lines.push({ line: index + 1, raw, text: value.trimEnd(), pageBreakBefore, htmlTags: NO_TAGS, controlsRemoved: 0 });
      return;
    }
    // Invisible characters go before NFC, so that letters they kept apart compose.
    const visible = removeInvisible(value);
    value = visible.text.normalize('NFC');
    const controlsRemoved = visible.removed;
    value = value.replace(ODD_SPACE, ' ');
    const { text: reduced, tags: htmlTags } = reduceHtmlTags(value);
    value = reduced.trimEnd();
    lines.push({ line: index + 1, raw, text: value, pageBreakBefore, htmlTags, controlsRemoved });
  });
  return lines;
}

/** Collapse runs of white space (tabs included) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
