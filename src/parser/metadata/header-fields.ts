/**
 * The header table many steering documents open with (Eskilstuna: `Diarienummer<TAB>KSKF/2020:402`,
 * `Gäller t o m<TAB>Tillsvidare`, `Beslutad när<TAB>` with nothing after it), `Label: value` rows
 * with a known label, such tables run into one line (`Fastställt av: Kommunfullmäktige Datum: …`)
 * or written in capitals without separators (`DOKUMENT-ID ABC-1-2`), and registry lines such as
 * `Dnr 2001/152`. A template's unfilled value (`[Godkänt datum]`, `ÅÅÅÅ-MM-DD`) is no value. Tables of contents
 * (`Uppföljning.....<TAB>5`) and ordinary two-column tables are not header fields; stray HTML
 * tags (`<b>…</b>`) are ignored.
 */
import type { HeaderField } from '../../schema/policy-document.ts';
import { matchesAnyOf } from '../text/any-of.ts';
import { oneOf, trimEndWhere } from '../text/trim.ts';

/** What a known label is about. */
export type HeaderFieldKind =
  | 'reference'
  | 'decided'
  | 'decided-by'
  | 'scope'
  | 'valid-from'
  | 'valid-until'
  | 'replaces'
  | 'owner'
  | 'follow-up'
  | 'revision'
  | 'officer'
  | 'date'
  | 'document-type'
  | 'version'
  | 'status';

/** Known labels, matched against the whole label in lower case with dots read as spaces (`fr.o.m.` = `fr o m`). */
const KNOWN_LABELS: readonly (readonly [HeaderFieldKind, RegExp])[] = [
  ['reference', /^(?:diarienummer|diarienr|diarie nr|dnr|ärendenummer|ärendenr|dokument-id|dokumentid|dokumentnummer)$/u],
  ['decided-by', /^(?:beslutad|beslutat|antagen|antaget|fastställd|fastställt|godkänd|godkänt) av$|^beslutsinstans$|^beslutande(?: organ)?$/u],
  ['decided', /^(?:beslutad|beslutat|antagen|antaget|fastställd|fastställt|godkänd|godkänt)(?: (?:när|den|datum))?$|^(?:beslutsdatum|antagandedatum)$/u],
  ['scope', /^(?:dokumentet )?(?:gäller för|giltig för)(?: verksamhet(?:en)?)?$|^(?:omfattar|omfattning)$/u],
  ['valid-from', /^(?:dokumentet )?(?:gäller|giltig) (?:fr o m|från och med|från)$|^giltig fr o m$/u],
  ['valid-until', /^(?:dokumentet )?(?:gäller|giltig) (?:t o m|till och med|till)$|^giltighetstid$/u],
  ['replaces', /^ersätter(?: dokument)?$/u],
  ['owner', /^(?:dokumentansvarig|dokumentägare|ansvarig|ansvarig för dokumentet|processägare)$/u],
  ['follow-up', /^(?:uppföljning|uppföljs|följs upp)$/u],
  [
    'revision',
    /^(?:revideras|revidering|reviderad|reviderad den|reviderad datum|senast reviderad|revideringsdatum|ansvar för revidering|ansvarig för revidering|för revidering ansvarar|omprövning|ompröva senast)$/u,
  ],
  ['officer', /^(?:handläggare|kontaktperson|upprättad av|framtagen av)$/u],
  ['date', /^datum$/u],
  ['document-type', /^(?:dokumenttyp|dokumentslag|typ av dokument)$/u],
  ['version', /^version$/u],
  ['status', /^status$/u],
];

/** Whether a key is any known label, searched at once: most are none (`matchesAnyOf`). */
const anyKnownLabel = matchesAnyOf(KNOWN_LABELS.map(([, pattern]) => pattern));

