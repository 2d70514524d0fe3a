/**
 * The decision that adopted a document, from the statement a document carries near its title:
 * `Antagen av kommunfullmäktige 2020-03-19, § 58`, `Antagna XXX-XX-XX`,
 * `Antaget av Kommunfullmäktige Mariestad 2002-05-27`, `Beslutad av kommunstyrelsen 9 april 2014`,
 * `Fastställd av KF 2014-02-13 § 40`, or header rows (`Beslutad när<TAB>2020-06-11` followed by
 * `Beslutad av<TAB>Kommunfullmäktige`, which are read together). The deciding body is given its
 * canonical Swedish label (`KF` → `Kommunfullmäktige`).
 */
import { findSwedishDates } from './dates.ts';
import type { SwedishDate } from './dates.ts';

export interface Adoption {
  /** `YYYY-MM-DD`, or `null` when the date is missing, a placeholder or impossible. */
  readonly date: string | null;
  /** The deciding body's canonical label (`Kommunfullmäktige`, `Kommunstyrelsen`, `Barn- och utbildningsnämnden`). */
  readonly by: string | null;
  /** The paragraph of the minutes, `§ 58`, or `null`. */
  readonly paragraph: string | null;
  /** True when the date is a template placeholder (`Antagna XXX-XX-XX`). */
  readonly placeholder: boolean;
  /** The statement as written, trimmed; statements read together are joined by `; `. */
  readonly text: string;
}

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;
/** Participles and header labels: a statement needs a body or a date after them. */
const PARTICIPLES = 'antagen|antaget|antagna|beslutad|beslutat|beslutade|fastställd|fastställt|fastställda|godkänd|godkänt|godkända|beslutsdatum|antagandedatum|beslutsinstans';
/** Past tenses read in running text (`Policyn antogs av kommunfullmäktige den 12 mars 2015`): a date is required. */
const PAST_TENSES = 'antogs|fastställdes|godkändes|beslutades';
const VERB = new RegExp(`${NOT_LETTER_BEFORE}(?:(?<participle>${PARTICIPLES})|(?<past>${PAST_TENSES}))${NOT_LETTER_AFTER}`, 'giu');

/** Deciding bodies, most specific first, each with how its canonical label is made from what was written. */
const BODIES: readonly (readonly [RegExp, (written: string) => string])[] = [
  [/^(?:kommunstyrelsens\s+arbetsutskott|ks\s?au)/iu, () => 'Kommunstyrelsens arbetsutskott'],
  [/^(?:(?:kommun|stads)?fullmäktige|kf)/iu, () => 'Kommunfullmäktige'],
  [/^(?:(?:kommun|stads)styrelsen?|ks)/iu, () => 'Kommunstyrelsen'],
  [/^region(?:fullmäktige|styrelsen?)/iu, capitalise],
  [/^(?:\p{L}+-(?:,?\s+\p{L}+-)*\s+(?:och|samt|&)\s+)?\p{L}*nämnd(?:en)?/iu, capitalise],
  [/^(?:kommundirektör(?:en)?|kommunchef(?:en)?|stadsdirektör(?:en)?)/iu, capitalise],
];

/** `barn- och utbildningsnämnden` → `Barn- och utbildningsnämnden`; all capitals are lowered first. */
function capitalise(written: string): string {
  const text = written.replace(/\s+/gu, ' ');
  const base = text === text.toUpperCase() ? text.toLowerCase() : text;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

function matchBody(text: string): { by: string; length: number } | null {
  for (const [pattern, label] of BODIES) {
    const match = pattern.exec(text);
    if (match && !/^[\p{L}\p{N}]/u.test(text.slice(match[0].length))) return { by: label(match[0]), length: match[0].length };
  }
  return null;
}

interface Statement extends Adoption {
  readonly line: number;
}

/** What may stand between the verb or body and the date: separators, `den`, a place name or two. */
const BEFORE_DATE = /^[\s,:;]*(?:(?:när|den|datum|i|på)[\s:]+)?(?:\p{Lu}[\p{L}\-]*\s+){0,2}(?:den\s+)?$/u;
const PARAGRAPH = /^[\s,;]*(?:(?:KF|KS|Kf|Ks|kf|ks)\s*)?§\s*(\d{1,4}[a-z]?(?:\s*\/\s*\d{2,4})?)/u;
const PREPOSITION = /^[\s:]*(?:(?:av|i|på|vid|när|den)(?![\p{L}\p{N}])[\s:]*)?/iu;

function dateAt(text: string): SwedishDate | null {
  const date = findSwedishDates(text)[0];
  return date && BEFORE_DATE.test(text.slice(0, date.index)) ? date : null;
}

function readStatement(line: string, lineNumber: number, verbStart: number, verbEnd: number, past: boolean): Statement | null {
  let position = verbEnd;
  let by: string | null = null;
  let date: SwedishDate | null = null;
  const afterVerb = PREPOSITION.exec(line.slice(position))?.[0].length ?? 0;
  const body = matchBody(line.slice(position + afterVerb));
  if (body) {
    by = body.by;
    position += afterVerb + body.length;
  }
  date = dateAt(line.slice(position, position + 80));
  if (date) position += date.index + date.raw.length;
  if (date && !by) {
    const bodyAfter = /^[\s,]*(?:av|i)\s+/iu.exec(line.slice(position));
    const later = bodyAfter ? matchBody(line.slice(position + bodyAfter[0].length)) : null;
    if (bodyAfter && later) {
      by = later.by;
      position += bodyAfter[0].length + later.length;
    }
  }
  const paragraphMatch = by || date ? PARAGRAPH.exec(line.slice(position)) : null;
  if (paragraphMatch) position += paragraphMatch[0].length;
  if (past ? !date : !by && !date) return null;
  return {
    date: date?.date ?? null,
    by,
    paragraph: paragraphMatch?.[1] ? `§ ${paragraphMatch[1].replace(/\s+/gu, '')}` : null,
    placeholder: date?.placeholder ?? false,
    text: line.slice(verbStart, position).replace(/\s+/gu, ' ').trim(),
    line: lineNumber,
  };
}

function statements(text: string): Statement[] {
  const found: Statement[] = [];
  text.split(/\r\n|\r|\n/u).forEach((line, index) => {
    for (const verb of line.normalize('NFC').matchAll(VERB)) {
      const statement = readStatement(line.normalize('NFC'), index + 1, verb.index, verb.index + verb[0].length, verb.groups?.past !== undefined);
      if (statement) found.push(statement);
    }
  });
  return found;
}

/**
 * The first adoption statement in the text, or `null` when there is none (Eskilstuna's empty
 * `Beslutad när` and `Beslutad av` rows say nothing, so they give `null`). A statement without a
 * date or without a body is completed from the statements on the next three lines.
 */
export function parseAdoption(text: string): Adoption | null {
  const all = statements(text);
  const first = all[0];
  if (!first) return null;
  let { date, by, paragraph, placeholder } = first;
  const texts = [first.text];
  for (const other of all.slice(1)) {
    if (other.line === first.line || other.line > first.line + 3) continue;
    const fillsDate = date === null && !placeholder && (other.date !== null || other.placeholder) && (other.by === null || other.by === by);
    const fillsBy = by === null && other.by !== null && other.date === null && !other.placeholder;
    if (fillsDate) ({ date, placeholder } = other);
    if (fillsDate || fillsBy) {
      by ??= other.by;
      paragraph ??= other.paragraph;
      texts.push(other.text);
    }
  }
  return { date, by, paragraph, placeholder, text: texts.join('; ') };
}
