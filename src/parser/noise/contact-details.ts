import type { SourceLine } from '../lines.ts';
import type { NoiseCut, NoiseRule } from './types.ts';

const LABEL = /(?<![\p{L}\p{N}])(tfn|tel|telefon|mobil|mobiltelefon|fax|växel|e-post|epost|mejl|e-mail|mail)(?![\p{L}\p{N}])\s*:?/giu;
const VALUE = /^\s*(?:[+\d][\d\s\-–()]{4,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/u;
/** An e-mail address, also written to fool harvesters (`namn[at]kommun.se`) or by a script; matched from a token's start only, so the time is linear. */
const EMAIL =
  /(?<![\w.+-])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+\s*(?:\[at\]|\(at\)|\[snabel-a\])\s*[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\.)\s*[\w-]+)+)|document\.write\s*\(|javascript:/iu;
const CUES = [
  /(?<![\p{L}\p{N}])(tfn|tel|telefon|mobil|fax|växel|e-post|epost|mejl|e-mail)(?![\p{L}\p{N}])\s*:?/iu,
  EMAIL,
  /(?<![\p{L}\p{N}])www\.[\w-]+\.\w+/iu,
  /(?<![\p{L}\p{N}])(postadress|besöksadress|leveransadress|org\.?\s?nr|organisationsnummer|bankgiro|plusgiro|swish)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])\d{3}\s?\d{2}\s+\p{Lu}{2,}/u,
];

const cueCount = (text: string): number => CUES.filter((cue) => cue.test(text)).length;
/** Something every contact cue holds (a digit, `@`, a label's letters): lines without it are passed over at once. */
const CUE_HINT = /[@\d]|www|tfn|tel|mobil|fax|växel|post|mejl|mail|adress|org|giro|swish/iu;

/** A heading that opens a contact block: `Kontakt`, `Kontakta oss`, `Kontakta X kommun`, `För mer information`. */
const CONTACT_HEADING =
  /^(kontakt|kontakter|kontakta oss|kontakta\s+\p{Lu}.{0,40}|kontaktuppgifter|kontaktperson(er)?|för mer information|mer information|frågor\??|har du frågor\??)$/iu;

// In the line patterns below, the white space before a colon and the white space after it are
// written so that a run of spaces is read one way: `\s*:?\s+` would split a long run between its
// two halves in every possible way before failing. `\s*(?:(?::\s+|(?<=\s))VALUE|:)?$` says the
// same as `\s*:?(?:\s+VALUE)?$`: after the white space, a colon and a value after more white space,
// a value (the white space before it was at least one character), a colon alone, or the end.

/**
 * A label, alone or with a short value: `Telefon`, `E-post: namn@kommun.se`, `Öppettider för
 * besökare`. After the label (and a `för …`), the white space runs to a colon, a value of at most
 * 80 characters after white space, or the end.
 */
export const CONTACT_LABEL =
  /^(tfn|tel|telefon|mobil|mobiltelefon|fax|växel|e-post|epost|mejl|e-mail|mail|besöksadress|postadress|leveransadress|fakturaadress|adress|öppettider|telefontid|telefontider|besökstid|besökstider|org\.?\s?nr|organisationsnummer|bankgiro|plusgiro|swish)(\s+för\s+\p{L}+)?\s*(?:(?::\s+|(?<=\s)).{1,80}|:)?$/iu;
/** A Swedish telephone number, labelled or not: `Tel: 08-123 456 78`, `+46 8 123 45 67`. */
export const PHONE_NUMBER = /^(tfn|tel\.?|telefon|mobil)?\s*(?::\s*)?(\+\s?46|0)[\d\s\-–()]{5,16}\d$/iu;
/** A weekday or a span of them, with opening hours or not: `Måndag–fredag: 8–16.30`, `Vardagar kl. 8.00-17.00`. */
export const OPENING_HOURS =
  /^(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|vardagar|helgdagar|helger)(\s*[-–]\s*(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag))?\s*(?:(?::\s+|(?<=\s))(kl\.?\s*)?\d{1,2}([.:]\d{2})?\s*[-–]\s*\d{1,2}([.:]\d{2})?|:)?$/iu;

/**
 * One line of a contact or address block, as web pages and cover pages write them one item a
 * line: a label (`Telefon`, `E-post:`, `Besöksadress`, `Öppettider för besökare`), a telephone
 * number, an e-mail address (also written `namn[at]kommun.se` or by a script), a street address,
 * a postcode and town, a weekday or opening hours, a contact centre.
 */
const CONTACT_LINE: readonly RegExp[] = [
  CONTACT_HEADING,
  CONTACT_LABEL,
  PHONE_NUMBER,
  EMAIL,
  /(?<![\p{L}\p{N}])\d{3}\s?\d{2}\s+\p{Lu}\p{Ll}+/u,
  /(?<![\p{L}])\p{L}+(gatan|gata|vägen|väg|torget|torg|gränd|platsen|plan|backen|stigen|allén|huset)\s+\d{1,4}\s?\p{L}?(?![\p{L}\p{N}])/iu,
  OPENING_HOURS,
  /^(kl\.?\s*)?\d{1,2}([.:]\d{2})?\s*[-–]\s*\d{1,2}([.:]\d{2})?$/iu,
  /^(kontaktcenter|kundtjänst|servicecenter|medborgarservice|växeln|kommunens växel|kontakt ?center)$/iu,
  /^.{1,40}\s(kontaktcenter|kundtjänst|servicecenter|medborgarservice)$/iu,
];