/** The kind of a header label (`Gäller t o m` → `valid-until`), or `null` for a label this module does not know. */
export function classifyLabel(label: string): HeaderFieldKind | null {
  const key = label.normalize('NFC').toLowerCase().replace(/[.:]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!anyKnownLabel(key)) return null;
  return KNOWN_LABELS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

interface Cell {
  readonly label: string;
  readonly value: string;
}

type Candidate =
  /**
   * A known label with a separator (tab or colon), or a `Dnr 2001/152` line: a field wherever it
   * is; a row of several fields run into one line has the others in `following`.
   */
  | { strength: 'known'; label: string; value: string; following?: readonly Cell[] }
  /** An unknown label, a tab and a value: a field only beside known ones (blank lines between allowed). */
  | { strength: 'unknown'; label: string; value: string }
  /** A known label alone on its line (its empty value's tab trimmed away): a field only directly beside known rows. */
  | { strength: 'bare'; label: string; value: string };

// A value runs to the end of the line, without the spaces and tabs that end it. Written `(.*?)[ \t]*$`,
// the engine tries the trailing run again after every character, and from every space of a run inside
// the value: `X(?:.*X)?`, X a character that is neither a space, a tab nor a line break, reads the
// value once and then steps back to its last character.
/**
 * `Gäller från: 2020-01-01`: a label of letters (at most 41 characters), a colon and a value (none
 * when only white space follows: the value is then one optional group, so that the spaces before
 * it and after it are never the same run split two ways).
 */
export const COLON_ROW = /^[ \t]*(\p{L}[\p{L}\p{N} .\-/]{0,40}?)[ \t]*:(?:[ \t]*([^ \t\n\r\u2028\u2029](?:.*[^ \t\n\r\u2028\u2029])?))?[ \t]*$/u;
/** `Dnr 2001/152`, `Diarienummer KS 2020/12`. */
export const DNR_LINE = /^[ \t]*((?:[Dd]iarienummer|[Dd]iarienr|[Dd]nr|DNR)\.?)[ \t]+(\S(?:.*[^ \t\n\r\u2028\u2029])?)[ \t]*$/u;
const PAGE_NUMBER = /^\d{1,3}$/u;
/** A dot leader at the end (`Diarienummer ......`), read after trimming: `/(?:\.{3,}|…)\s*$/` would be tried from every dot of a long run. */
export const endsInDotLeader = (text: string): boolean => {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('...') || trimmed.endsWith('…');
};
/** Stray HTML tags (`<b>Diarienummer</b>`) are markup, not part of a label or value. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu;

function plausibleLabel(label: string): boolean {
  return /^\p{L}/u.test(label) && label.length <= 40 && label.split(/\s+/u).length <= 5 && !endsInDotLeader(label);
}

/** A value a template left unfilled (`[Godkänt datum]`, `ÅÅÅÅ-MM-DD`, `XXX`, `20XX-XX-XX`): no value. */
const PLACEHOLDER_VALUE = /^(?:\[[^\]]*\]|[xå_.\-\s]{2,}|(?:\d{2})?[xåy]{2,4}-[xm\d]{2}-[xd\d]{2})$/iu;

function valueOf(written: string): string {
  const value = written.trim();
  return PLACEHOLDER_VALUE.test(value) ? '' : value;
}

/** Most words a run-in label has (`För ev uppföljning och tidplan för denna ansvarar`). */
const RUN_IN_LABEL_WORDS = 8;
/** A colon after a label: after a letter, a dot or a bracket, before a space or the line's end (not `EU:s`, `2019:12`). */
const LABEL_COLON = /(?<=[\p{L}.)])[ \t]*:(?=[ \t]|$)/gu;
/** A leading page number run into the row (`2 Fastställt av: …`). */
const LEADING_PAGE_NUMBER = /^[ \t]*(?:\d{1,3}[ \t]+)?/u;

/**
 * A header table run into one line: `Fastställt av: Kommunfullmäktige Datum: 19 februari 2002
 * Reviderad den: 20 augusti 2009 …`. Each label is the phrase before a colon, from the last
 * capitalised word before it (at most eight words of letters), so a value may hold capitals of its
 * own; the value runs to the next label. A row opens with its first label (after a page number, if
 * one was run in) and has two labels or more, one of them known; anything else is not such a row.
 */
