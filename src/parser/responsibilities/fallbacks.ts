/**
 * Duties whose sentence names no actor of its own, and whom they belong to: `De deltar …` right
 * after a sentence with several actors as subject means them, and `Den`/`Denna` with a verb of
 * responsibility (`Den ansvarar för …`, `Denna har i uppdrag att …`) right after a sentence with
 * one actor as subject means it (a `Den` with another verb is as often the document or plan just
 * named: `Kommunstyrelsen antar planen. Den ska stödja …`); a bullet `*Kommunfullmäktige* -
 * Fastställer …` gives its sentences to the actor before the dash; a section whose heading is an
 * actor (`Kommunfullmäktige`, `Kommunstyrelsens ansvar`) gives it its sentences and list items;
 * a list after a lead-in (`… genom att`, `I den samordnande rollen ingår:`) gives its items that
 * open with a duty verb or noun to the lead-in's actor, or to the actor of the latest statement;
 * after a lead-in that says the actor's duties follow (`X ansvarar för följande:`, `Den ansvarar
 * för:`, `X har följande uppgifter:`) every item is the actor's, carried out unless its verb says
 * otherwise, and the lead-in itself is no duty.
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { RoleKey } from '../../taxonomy/roles.ts';
import { findActors } from '../../taxonomy/actors.ts';
import { END, LIST_ITEM_NOUNS } from '../../taxonomy/duty-verbs.ts';
import type { VerbRole } from '../../taxonomy/duty-verbs.ts';
import { boundedSentences } from '../text/sentences.ts';
import { trailingWord } from '../text/trim.ts';
import { clauseDuties, explicitStatements, groupActors, toHolder, type Duty, type Holder, type Statement } from './clauses.ts';
import { MODAL_AT, verbAt, verbWithin, w } from './verbs.ts';

/** Nouns that open a list item of duties (`Omvärldsbevakning av …`). */
const ITEM_NOUNS = new RegExp(`(?:${LIST_ITEM_NOUNS.map(([, nouns]) => `(${nouns})`).join('|')})${END}`, 'iuy');
const ITEM_NOUN_ROLES: readonly RoleKey[] = LIST_ITEM_NOUNS.map(([role]) => role);

/** The duties of a sentence without a subject of its own (a bullet's `Fastställer …`, an item's `följa …`). */
function subjectlessDuties(text: string, from: number, defaultRole: RoleKey | undefined): Duty[] {
  const opening = /(?:(?:och|samt|eller|att|även|också)\s+)*/iuy;
  opening.lastIndex = from;
  const at = from + (opening.exec(text)?.[0].length ?? 0);
  MODAL_AT.lastIndex = at;
  const modal = MODAL_AT.exec(text);
  const hit = verbAt(text, at) ?? (modal ? verbWithin(text, at + modal[0].length, 2) : undefined);
  if (hit) return clauseDuties(text, 0, hit, text.length);
  ITEM_NOUNS.lastIndex = at;
  const noun = ITEM_NOUNS.exec(text);
  const nounRole = noun ? ITEM_NOUN_ROLES[noun.slice(1).findIndex((group) => group !== undefined)] : undefined;
  if (nounRole) return [{ role: nounRole, duty: text }];
  return defaultRole ? [{ role: defaultRole, duty: text }] : [];
}

/**
 * A statement whose duty is only that a list of duties follows: a word of responsibility, then
 * nothing but little words, then a colon (`ansvarar för följande:`, `har följande uppgifter:`,
 * `uppdrag är bland annat:`).
 */
const DUTY_LIST_LEAD_IN = new RegExp(
  w(String.raw`(?:ansvar|svarar|uppdrag|uppgift)\p{L}*`) +
    String.raw`(?:\s+(?:för|att|är|omfattar|innebär|bland|annat|framför|allt|i|huvudsak|följande|nedanstående))*\s*:\s*$`,
  'iu',
);

/** The verbs after which `Den`/`Denna` means the actor of the sentence before: responsibility, commission, task. */
const PRONOUN_VERB_ROLES: ReadonlySet<VerbRole> = new Set<VerbRole>(['object']);

/** `De deltar …`, `Den ansvarar för …`: the actors of the sentence before, if the pronoun can mean them. */
function pronounHolders(sentence: string, subjects: readonly Holder[]): { pronoun: string; at: number } | undefined {
  const pronoun = /^(De|Dessa|Den|Denna)\s+/u.exec(sentence);
  if (!pronoun?.[1] || subjects.length === 0) return undefined;
  if (pronoun[1] === 'De' || pronoun[1] === 'Dessa') return { pronoun: pronoun[1], at: pronoun[0].length };
  const verb = verbAt(sentence, pronoun[0].length, 'finite');
  const one = uniqueHolders(subjects).length === 1;
  return one && verb && PRONOUN_VERB_ROLES.has(verb.role) ? { pronoun: pronoun[1], at: pronoun[0].length } : undefined;
}