/** An invitation to get in touch (`Kontakta oss om du vill veta mer …`, `Hör av dig till …`): the page's, not the document's. */
const INVITATION =
  /^(kontakta (oss|gärna|\p{L}+ kommun)|hör av dig|välkommen att (kontakta|höra av dig)|har du frågor|vill du (veta mer|komma i kontakt))(?![\p{L}]).{0,160}$/iu;

/** Something every contact line holds: lines without it are passed over at once. */
const LINE_HINT =
  /[@\d]|kontakt|information|frågor|tfn|tel|mobil|fax|växel|post|mejl|mail|adress|öppet|besök|org|giro|swish|gata|väg|torg|gränd|plats|plan|backe|stig|allé|huset|dag|helg|center|tjänst|service|hör av|välkommen|vill du/iu;

const isContactLine = (text: string): boolean => LINE_HINT.test(text) && (INVITATION.test(text) || CONTACT_LINE.some((pattern) => pattern.test(text)));

/** A line of running text rather than an item of a block: six words or more ending a sentence, or long. */
const isProse = (text: string): boolean => text.length > 100 || (/[.!]$/u.test(text) && text.split(/\s+/u).length >= 6);

/**
 * Contact footers and postal address blocks (`Postadress … Telefon … www.…` on one line, or one
 * item a line as web pages and their flattened tables write them), and a contact line glued
 * before the text on a transcript's first page (`Åsa Johansson, utredare Tfn: E-post: Riktlinjer
 * för …`): the person, their title and the contact labels are cut, the rest is kept.
 */
export const contactDetails: NoiseRule = {
  id: 'contact-details',
  reason: 'Kontaktuppgifter eller postadress (sidfot eller försättsblad), inte dokumentets text.',
  find({ lines }) {
    const cuts: NoiseCut[] = [];
    const whole = new Set(contactBlocks(lines));
    for (const line of lines) {
      if (whole.has(line.line)) {
        cuts.push({ ruleId: this.id, line: line.line });
        continue;
      }
      const text = line.text;
      const trimmed = text.trim();
      if (trimmed === '' || trimmed.length > 300 || !CUE_HINT.test(trimmed)) continue;
      // A contact block glued before other text is cut alone, so the text after it stays.
      const prefixCut = contactPrefix(text);
      if (prefixCut) {
        cuts.push({ ruleId: this.id, line: line.line, ...prefixCut });
        continue;
      }
      const sentences = trimmed.split(/[.!?]\s+\p{Lu}/u).length;
      if (cueCount(trimmed) >= 2 && sentences <= 2) cuts.push({ ruleId: this.id, line: line.line });
    }
    return cuts;
  },
};

/**
 * The lines of contact blocks written one item a line. Within a run of short lines (blank lines
 * do not end it; a line of running text does), the block runs from the first contact line to the
 * last, and on to the end of the file when nothing but short lines follows (a page's footer).
 * A block needs two contact lines, or a contact heading and the end of the file.
 */
function contactBlocks(lines: readonly SourceLine[]): number[] {
  const taken: number[] = [];
  // The run is the indices of its lines, read once each when it closes.
  let run: number[] = [];
  const close = (atEnd: boolean) => {
    let first = -1;
    let last = -1;
    let count = 0;
    run.forEach((index, at) => {
      if (!isContactLine(lines[index]!.text.trim())) return;
      if (first === -1) first = at;
      last = at;
      count++;
    });
    const opensWithHeading = first !== -1 && CONTACT_HEADING.test(lines[run[first]!]!.text.trim());
    if (first !== -1 && (count >= 2 || (opensWithHeading && atEnd))) {
      const end = atEnd ? run.length - 1 : last;
      for (let at = first; at <= end; at++) taken.push(lines[run[at]!]!.line);
    }
    run = [];
  };
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (text === '') return;
    if (isProse(text) && !INVITATION.test(text)) {
      close(false);
      return;
    }
    run.push(index);
  });
  close(true);
  return taken;
}

/** `[page] Name, title Tfn: … E-post: …` at the start of a longer line. */
function contactPrefix(text: string): { start: number; end: number } | undefined {
  const start = /^\d{1,3}\s+/u.exec(text)?.[0].length ?? 0;
  const labels = [...text.matchAll(LABEL)].filter((match) => match.index < start + 200);
  const first = labels[0];
  if (!first || labels.length < 2) return undefined;
  const before = text.slice(start, first.index).trim();
  if (!before.includes(',') || before.split(/\s+/u).length > 10) return undefined;
  let end = 0;
  for (const label of labels) {
    const labelEnd = label.index + label[0].length;
    const value = VALUE.exec(text.slice(labelEnd));
    end = Math.max(end, labelEnd + (value?.[0].length ?? 0));
  }
  const rest = text.slice(end).trim();
  return rest.length > 0 ? { start, end } : undefined;
}