function runInRow(text: string): Cell[] | null {
  const lead = LEADING_PAGE_NUMBER.exec(text)?.[0].length ?? 0;
  const labels: { start: number; end: number; label: string }[] = [];
  let boundary = lead;
  for (const colon of text.matchAll(LABEL_COLON)) {
    const words = [...text.slice(boundary, colon.index).matchAll(/\S+/gu)];
    let start = -1;
    for (let k = words.length - 1; k >= Math.max(0, words.length - RUN_IN_LABEL_WORDS); k--) {
      const word = words[k]![0];
      if (!/^\p{L}[\p{L}.\-]*$/u.test(word)) break;
      if (/^\p{Lu}/u.test(word)) {
        start = boundary + words[k]!.index;
        break;
      }
    }
    if (start === -1) continue;
    labels.push({ start, end: colon.index + colon[0].length, label: text.slice(start, colon.index).trim() });
    boundary = colon.index + colon[0].length;
  }
  if (labels.length < 2 || labels[0]!.start !== lead || !labels.some((label) => classifyLabel(label.label))) return null;
  return labels.map((label, i) => ({ label: label.label, value: valueOf(text.slice(label.end, labels[i + 1]?.start ?? text.length)) }));
}

/** Small letters that have capitals: a line holding one is not written in capitals. */
const SMALL_LETTER = /[a-zåäöéü]/u;
/** Words after a label in capitals that make it a heading, not a header row (`UPPFÖLJNING OCH UTVÄRDERING`). */
const HEADING_CONTINUATION = /^(?:och|samt|av|för|i|med|till|inom|om|&|-|–)$/iu;
/** Most words a label in capitals has (`GÄLLER FÖR VERKSAMHET`). */
const CAPITALS_LABEL_WORDS = 4;

/** The longest known label of the words from `at`, as its number of words (0 when none starts there). */
function knownLabelAt(words: readonly string[], at: number): number {
  for (let length = Math.min(CAPITALS_LABEL_WORDS, words.length - at); length >= 1; length--) {
    if (classifyLabel(words.slice(at, at + length).join(' '))) return length;
  }
  return 0;
}

/**
 * A header table written in capitals with no separators, label and value on one line
 * (`DOKUMENT-ID ABC-1-2`, `ANSVARIG NAMN NAMNSSON`, `GÄLLER FÖR VERKSAMHET …`), a row holding
 * several (`VERSION 0.28 GODKÄNT DATUM`, whose date stood on the line below): the line opens with a
 * known label, the words up to the next known label are its value. A heading in capitals that
 * starts with a label word (`UPPFÖLJNING OCH UTVÄRDERING`) is not a row, nor a label alone.
 */
function capitalsRow(text: string): Cell[] | null {
  if (SMALL_LETTER.test(text)) return null; // not all capitals, read without copying the letters out
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return null;
  const words = text.trim().split(/\s+/u);
  const first = knownLabelAt(words, 0);
  if (first === 0 || first === words.length) return null;
  if (HEADING_CONTINUATION.test(words[first]!) || classifyLabel(words.slice(0, first).join(' ')) === 'follow-up') return null;
  const cells: { label: string; value: string[] }[] = [];
  for (let at = 0; at < words.length; ) {
    const length = at === 0 ? first : knownLabelAt(words, at);
    if (length > 0) {
      cells.push({ label: words.slice(at, at + length).join(' '), value: [] });
      at += length;
    } else {
      cells.at(-1)!.value.push(words[at]!);
      at++;
    }
  }
  return cells.map((cell) => ({ label: cell.label, value: valueOf(cell.value.join(' ')) }));
}

const SPACE_OR_TAB = oneOf(' \t');
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/** The end of the run of spaces and tabs that starts at `from`. */
function spacesEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && SPACE_OR_TAB(text[end]!)) end++;
  return end;
}

