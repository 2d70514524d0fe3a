/**
 * The decision that adopted a document, from the statement a document carries near its title:
 * `Antagen av kommunfullmäktige 2020-03-19, § 58`, `Antagna XXX-XX-XX`,
 * `Antaget av Kommunfullmäktige Mariestad 2002-05-27`, `Beslutad av kommunstyrelsen 9 april 2014`,
 * `Fastställd av KF 2014-02-13 § 40`, or header rows (`Beslutad när<TAB>2020-06-11` followed by
 * `Beslutad av<TAB>Kommunfullmäktige`, which are read together). The deciding body is given its
 * canonical Swedish label (`KF` → `Kommunfullmäktige`).
 */
import { findSwedishDates, leadingMonthOrYear } from './dates.ts';
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
const PARTICIPLES =
  'antagen|antaget|antagna|beslutad|beslutat|beslutade|fastställd|fastställt|fastställda|godkänd|godkänt|godkända|beslutsdatum|antagandedatum|beslutsinstans';
/** Past passives read in running text (`Policyn antogs av kommunfullmäktige den 12 mars 2015`): a body or a date is required. */
const PAST_TENSES = 'antogs|fastställdes|godkändes|beslutades';
const VERB = new RegExp(`${NOT_LETTER_BEFORE}(?:(?<participle>${PARTICIPLES})|(?<past>${PAST_TENSES}))${NOT_LETTER_AFTER}`, 'giu');

