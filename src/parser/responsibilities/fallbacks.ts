/**
 * Duties whose sentence names no actor of its own, and whom they belong to: `De deltar …` right
 * after a sentence with several actors as subject means them; a bullet `*Kommunfullmäktige* -
 * Fastställer …` gives its sentences to the actor before the dash; a section whose heading is an
 * actor (`Kommunfullmäktige`, `Kommunstyrelsens ansvar`) gives it its sentences and list items;
 * a list after a lead-in (`… genom att`, `I den samordnande rollen ingår:`) gives its items that
 * open with a duty verb or noun to the lead-in's actor, or to the actor of the latest statement.
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { RoleKey } from '../../taxonomy/roles.ts';
import { findActors } from '../../taxonomy/actors.ts';
import { END, LIST_ITEM_NOUNS } from '../../taxonomy/duty-verbs.ts';
import { splitSentences } from '../text/sentences.ts';
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

/** Who a text's subjectless sentences belong to, and the role to give them when no verb says. */
export interface Fallback {
  readonly holders: readonly Holder[];
  readonly defaultRole?: RoleKey;
}

/** The statements of a paragraph or list item. */
export function statementsOf(text: string, fallback: Fallback | undefined): Statement[] {
  const statements: Statement[] = [];
  let subjects: readonly Holder[] = [];
  for (const sentence of splitSentences(text)) {
    const explicit = explicitStatements(sentence);
    if (explicit.length > 0) {
      statements.push(...explicit);
      subjects = explicit.filter((statement) => statement.subject).flatMap((statement) => statement.holders);
      continue;
    }
    const pronoun = /^(De|Dessa)\s+/u.exec(sentence);
    const pronounDuties = pronoun && subjects.length > 0 ? subjectlessDuties(sentence, pronoun[0].length, undefined) : [];
    if (pronoun?.[1] && pronounDuties.length > 0) {
      const holders = subjects.map((holder) => ({ actor: holder.actor, actorText: pronoun[1] ?? holder.actorText }));
      for (const duty of pronounDuties) statements.push({ holders, ...duty, subject: true });
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
  if (!first || first.start !== 0) return undefined;
  const dash = /^\s*[-–—:]\s+/u.exec(text.slice(first.end));
  return dash ? { holders: first.holders, rest: text.slice(first.end + dash[0].length) } : undefined;
}

const LEAD_IN = new RegExp(String.raw`(?::|${w('att|genom|följande|nedan')})\s*$`, 'iu');
const ROLE_WORDS = new RegExp(w('roll(?:en)?|uppdrag(?:et)?|ansvar(?:et)?|uppgift(?:er|erna)?|ingår') + String.raw`(?![\p{L}])`, 'iu');

export interface Paragraph {
  readonly text: string;
  readonly holders: readonly Holder[];
}

/** Who a list's items belong to: the lead-in's actor, the actor of the role the lead-in names, or the heading's actor. */
export function listFallback(leadIn: Paragraph | undefined, recent: readonly Holder[], heading: readonly Holder[]): Fallback | undefined {
  if (leadIn && LEAD_IN.test(leadIn.text)) {
    if (leadIn.holders.length > 0) return { holders: leadIn.holders };
    if (ROLE_WORDS.test(leadIn.text) && recent.length > 0) return { holders: recent };
  }
  return heading.length > 0 ? { holders: heading, defaultRole: 'carries-out' } : undefined;
}