/** Each actor as written once (a subject with several verbs is a subject of each). */
function uniqueHolders(holders: readonly Holder[]): Holder[] {
  const seen = new Set<string>();
  return holders.filter((holder) => {
    const key = `${holder.actor.id}\u0000${holder.actorText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Who a text's subjectless sentences belong to, and the role to give them when no verb says. */
export interface Fallback {
  readonly holders: readonly Holder[];
  readonly defaultRole?: RoleKey;
}

/** The statements of a paragraph or list item. */
export function statementsOf(text: string, fallback: Fallback | undefined): Statement[] {
  const statements: Statement[] = [];
  let subjects: readonly Holder[] = [];
  for (const sentence of boundedSentences(text)) {
    const explicit = explicitStatements(sentence);
    if (explicit.length > 0) {
      statements.push(
        ...explicit.map((statement) => (DUTY_LIST_LEAD_IN.test(statement.clause ?? statement.duty) ? { ...statement, leadIn: true } : statement)),
      );
      subjects = explicit.filter((statement) => statement.subject).flatMap((statement) => statement.holders);
      // `informera nämnderna om …` in a unit's list: the actors named are only informed (or agents,
      // receivers); the sentence's own verb is still the fallback actor's.
      if (fallback && subjects.length === 0) {
        for (const duty of subjectlessDuties(sentence, 0, undefined)) statements.push({ holders: fallback.holders, ...duty, subject: false });
      }
      continue;
    }
    const pronoun = pronounHolders(sentence, subjects);
    const pronounDuties = pronoun ? subjectlessDuties(sentence, pronoun.at, undefined) : [];
    if (pronoun && pronounDuties.length > 0) {
      const named = uniqueHolders(subjects).map((holder) => ({ actor: holder.actor, actorText: pronoun.pronoun }));
      for (const duty of pronounDuties) {
        // A lead-in keeps the antecedent as written: its list items are that actor's, not `Den`'s.
        if (DUTY_LIST_LEAD_IN.test(duty.duty)) statements.push({ holders: uniqueHolders(subjects), ...duty, subject: true, leadIn: true });
        else statements.push({ holders: named, ...duty, subject: true });
      }
      continue;
    }
    subjects = [];
    if (!fallback) continue;
    for (const duty of subjectlessDuties(sentence, 0, fallback.defaultRole)) statements.push({ holders: fallback.holders, ...duty, subject: false });
  }
  return statements;
}

// ---------------------------------------------------------------------------------------------
// Sections

const HEADING_REST = /^(?:[\s,:.&]|och|samt|ansvar(?:et)?|roll(?:en|er)?|uppdrag(?:et)?|uppgift(?:er|erna)?)*$/iu;

/** The actors a heading names when it names nothing else (`Kommunfullmäktige`, `Nämnder`, `Kommunstyrelsens ansvar`). */
export function headingHolders(heading: string | null): Holder[] {
  if (!heading) return [];
  const matches = findActors(heading);
  let rest = '';
  let position = 0;
  for (const match of matches) {
    rest += heading.slice(position, match.start);
    position = match.end;
  }
  rest += heading.slice(position);
  return matches.length > 0 && HEADING_REST.test(rest) ? matches.map(toHolder) : [];
}

/** `*Kommunfullmäktige* - Fastställer …`: the actors before the dash, and the rest. */
export function dashBullet(text: string): { holders: readonly Holder[]; rest: string } | undefined {
  const first = groupActors(text, findActors(text))[0];
  if (first?.start !== 0) return undefined;
  const dash = /^\s*[-–—:]\s+/u.exec(text.slice(first.end));
  return dash ? { holders: first.holders, rest: text.slice(first.end + dash[0].length) } : undefined;
}

const LEAD_IN_WORD = /^(?:att|genom|följande|nedan)$/iu;
/** A lead-in ends in `:` or in `att`, `genom`, `följande`, `nedan` (read backwards, in time linear in the text). */
export const LEAD_IN = {
  test(text: string): boolean {
    const trimmed = text.trimEnd();
    return trimmed.endsWith(':') || LEAD_IN_WORD.test(trailingWord(trimmed));
  },
};
const ROLE_WORDS = new RegExp(w('roll(?:en)?|uppdrag(?:et)?|ansvar(?:et)?|uppgift(?:er|erna)?|ingår') + String.raw`(?![\p{L}])`, 'iu');

export interface Paragraph {
  readonly text: string;
  readonly holders: readonly Holder[];
  /** The paragraph ends in a lead-in that says the actor's duties follow (`Den ansvarar för följande:`). */
  readonly dutyList?: boolean;
}

/**
 * Who a list's items belong to: the lead-in's actor (every item, as carrying out, where the lead-in
 * says the actor's duties follow), the actor of the role the lead-in names, or the heading's actor.
 */
export function listFallback(leadIn: Paragraph | undefined, recent: readonly Holder[], heading: readonly Holder[]): Fallback | undefined {
  if (leadIn && LEAD_IN.test(leadIn.text)) {
    if (leadIn.holders.length > 0) return leadIn.dutyList ? { holders: leadIn.holders, defaultRole: 'carries-out' } : { holders: leadIn.holders };
    if (ROLE_WORDS.test(leadIn.text) && recent.length > 0) return { holders: recent };
  }
  return heading.length > 0 ? { holders: heading, defaultRole: 'carries-out' } : undefined;
}