/** The start of the run of spaces and tabs that ends at `end`, not before `floor`. */
function spacesStart(text: string, end: number, floor: number): number {
  let start = end;
  while (start > floor && SPACE_OR_TAB(text[start - 1]!)) start--;
  return start;
}

/**
 * A row of a header table written with a tab: `Diarienummer<TAB>KSKF/2020:402`, `Beslutad:<TAB>`.
 * The label is the text before the first tab, without the spaces, tabs and colon that separate it
 * from the value; the value is the rest of the line, without the spaces and tabs that start and end
 * it (it may hold more tabs: more cells). Read in time linear in the line. The pattern this
 * replaces, `/^[ \t]*([^\t]*?)[ \t]*:?[ \t]*\t[\t ]*(.*?)[ \t]*$/u`, tried every end of the label
 * with every split of the separator and the value's spaces (2,000 spaces and tabs took more than
 * 4 s); tests/unit/regex-rewrites.test.ts holds the answers equal.
 */
export function tabRow(text: string): { label: string; rest: string } | undefined {
  const indentEnd = spacesEnd(text, 0);
  const row = tabRowFrom(text, indentEnd);
  if (row) return row;
  // The pattern's last resort: an empty label, when the indent itself holds a tab (`\t:x`).
  const lastIndentTab = text.lastIndexOf('\t', indentEnd - 1);
  return lastIndentTab === -1 ? undefined : tabRowFrom(text, lastIndentTab);
}

/** The row whose label starts at `labelStart`. */
function tabRowFrom(text: string, labelStart: number): { label: string; rest: string } | undefined {
  const firstTab = text.indexOf('\t', labelStart);
  if (firstTab === -1) return undefined;
  // The label ends where the separator starts: the spaces and tabs around the first tab, and a
  // colon right before them with the spaces before it.
  let labelEnd = spacesStart(text, firstTab, labelStart);
  if (labelEnd > labelStart && text[labelEnd - 1] === ':') labelEnd = spacesStart(text, labelEnd - 1, labelStart);
  const valueStart = valueStartAfter(text, labelEnd);
  if (valueStart === undefined || LINE_BREAK.test(text.slice(valueStart))) return undefined;
  return { label: text.slice(labelStart, labelEnd), rest: trimEndWhere(text.slice(valueStart), SPACE_OR_TAB) };
}

/**
 * Where the value starts after a separator that starts at `from`: spaces and tabs, then a colon
 * and spaces and tabs holding a tab, or else spaces and tabs holding a tab (a colon after them is
 * then the value's).
 */
function valueStartAfter(text: string, from: number): number | undefined {
  const spaces = spacesEnd(text, from);
  if (text[spaces] === ':') {
    const afterColon = spacesEnd(text, spaces + 1);
    if (text.slice(spaces + 1, afterColon).includes('\t')) return afterColon;
  }
  return text.slice(from, spaces).includes('\t') ? spaces : undefined;
}

function classifyLine(text: string): Candidate | null {
  const tab = tabRow(text);
  if (tab) {
    const { label, rest } = tab;
    const cells = rest
      .split('\t')
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '');
    if (!plausibleLabel(label) || cells.length > 1) return null;
    const value = cells[0] ?? '';
    const kind = classifyLabel(label);
    if (PAGE_NUMBER.test(value) && kind !== 'version') return null; // a table-of-contents row
    if (kind) return { strength: 'known', label, value: valueOf(value) };
    return value === '' ? null : { strength: 'unknown', label, value };
  }
  const dnr = DNR_LINE.exec(text);
  if (dnr && /\d/u.test(dnr[2] ?? '') && !/^:/u.test(dnr[2] ?? '')) {
    return { strength: 'known', label: (dnr[1] ?? '').replace(/\.$/u, ''), value: dnr[2] ?? '' };
  }
  const colonInLine = text.includes(':');
  const runIn = colonInLine ? runInRow(text) : null;
  if (runIn) return { strength: 'known', label: runIn[0]!.label, value: runIn[0]!.value, following: runIn.slice(1) };
  const colon = colonInLine ? COLON_ROW.exec(text) : null;
  if (colon && classifyLabel(colon[1] ?? '')) return { strength: 'known', label: colon[1] ?? '', value: valueOf(colon[2] ?? '') };
  const capitals = capitalsRow(text);
  if (capitals) return { strength: 'known', label: capitals[0]!.label, value: capitals[0]!.value, following: capitals.slice(1) };
  const bare = text.trim();
  if (plausibleLabel(bare) && classifyLabel(bare)) return { strength: 'bare', label: bare, value: '' };
  return null;
}

