/**
 * The reading of one sentence: the actors it names, grouped (`styrelsen, nämnderna och
 * bostadsstiftelsen`), and for each group the statement the sentence makes about it, as subject of
 * a duty verb (also after `som`, a modal or a fronted phrase), as agent of a passive (`fattas av
 * X`), as receiver (`redovisas till X`) or as the place of a designated person (`finns inom X en
 * person med ansvar för …`). A genitive (`kommunstyrelsens`) names an owner and is passed over.
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { ActorMatch, ActorRef } from '../../taxonomy/actors.ts';
import type { DutyKindKey } from '../../taxonomy/duties.ts';
import type { VerbRole } from '../../taxonomy/duty-verbs.ts';
import type { RoleKey } from '../../taxonomy/roles.ts';
import { findActors } from '../../taxonomy/actors.ts';
import { classifyDuty } from '../../taxonomy/duties.ts';
import { PASSIVE_VERBS, RECEIVER_WORDS, WORD } from '../../taxonomy/duty-verbs.ts';
import { MODAL_AT, MODAL_WORD, objectRole, roleOf, verbAt, verbWithin, w, type VerbHit } from './verbs.ts';

export interface Holder {
  readonly actor: ActorRef;
  /** The actor as the text names it. */
  readonly actorText: string;
}

export interface Group {
  readonly start: number;
  readonly end: number;
  readonly holders: readonly Holder[];
}

/** A statement found in a sentence, before it is spread over its actors. */
export interface Statement {
  readonly holders: readonly Holder[];
  readonly role: RoleKey;
  /** The whole sentence (or bullet sentence), as cited. */
  readonly duty: string;
  /** The part of the sentence this statement is about, where the sentence holds several. */
  readonly clause?: string;
  /** The actors are the subject of an active verb (what `De` in the next sentence refers to). */
  readonly subject: boolean;
}

export const toHolder = (match: ActorMatch): Holder => ({ actor: match.actor, actorText: match.text });

/** `kommunstyrelsens`, `nämndernas`, `KF:s`: a genitive names an owner, not a doer. */
function isGenitive(text: string, match: ActorMatch): boolean {
  return /\p{Ll}s$/u.test(match.text) || /^:s(?![\p{L}])/u.test(text.slice(match.end));
}

const GROUP_SEPARATOR = /^(?:\s*,\s*(?:(?:och|samt|eller)\s+)?|\s+(?:och|samt|eller|&)\s+)(?:(?:av|från)\s+)?$/iu;

/** Actors joined by `,`, `och`, `samt`, `eller` (`styrelsen, nämnderna och bostadsstiftelsen`) as one group. */
export function groupActors(text: string, matches: readonly ActorMatch[]): Group[] {
  const groups: Group[] = [];
  for (const match of matches) {
    const last = groups.at(-1);
    if (last && GROUP_SEPARATOR.test(text.slice(last.end, match.start))) {
      groups[groups.length - 1] = { start: last.start, end: match.end, holders: [...last.holders, toHolder(match)] };
    } else {
      groups.push({ start: match.start, end: match.end, holders: [toHolder(match)] });
    }
  }
  return groups;
}

/** Passive verbs before `av`/`från` + agent, and the agent's role. */
const PASSIVES: readonly (readonly [RoleKey, RegExp])[] = PASSIVE_VERBS.map(([role, source]) => [role, new RegExp(`${w(source)}(?:\\s+${WORD}){0,3}\\s+(?:av|från)\\s+$`, 'iu')]);

/** What comes right before an actor who receives information or reports. */
const RECEIVER = new RegExp(w(RECEIVER_WORDS.join('|')) + String.raw`\s+$`, 'iu');

