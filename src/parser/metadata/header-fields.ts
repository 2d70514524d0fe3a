/**
 * The header table many steering documents open with (Eskilstuna: `Diarienummer<TAB>KSKF/2020:402`,
 * `Gäller t o m<TAB>Tillsvidare`, `Beslutad när<TAB>` with nothing after it), `Label: value` rows
 * with a known label, and registry lines such as `Dnr 2001/152`. Tables of contents
 * (`Uppföljning.....<TAB>5`) and ordinary two-column tables are not header fields; stray HTML
 * tags (`<b>…</b>`) are ignored.
 */
import type { HeaderField } from '../../schema/policy-document.ts';

/** What a known label is about. */
export type HeaderFieldKind =
  | 'reference' | 'decided' | 'decided-by' | 'scope' | 'valid-from' | 'valid-until' | 'replaces'
  | 'owner' | 'follow-up' | 'revision' | 'officer' | 'date' | 'document-type' | 'version' | 'status';

/** Known labels, matched against the whole label in lower case with dots read as spaces (`fr.o.m.` = `fr o m`). */
const KNOWN_LABELS: readonly (readonly [HeaderFieldKind, RegExp])[] = [
  ['reference', /^(?:diarienummer|diarienr|diarie nr|dnr|ärendenummer|ärendenr|dokument-id|dokumentid|dokumentnummer)$/u],
  ['decided-by', /^(?:beslutad|beslutat|antagen|antaget|fastställd|fastställt) av$|^beslutsinstans$|^beslutande(?: organ)?$/u],
  ['decided', /^(?:beslutad|beslutat|antagen|antaget|fastställd|fastställt|godkänd|godkänt)(?: (?:när|den|datum))?$|^(?:beslutsdatum|antagandedatum)$/u],
  ['scope', /^(?:gäller för|giltig för|omfattar|omfattning)$/u],
  ['valid-from', /^(?:gäller|giltig) (?:fr o m|från och med|från)$|^giltig fr o m$/u],
  ['valid-until', /^(?:gäller|giltig) (?:t o m|till och med|till)$|^giltighetstid$/u],
  ['replaces', /^ersätter(?: dokument)?$/u],
  ['owner', /^(?:dokumentansvarig|dokumentägare|ansvarig|ansvarig för dokumentet|processägare)$/u],
  ['follow-up', /^(?:uppföljning|uppföljs|följs upp)$/u],
  ['revision', /^(?:revideras|revidering|reviderad|senast reviderad|revideringsdatum|ansvar för revidering|omprövning|ompröva senast)$/u],
  ['officer', /^(?:handläggare|kontaktperson|upprättad av|framtagen av)$/u],
  ['date', /^datum$/u],
  ['document-type', /^(?:dokumenttyp|dokumentslag|typ av dokument)$/u],
  ['version', /^version$/u],
  ['status', /^status$/u],
];

/** The kind of a header label (`Gäller t o m` → `valid-until`), or `null` for a label this module does not know. */
export function classifyLabel(label: string): HeaderFieldKind | null {
  const key = label.normalize('NFC').toLowerCase().replace(/[.:]/gu, ' ').replace(/\s+/gu, ' ').trim();
  return KNOWN_LABELS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

type Candidate =
  /** A known label with a separator (tab or colon), or a `Dnr 2001/152` line: a field wherever it is. */
  | { strength: 'known'; label: string; value: string }
  /** An unknown label, a tab and a value: a field only beside known ones (blank lines between allowed). */
  | { strength: 'unknown'; label: string; value: string }
  /** A known label alone on its line (its empty value's tab trimmed away): a field only directly beside known rows. */
  | { strength: 'bare'; label: string; value: string };

const TAB_ROW = /^[ \t]*([^\t]*?)[ \t]*:?[ \t]*\t[\t ]*(.*?)[ \t]*$/u;
const COLON_ROW = /^[ \t]*(\p{L}[\p{L}\p{N} .\-/]{0,40}?)[ \t]*:[ \t]*(.*?)[ \t]*$/u;
const DNR_LINE = /^[ \t]*((?:[Dd]iarienummer|[Dd]iarienr|[Dd]nr|DNR)\.?)[ \t]+(\S.*?)[ \t]*$/u;
const PAGE_NUMBER = /^\d{1,3}$/u;
const DOT_LEADER = /(?:\.{3,}|…)\s*$/u;
/** Stray HTML tags (`<b>Diarienummer</b>`) are markup, not part of a label or value. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu;

function plausibleLabel(label: string): boolean {
  return /^\p{L}/u.test(label) && label.length <= 40 && label.split(/\s+/u).length <= 5 && !DOT_LEADER.test(label);
}

function classifyLine(text: string): Candidate | null {
  const tab = TAB_ROW.exec(text);
  if (tab) {
    const [, label = '', rest = ''] = tab;
    const cells = rest.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '');
    if (!plausibleLabel(label) || cells.length > 1) return null;
    const value = cells[0] ?? '';
    const kind = classifyLabel(label);
    if (PAGE_NUMBER.test(value) && kind !== 'version') return null; // a table-of-contents row
    if (kind) return { strength: 'known', label, value };
    return value === '' ? null : { strength: 'unknown', label, value };
  }
  const dnr = DNR_LINE.exec(text);
  if (dnr && /\d/u.test(dnr[2] ?? '') && !/^:/u.test(dnr[2] ?? '')) {
    return { strength: 'known', label: (dnr[1] ?? '').replace(/\.$/u, ''), value: dnr[2] ?? '' };
  }
  const colon = COLON_ROW.exec(text);
  if (colon && classifyLabel(colon[1] ?? '')) return { strength: 'known', label: colon[1] ?? '', value: colon[2] ?? '' };
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
    const text = line.text.normalize('NFC').replace(HTML_TAG, '');
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