/** Deciding bodies, most specific first, each with how its canonical label is made from what was written. */
const BODIES: readonly (readonly [RegExp, (written: string) => string])[] = [
  [/^(?:kommunstyrelsens\s+arbetsutskott|ks\s?au)/iu, () => 'Kommunstyrelsens arbetsutskott'],
  [/^(?:(?:kommun|stads)?fullmäktige|kf)/iu, () => 'Kommunfullmäktige'],
  [/^(?:(?:kommun|stads)styrelsen?|ks)/iu, () => 'Kommunstyrelsen'],
  [/^(?:region|landstings)(?:fullmäktige|styrelsen?)/iu, capitalise],
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

function readStatement(line: string, lineNumber: number, verbStart: number, verbEnd: number): Statement | null {
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
  // A month and year or a year alone (`i februari 2018`, `2015`) gives no date, but belongs to the statement.
  const partial = by && !date ? leadingMonthOrYear(line.slice(position)) : null;
  if (partial) position += partial.length;
  const paragraphMatch = by || date ? PARAGRAPH.exec(line.slice(position)) : null;
  if (paragraphMatch) position += paragraphMatch[0].length;
  if (!by && !date) return null;
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
  if (!MAY_DECIDE.test(text)) return found;
  text.split(/\r\n|\r|\n/u).forEach((written, index) => {
    const line = written.normalize('NFC');
    if (!DECIDING_STEM.test(line)) return;
    for (const verb of line.matchAll(VERB)) {
      const statement = readStatement(line, index + 1, verb.index, verb.index + verb[0].length);
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

/** A decision stated in a sentence of running text, and where in the sentence it starts. */
export interface SentenceDecision extends Adoption {
  readonly index: number;
}

/** The stems of every word of deciding above and below (`antagen`, `antogs`, `beslutat`, `beslöt`, `fastställde`, `godkänt`). */
const DECIDING_STEM = /antag|antog|beslut|beslöt|fastställ|godkän/iu;
/** The same stems up to their first letter that composition could change (`besl`, `fastst`, `godk`): tested before the text is normalised. */
const MAY_DECIDE = /antag|antog|besl|fastst|godk/iu;
/** Finite past tenses and supines of deciding, with the body as their subject (`kommunfullmäktige antog`, `har beslutat`). */
const ACTIVE_VERBS = 'antog|antagit|beslutade|beslutat|beslöt|fastställde|fastställt|godkände|godkänt';
/** From a body to its verb: where the body sits (`i X`, `i X kommun`), `har`, an adverb. */
const BODY_THEN_VERB = new RegExp(
  String.raw`^(?:\s+i\s+\p{Lu}[\p{L}\-]*(?:\s+(?:kommun|stad))?)?\s+(?:har\s+)?(?:(?:också|även|nu|därefter|sedan|tidigare|redan)\s+)?(?:${ACTIVE_VERBS})${NOT_LETTER_AFTER}`,
  'iu',
);
/** A verb before its body, the word order after an opening adverbial (`Den 3 mars 2016 antog kommunfullmäktige …`). */
const FINITE_BEFORE_BODY = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:antog|beslutade|beslöt|fastställde|godkände)\s+$`, 'iu');
/** `har kommunfullmäktige beslutat`: the auxiliary before the body, the supine after it. */
const HAR_BEFORE_BODY = new RegExp(String.raw`${NOT_LETTER_BEFORE}har\s+$`, 'iu');
const SUPINE_AFTER_BODY = new RegExp(String.raw`^\s+(?:(?:också|även|nu|redan)\s+)?(?:antagit|beslutat|fastställt|godkänt)${NOT_LETTER_AFTER}`, 'iu');
/** A participle inside a sentence is a statement only after a copula (`Policyn är antagen av kommunfullmäktige`). */
const COPULA_BEFORE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:är|var|blev|har\s+varit|har\s+blivit)\s+$`, 'iu');
/** How far before a word the patterns that end at it look (`har `, `antog `, `är `), and how far after a body its verb may stand. */
const LOOK_BEHIND = 40;
const LOOK_AHEAD = 120;

/**
 * A date that belongs to a revision, not to the decision (`reviderad den 3 mars 2016`): a word
 * holding `revider`, then at most three words, before the date. The word is read from its start
 * (`revider\p{L}*` would read the rest of a long word again from every `revider` in it).
 */
export const REVISION_BEFORE = /(?<!\p{L})(?=\p{L}*?revider)\p{L}+\s+(?:\p{L}+\s+){0,3}$/iu;

/**
 * Every decision one sentence of running text states, in order: the statements `parseAdoption`
 * reads (`Antagen i fullmäktige 2009-11-25 § 68`, `Programmet godkändes av stadsfullmäktige i
 * februari 2018`; a participle inside the sentence only after `är`/`var`/`blev`), and a body as
 * the subject of a verb of deciding in either word order (`Kommunfullmäktige i X har beslutat
 * …`, `X kommunfullmäktige antog den 25 juni 1998 …`, `Den 3 mars 2016 antog kommunfullmäktige
 * …`), dated by the sentence's first date that is not a revision's. Whether the decision is about
 * the document is for the caller to judge.
 */
export function readSentenceDecisions(sentence: string): SentenceDecision[] {
  // Every statement and every active decision holds a verb of deciding: a sentence without one states none.
  if (!MAY_DECIDE.test(sentence)) return [];
  const text = sentence.normalize('NFC').replace(/\s+/gu, ' ');
  const found: SentenceDecision[] = [];
  // Each look around a word reads a window of bounded width, so the time stays linear in the sentence.
  const before = (index: number) => text.slice(Math.max(0, index - LOOK_BEHIND), index);
  for (const verb of text.matchAll(VERB)) {
    const inside = /^\p{Ll}/u.test(verb[0]) && verb.groups?.past === undefined;
    if (inside && !COPULA_BEFORE.test(before(verb.index))) continue;
    const statement = readStatement(text, 1, verb.index, verb.index + verb[0].length);
    if (statement)
      found.push({
        date: statement.date,
        by: statement.by,
        paragraph: statement.paragraph,
        placeholder: statement.placeholder,
        text: statement.text,
        index: verb.index,
      });
  }
  let dates: ReturnType<typeof findSwedishDates> | undefined;
  for (const word of text.matchAll(/(?<![\p{L}\p{N}])\p{L}/gu)) {
    const body = matchBody(text.slice(word.index, word.index + LOOK_AHEAD));
    if (!body) continue;
    const preceding = before(word.index);
    const after = text.slice(word.index + body.length, word.index + body.length + LOOK_AHEAD);
    const active = BODY_THEN_VERB.test(after) || FINITE_BEFORE_BODY.test(preceding) || (HAR_BEFORE_BODY.test(preceding) && SUPINE_AFTER_BODY.test(after));
    if (!active || found.some((decision) => decision.index <= word.index && word.index <= decision.index + decision.text.length)) continue;
    dates ??= findSwedishDates(text);
    const date = dates.find((candidate) => !REVISION_BEFORE.test(text.slice(Math.max(0, candidate.index - 40), candidate.index)));
    found.push({ date: date?.date ?? null, by: body.by, paragraph: null, placeholder: date?.placeholder ?? false, text: text.trim(), index: word.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