const PREPOSITION_BEFORE = new RegExp(
  w('i|på|av|från|till|med|för|hos|inom|vid|mellan|om|under|åt|genom|enligt|utan|mot|bland|efter|inför|kring|än|via|per|såsom|liksom') + String.raw`\s+$`,
  'iu',
);
const LOCATIVE_BEFORE = new RegExp(w('inom|hos|på|i') + String.raw`\s+$`, 'iu');
/** `finns … en person med ansvar att/för` (Eksjö, Järfälla). */
const DESIGNATED_PERSON = new RegExp(
  w('finns|finnas') + String.raw`.*?` + w('en|ett') + String.raw`\s+(?:person|tjänsteperson|tjänsteman|handläggare|samordnare|kontaktperson|funktion)\s+med\s+(?:\p{L}+\s+)?ansvar(?:et)?\s+(?:för|att)\s+`,
  'iu',
);
const ATT_BEFORE = new RegExp(w('att') + String.raw`\s+$`, 'iu');
const CLAUSE_BREAK_BEFORE = /(?:\s*[,;]\s*(?:(?:och|samt|men)\s+)?|\s+(?:och|samt|men|medan)\s+)$/iu;

interface Predicate extends VerbHit {
  /** Reached through `som` (`… till kommunstyrelsen som samordnar`). */
  readonly relative: boolean;
}

/** The duty verb after a subject: right after it (`ansvarar`), after `som`, or after a modal and up to four words. */
function predicateAfter(text: string, from: number): Predicate | undefined {
  const lead = /(?:\s*,)?\s+(som\s+)?/iuy;
  lead.lastIndex = from;
  const opening = lead.exec(text);
  if (!opening) return undefined;
  const at = from + opening[0].length;
  const relative = opening[1] !== undefined;
  const direct = verbAt(text, at, 'finite');
  if (direct) return { ...direct, relative };
  MODAL_AT.lastIndex = at;
  const modal = MODAL_AT.exec(text);
  const hit = modal ? verbWithin(text, at + modal[0].length, 4) : undefined;
  return hit ? { ...hit, relative } : undefined;
}

/** The role where the verb comes before its subject (`Innan … ska kommunstyrelsen godkänna`, `Efter … ansvarar nämnder … för`). */
function invertedRole(text: string, group: Group, groups: readonly Group[], objects: ReadonlySet<Group>): RoleKey | undefined {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(0, group.start));
  if (!before?.[1]) return undefined;
  const verbStart = before.index;
  const ownedByEarlierSubject = groups.some(
    (other) => other.end <= verbStart && !objects.has(other) && text.slice(other.end, verbStart).trim() === '',
  );
  if (ownedByEarlierSubject) return undefined;
  if (MODAL_WORD.test(before[1])) {
    const hit = verbWithin(text, group.end + (/^\s*/u.exec(text.slice(group.end))?.[0].length ?? 0), 4);
    return hit ? roleOf(hit, text) : undefined;
  }
  const predicate = before[1] + text.slice(group.end);
  const hit = verbAt(predicate, 0, 'finite');
  return hit ? roleOf(hit, predicate) : undefined;
}

/** Where the clause of group `index` ends: before a later actor that starts a clause of its own (`…, och nämnderna genomför …`). */
function clauseLimit(text: string, groups: readonly Group[], index: number): number {
  for (const later of groups.slice(index + 1)) {
    const breakBefore = CLAUSE_BREAK_BEFORE.exec(text.slice(0, later.start));
    const predicate = breakBefore ? predicateAfter(text, later.end) : undefined;
    if (breakBefore && predicate && !predicate.relative) return breakBefore.index;
  }
  return text.length;
}

export interface Duty {
  readonly role: RoleKey;
  readonly duty: string;
}

/**
 * The duties of one predicate from `start` to `limit`, split where a coordinated verb of the same
 * form begins (`samordnar …, tecknar …, beslutar …`), then neighbours with the same role and kind
 * joined again. A `weak` verb (`arbetar strategiskt och ansvarar för …`) joins the next part.
 */