/**
 * The header fields among the lines, in order, and the line numbers they take up (so the caller
 * can keep them out of the body). Labels and values are as written, trimmed; a label's trailing
 * colon is dropped. `Beslutad när<TAB>` gives `{ label: 'Beslutad när', value: '' }`.
 */
export function parseHeaderFields(lines: readonly { line: number; text: string }[]): { fields: HeaderField[]; consumed: number[] } {
  const candidates = lines.map((line) => {
    const normalised = line.text.normalize('NFC');
    const text = normalised.includes('<') ? normalised.replace(HTML_TAG, '') : normalised;
    return text.trim() === '' ? null : classifyLine(text);
  });
  const accepted = candidates.map((candidate) => candidate?.strength === 'known');
  // A run of candidate lines; blank lines continue it, any other line ends it.
  const runHasKnown = (from: number, step: 1 | -1, blanksAllowed: boolean): boolean => {
    for (let i = from + step; i >= 0 && i < lines.length; i += step) {
      const candidate = candidates[i];
      if (candidate?.strength === 'known') return true;
      if (candidate === null || candidate === undefined) {
        if (blanksAllowed && lines[i]?.text.trim() === '') continue;
        return false;
      }
    }
    return false;
  };
  candidates.forEach((candidate, i) => {
    if (candidate?.strength === 'unknown') accepted[i] = runHasKnown(i, -1, true) || runHasKnown(i, 1, true);
    if (candidate?.strength === 'bare') accepted[i] = runHasKnown(i, -1, false) || runHasKnown(i, 1, false);
  });
  const fields: HeaderField[] = [];
  const consumed: number[] = [];
  candidates.forEach((candidate, i) => {
    const line = lines[i];
    if (!candidate || !accepted[i] || !line) return;
    fields.push({ label: candidate.label, value: candidate.value, line: line.line });
    if (candidate.strength === 'known') for (const cell of candidate.following ?? []) fields.push({ ...cell, line: line.line });
    consumed.push(line.line);
  });
  return { fields, consumed };
}

/** What the header fields say, for the document's metadata; `null` where no field says it or its value is empty. */
export interface InterpretedFields {
  /** `Ersätter`: the document this one replaces. */
  readonly replaces: string | null;
  /** `Gäller för`: whom the document applies to. */
  readonly scope: string | null;
  /** `Dokumentansvarig`, `Dokumentägare` or `Ansvarig`. */
  readonly owner: string | null;
  /** `Gäller t o m` or `Giltig till`, as written (`Tillsvidare`). */
  readonly validUntil: string | null;
  /** `Uppföljning`: how the document is followed up. */
  readonly followUp: string | null;
}

/** Reads the fields' meaning; the first non-empty field of each kind wins. */
export function interpretFields(fields: readonly HeaderField[]): InterpretedFields {
  const first = (kind: HeaderFieldKind): string | null =>
    fields.find((field) => field.value.trim() !== '' && classifyLabel(field.label) === kind)?.value.trim() ?? null;
  return {
    replaces: first('replaces'),
    scope: first('scope'),
    owner: first('owner'),
    validUntil: first('valid-until'),
    followUp: first('follow-up'),
  };
}