export function clauseDuties(text: string, start: number, hit: VerbHit, limit: number): Duty[] {
  const partRole = (verb: VerbHit): VerbRole => (verb.role === 'object' ? objectRole(text.slice(verb.end, limit)) : verb.role);
  let current: { start: number; end: number; role: VerbRole } = { start, end: limit, role: partRole(hit) };
  const parts = [current];
  const separator = /\s*[,;]\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+/giu;
  // `beslutar om X samt om Y`: the verb's preposition repeated after a conjunction starts a
  // coordinated object, a duty of its own when its kind differs (policy vs twin towns).
  const preposition = /^\s+(om|för|över|kring)\s/iu.exec(text.slice(hit.end))?.[1]?.toLowerCase();
  separator.lastIndex = hit.end;
  for (let found = separator.exec(text); found && found.index < limit; found = separator.exec(text)) {
    const at = found.index + found[0].length;
    const next = verbAt(text, at, hit.form);
    const coordinatedObject = !next && preposition !== undefined && /och|samt/iu.test(found[0]) && text.slice(at).toLowerCase().startsWith(`${preposition} `);
    if (!next && !coordinatedObject) continue;
    current.end = found.index;
    current = { start: at, end: limit, role: next ? partRole(next) : partRole(hit) };
    parts.push(current);
    separator.lastIndex = next ? next.end : at;
  }
  const resolved: { start: number; end: number; role: RoleKey; kind: DutyKindKey }[] = [];
  let pendingStart: number | undefined;
  parts.forEach((part, index) => {
    if (part.role === 'weak' && index < parts.length - 1) {
      pendingStart ??= part.start;
      return;
    }
    const role: RoleKey = part.role === 'weak' || part.role === 'object' ? 'carries-out' : part.role;
    const partStart = pendingStart ?? part.start;
    pendingStart = undefined;
    const kind = classifyDuty(text.slice(partStart, part.end), role);
    const previous = resolved.at(-1);
    if (previous && previous.role === role && previous.kind === kind) previous.end = part.end;
    else resolved.push({ start: partStart, end: part.end, role, kind });
  });
  return resolved.map((part) => ({ role: part.role, duty: text.slice(part.start, part.end).trim() }));
}

/**
 * The role of an actor named as agent (`fattas av X`), as receiver (`redovisas till X`, `delges X`)
 * or as the place of a designated person (`finns inom X en person med ansvar att …`).
 */
function roleAsObject(text: string, group: Group, before: string): RoleKey | undefined {
  const agentRole = PASSIVES.find(([, pattern]) => pattern.test(before))?.[0];
  if (agentRole) return agentRole;
  if (RECEIVER.test(before)) return 'informed';
  const designated = LOCATIVE_BEFORE.test(before) ? DESIGNATED_PERSON.exec(text) : null;
  const objectStart = designated ? designated.index + designated[0].length : -1;
  return designated && objectStart > group.end ? objectRole(text.slice(objectStart)) : undefined;
}

/** The statements a sentence makes about the actors it names. */
export function explicitStatements(text: string): Statement[] {
  const groups = groupActors(text, findActors(text).filter((match) => !isGenitive(text, match)));
  const statements: Statement[] = [];
  const objects = new Set<Group>();
  const claimed: (readonly [number, number])[] = [];
  let subjectSeen = false;
  groups.forEach((group, index) => {
    const before = text.slice(0, group.start);
    const { holders } = group;
    const whole = (role: RoleKey, subject: boolean): void => {
      statements.push({ holders, role, duty: text, subject });
    };
    const objectRoleHere = roleAsObject(text, group, before);
    if (objectRoleHere) {
      whole(objectRoleHere, false);
      objects.add(group);
      const relative = predicateAfter(text, group.end);
      if (relative?.relative) whole(roleOf(relative, text), false);
      return;
    }
    if (PREPOSITION_BEFORE.test(before)) {
      objects.add(group);
      return;
    }
    const inverted = invertedRole(text, group, groups, objects);
    if (inverted) {
      whole(inverted, true);
      claimed.push([0, text.length]);
      subjectSeen = true;
      return;
    }
    const predicate = predicateAfter(text, group.end);
    if (!predicate) return;
    if (ATT_BEFORE.test(before) && claimed.some(([from, to]) => group.start >= from && group.start < to)) return;
    const start = subjectSeen ? group.start : 0;
    const limit = clauseLimit(text, groups, index);
    // The whole sentence is the duty as cited; the clause is the part of it this role is about.
    for (const part of clauseDuties(text, start, predicate, limit)) statements.push({ holders, role: part.role, duty: text, clause: part.duty, subject: true });
    claimed.push([start, limit]);
    subjectSeen = true;
  });
  return statements;
}
