/**
 * The reading of one sentence: the actors it names, grouped (`styrelsen, nämnderna och
 * bostadsstiftelsen`), and for each group the statement the sentence makes about it, as subject of
 * a duty verb (also after `som`, a modal or a fronted phrase, and in a cleft `Det är X som planerar …`;
 * a place after the subject is passed over: `X i Y kommun ansvarar …`), as agent of a passive
 * (`fattas av X`), as receiver (`redovisas till X`), as the place of a designated person (`finns
 * inom X en person med ansvar för …`), as the holder a responsibility lies with (`Det övergripande
 * ansvaret för … ligger på X`), as the commissioner (`på uppdrag av X`) or as the one another
 * assists (`Z bistår X med att …`: X is `informed`, see `roleAsObject`).
 *
 * A genitive (`kommunstyrelsens`) names an owner and is passed over, except where it owns a task:
 * `X:s uppdrag är att …` (X carries it out, role from the task), `X:s uppdrag till Y att …` (X
 * decides, Y carries out) and `på X:s uppdrag` (X decides).
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { ActorMatch, ActorRef } from '../../taxonomy/actors.ts';
import type { DutyKindKey } from '../../taxonomy/duties.ts';
import type { VerbRole } from '../../taxonomy/duty-verbs.ts';
import type { RoleKey } from '../../taxonomy/roles.ts';
import { findActors } from '../../taxonomy/actors.ts';
import { classifyDuty } from '../../taxonomy/duties.ts';
import { ADV_WORDS, PASSIVE_VERBS, RECEIVER_WORDS, WORD } from '../../taxonomy/duty-verbs.ts';
import { MODAL_AT, MODAL_WORD, objectRole, roleOf, verbAt, verbWithin, w, type VerbHit } from './verbs.ts';
import { textBefore } from '../text/window.ts';
import { isWhitespace, trailingWord, whitespaceRunStart, wordBeforeTrailingSpace } from '../text/trim.ts';

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
  /** The actors are the subject of an active verb (what `De` or `Den` in the next sentence refers to). */
  readonly subject: boolean;
  /**
   * A lead-in that says only that the actor's duties follow (`X ansvarar för följande:`): not a
   * duty itself, but the list after it is the actor's (see `listFallback`).
   */
  readonly leadIn?: boolean;
}

export const toHolder = (match: ActorMatch): Holder => ({ actor: match.actor, actorText: match.text });

/**
 * `kommunstyrelsens`, `nämndernas`, `KF:s`: a genitive names an owner, not a doer. A unit named by
 * its field (`enheten för analys`) ends as its field does, not in a genitive.
 */
function isGenitive(text: string, match: ActorMatch): boolean {
  return (/\p{Ll}s$/u.test(match.text) && !NAMES_A_FIELD.test(match.text)) || /^:s(?![\p{L}])/u.test(text.slice(match.end));
}

/** `för` between white space (`enheten för analys`). One character of white space on each side says as much as `\s+för\s+`, which is tried from every space of a long run. */
export const NAMES_A_FIELD = /\sför\s/iu;

const MAX_SEPARATOR = 24;
const GROUP_SEPARATOR = /^(?:\s*,\s*(?:(?:och|samt|eller)\s+)?|\s+(?:och|samt|eller|&)\s+)(?:(?:av|från)\s+)?$/iu;

/** Actors joined by `,`, `och`, `samt`, `eller` (`styrelsen, nämnderna och bostadsstiftelsen`) as one group. */
export function groupActors(text: string, matches: readonly ActorMatch[]): Group[] {
  const groups: { start: number; end: number; holders: Holder[] }[] = [];
  for (const match of matches) {
    const last = groups.at(-1);
    // The text between two actors is short when they are joined (`, `, ` och `): a longer gap is never read.
    if (last && match.start - last.end <= MAX_SEPARATOR && GROUP_SEPARATOR.test(text.slice(last.end, match.start))) {
      last.end = match.end;
      last.holders.push(toHolder(match));
    } else {
      groups.push({ start: match.start, end: match.end, holders: [toHolder(match)] });
    }
  }
  return groups;
}

/** Passive verbs before `av`/`från` + agent, and the agent's role. */
const PASSIVES: readonly (readonly [RoleKey, RegExp])[] = PASSIVE_VERBS.map(([role, source]) => [
  role,
  new RegExp(`${w(source)}(?:\\s+${WORD}){0,3}\\s+(?:av|från)\\s+$`, 'iu'),
]);

/** What comes right before an actor who receives information or reports. */
const RECEIVER = new RegExp(w(RECEIVER_WORDS.join('|')) + String.raw`\s+$`, 'iu');

const PREPOSITION_BEFORE = new RegExp(
  w('i|på|av|från|till|med|för|hos|inom|vid|mellan|om|under|åt|genom|enligt|utan|mot|bland|efter|inför|kring|än|via|per|såsom|liksom') + String.raw`\s+$`,
  'iu',
);
const LOCATIVE_BEFORE = new RegExp(w('inom|hos|på|i') + String.raw`\s+$`, 'iu');
/** `finns … en person med ansvar att/för`. */
const DESIGNATED_PERSON = new RegExp(
  w('finns|finnas') +
    String.raw`.*?` +
    w('en|ett') +
    String.raw`\s+(?:person|tjänsteperson|tjänsteman|handläggare|samordnare|kontaktperson|funktion)\s+med\s+(?:\p{L}+\s+)?ansvar(?:et)?\s+(?:för|att)\s+`,
  'iu',
);
const ATT_BEFORE = new RegExp(w('att') + String.raw`\s+$`, 'iu');
/** `på uppdrag av X`, `i uppdrag från X`: X commissions the work, i.e. decides on it. */
const COMMISSIONER_BEFORE = new RegExp(w('uppdrag(?:et)?') + String.raw`\s+(?:av|från)\s+$`, 'iu');
/** `… ligger på X`, `… vilar hos X`: where a responsibility lies (its noun earlier in the sentence). */
const LIES_WITH_BEFORE = new RegExp(w('ligger|vilar') + String.raw`(?:\s+(?:därför|också|även|ytterst|formellt))?\s+(?:på|hos)\s+$`, 'iu');
/** The responsibility that lies with someone: `Det övergripande ansvaret för …`, `Huvudansvaret för …`, `Uppdraget att …`. */
const RESPONSIBILITY_NOUN = new RegExp(
  w(String.raw`(övergripande\s+|huvud)?(?:ansvar|uppdrag|uppgift)(?:et|en)?`) + String.raw`(?![\p{L}])(?:\s+(?:för|att)(?![\p{L}]))?`,
  'iu',
);
/** `Z bistår X med att …`: the verb of assisting before X, and `med att` after. */
const ASSISTED_BEFORE = new RegExp(w('bistår|bistå|hjälper|hjälpa|stödjer|stöder|stödja|stöttar|stötta') + String.raw`\s+$`, 'iu');
const ASSISTED_AFTER = /^\s+(?:i|med)\s+att(?![\p{L}])/iu;
/**
 * A place after the subject, before its verb: `X i Y kommun ansvarar …`, `X i Z stad som planerar …`,
 * `X inom kommunen ska …`. Case-sensitive: a place name is capitalised.
 */
const PLACE_AFTER = /\s+(?:i|inom|I)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:kommun|stad|region|landsting|län|koncern)(?:en|et)?(?![\p{L}])/uy;
/** The modals of obligation: after them any infinitive states a duty (`Varje förvaltning ska ha en kontaktperson`). */
const DEONTIC = /^(?:ska|skall|måste|bör)$/iu;
/**
 * An infinitive after a modal of obligation: a word in `-a` or a short one (`ha`, `ge`, `se` …),
 * after at most two adverbs. A passive (`ska antas`) or a participle is not one.
 */
const ANY_INFINITIVE = new RegExp(String.raw`(?:(?:${ADV_WORDS})\s+){0,2}(?:\p{L}+a|ha|ge|se|få|gå|nå|stå|ta|dra|be|bo)(?![\p{L}\p{N}-])`, 'iuy');
const BREAK_WORD = /^(?:och|samt|men|medan)$/iu;
/**
 * Where a clause break ends `text` (`, `, `; och `, ` samt `, ` medan `): the index where
 * `/(?:\s*[,;]\s*(?:(?:och|samt|men)\s+)?|\s+(?:och|samt|men|medan)\s+)$/iu` would match, read
 * backwards with code in time linear in the text (the pattern is tried from every space).
 */
export function clauseBreakBefore(text: string): number | undefined {
  const trimmed = text.trimEnd();
  const last = trimmed.at(-1);
  if (last === ',' || last === ';') return whitespaceRunStart(text, trimmed.length - 1);
  if (trimmed.length === text.length) return undefined;
  const word = trailingWord(trimmed);
  if (!BREAK_WORD.test(word)) return undefined;
  const wordStart = trimmed.length - word.length;
  const spaceStart = whitespaceRunStart(text, wordStart);
  const before = text[spaceStart - 1];
  // `, och ` is a break from the space before the comma; ` och ` (or `,och `) from where the word or its space starts.
  if ((before === ',' || before === ';') && !/^medan$/iu.test(word)) return whitespaceRunStart(text, spaceStart - 1);
  return spaceStart < wordStart ? spaceStart : undefined;
}

interface Predicate extends VerbHit {
  /** Reached through `som` (`… till kommunstyrelsen som samordnar`). */
  readonly relative: boolean;
}

/** `ska ha`, `måste därför vara`: any infinitive after a modal of obligation, as carrying out. */
function obligationAt(text: string, modal: string, at: number): VerbHit | undefined {
  if (!DEONTIC.test(modal.trim())) return undefined;
  ANY_INFINITIVE.lastIndex = at;
  const infinitive = ANY_INFINITIVE.exec(text);
  return infinitive ? { role: 'carries-out', form: 'infinitive', end: at + infinitive[0].length } : undefined;
}

/**
 * The duty verb after a subject: right after it (`ansvarar`), after `som`, or after a modal and up
 * to four words (a duty verb, else any infinitive after a modal of obligation: `ska ha …`). A place
 * right after the subject is passed over (`X i Y kommun är ansvarig …`).
 */
function predicateAfter(text: string, from: number): Predicate | undefined {
  PLACE_AFTER.lastIndex = from;
  const place = PLACE_AFTER.exec(text);
  const start = from + (place?.[0].length ?? 0);
  const lead = /(?:\s*,)?\s+(som\s+)?/iuy;
  lead.lastIndex = start;
  const opening = lead.exec(text);
  if (!opening) return undefined;
  const at = start + opening[0].length;
  const relative = opening[1] !== undefined;
  const direct = verbAt(text, at, 'finite');
  if (direct) return { ...direct, relative };
  MODAL_AT.lastIndex = at;
  const modal = MODAL_AT.exec(text);
  const hit = modal ? (verbWithin(text, at + modal[0].length, 4) ?? obligationAt(text, modal[0], at + modal[0].length)) : undefined;
  return hit ? { ...hit, relative } : undefined;
}

/** The role where the verb comes before its subject (`Innan … ska kommunstyrelsen godkänna`, `Efter … ansvarar nämnder … för`). */
function invertedRole(text: string, groups: readonly Group[], index: number, objects: ReadonlySet<Group>): RoleKey | undefined {
  const group = groups[index]!;
  const window = textBefore(text, group.start);
  const before = wordBeforeTrailingSpace(window);
  if (!before) return undefined;
  const verbStart = group.start - window.length + before.index;
  // Only the nearest group ending before the verb can be followed by nothing but white space up to it.
  let earlier = index - 1;
  while (earlier >= 0 && groups[earlier]!.end > verbStart) earlier--;
  const other = groups[earlier];
  const ownedByEarlierSubject = other !== undefined && !objects.has(other) && text.slice(other.end, verbStart).trim() === '';
  if (ownedByEarlierSubject) return undefined;
  if (MODAL_WORD.test(before.word)) {
    const after = group.end + (/^\s*/u.exec(text.slice(group.end))?.[0].length ?? 0);
    const hit = verbWithin(text, after, 4) ?? obligationAt(text, before.word, after);
    return hit ? roleOf(hit, text) : undefined;
  }
  const predicate = before.word + text.slice(group.end);
  const hit = verbAt(predicate, 0, 'finite');
  return hit ? roleOf(hit, predicate) : undefined;
}

/**
 * Where the clause of each group ends: before the next actor that starts a clause of its own
 * (`…, och nämnderna genomför …`), else at the end of the text. Whether a group starts a clause
 * does not depend on which group asks, so one pass from the end answers for all of them.
 */
function clauseLimits(text: string, groups: readonly Group[]): number[] {
  const limits = new Array<number>(groups.length);
  let next = text.length;
  for (let index = groups.length - 1; index >= 0; index--) {
    limits[index] = next;
    const group = groups[index]!;
    const window = textBefore(text, group.start);
    const breakBefore = clauseBreakBefore(window);
    const predicate = breakBefore !== undefined ? predicateAfter(text, group.end) : undefined;
    if (breakBefore !== undefined && predicate && !predicate.relative) next = group.start - window.length + breakBefore;
  }
  return limits;
}

const CONJUNCTION_AT = /(?:och|samt)\s+/iuy;

/** The end of `och`/`samt` and the white space after it at `at`, if they stand there. */
function conjunctionEnd(text: string, at: number): number | undefined {
  CONJUNCTION_AT.lastIndex = at;
  return CONJUNCTION_AT.test(text) ? CONJUNCTION_AT.lastIndex : undefined;
}

/**
 * The next separator between coordinated parts at or after `from`: a comma or semicolon with the
 * white space around it and an `och`/`samt` after it, or `och`/`samt` between white space
 * (`samordnar …, tecknar … och beslutar …`). The same matches as
 * `/\s*[,;]\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+/giu` from `from`, found reading each run of
 * white space once (the pattern reads the rest of a run again from each of its characters).
 */
export function nextPartSeparator(text: string, from: number): { index: number; end: number } | undefined {
  let at = from;
  while (at < text.length) {
    const spaceEnd = whitespaceEnd(text, at);
    if (text[spaceEnd] === ',' || text[spaceEnd] === ';') {
      const afterMark = whitespaceEnd(text, spaceEnd + 1);
      return { index: at, end: conjunctionEnd(text, afterMark) ?? afterMark };
    }
    const conjunction = spaceEnd > at ? conjunctionEnd(text, spaceEnd) : undefined;
    if (conjunction !== undefined) return { index: at, end: conjunction };
    at = Math.max(spaceEnd, at + 1);
  }
  return undefined;
}

function whitespaceEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWhitespace(text[end]!)) end++;
  return end;
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
  // `beslutar om X samt om Y`: the verb's preposition repeated after a conjunction starts a
  // coordinated object, a duty of its own when its kind differs (policy vs twin towns).
  const preposition = /^\s+(om|för|över|kring)\s/iu.exec(text.slice(hit.end))?.[1]?.toLowerCase();
  let from = hit.end;
  for (let found = nextPartSeparator(text, from); found && found.index < limit; found = nextPartSeparator(text, from)) {
    const at = found.end;
    const next = verbAt(text, at, hit.form);
    const coordinatedObject =
      !next && preposition !== undefined && /och|samt/iu.test(text.slice(found.index, at)) && text.slice(at).toLowerCase().startsWith(`${preposition} `);
    from = at;
    if (!next && !coordinatedObject) continue;
    current.end = found.index;
    current = { start: at, end: limit, role: next ? partRole(next) : partRole(hit) };
    parts.push(current);
    if (next) from = next.end;
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

/** The role of a responsibility that lies with someone: `Det övergripande ansvaret för …` leads, `Huvudansvaret` carries out, else from its object. */
function lyingRole(before: string): RoleKey | undefined {
  const lies = LIES_WITH_BEFORE.exec(before);
  const noun = lies ? RESPONSIBILITY_NOUN.exec(before.slice(0, lies.index)) : null;
  if (!lies || !noun) return undefined;
  const qualifier = noun[1]?.toLowerCase();
  if (qualifier?.startsWith('övergripande')) return 'leads';
  if (qualifier === 'huvud') return 'carries-out';
  return objectRole(before.slice(noun.index + noun[0].length, lies.index));
}

/** The role of an actor who is not the grammatical subject, and whether it is the doer all the same (`ligger på X`). */
interface ObjectRole {
  readonly role: RoleKey;
  readonly subject: boolean;
}

/**
 * The role of an actor named as agent (`fattas av X`), as receiver (`redovisas till X`, `delges X`),
 * as the place of a designated person (`finns inom X en person med ansvar att …`), as the holder a
 * responsibility lies with (`ansvaret för … ligger på X`), as commissioner (`på uppdrag av X`: decides)
 * or as the one another assists with a task (`Z bistår X med att samordna …`). The assisted X is
 * `informed`: the sentence is about Z's support, and it tells X's own duty only by implication, so X
 * is kept in the picture as the party the support is given to, without a duty the text does not state.
 */
function roleAsObject(text: string, group: Group, before: string): ObjectRole | undefined {
  if (COMMISSIONER_BEFORE.test(before)) return { role: 'decides', subject: false };
  const lying = lyingRole(before);
  if (lying) return { role: lying, subject: true };
  const agentRole = PASSIVES.find(([, pattern]) => pattern.test(before))?.[0];
  if (agentRole) return { role: agentRole, subject: false };
  if (RECEIVER.test(before)) return { role: 'informed', subject: false };
  if (ASSISTED_BEFORE.test(before) && ASSISTED_AFTER.test(text.slice(group.end, group.end + 16))) return { role: 'informed', subject: false };
  const designated = LOCATIVE_BEFORE.test(before) ? DESIGNATED_PERSON.exec(text) : null;
  const objectStart = designated ? designated.index + designated[0].length : -1;
  return designated && objectStart > group.end ? { role: objectRole(text.slice(objectStart)), subject: false } : undefined;
}

/** After a genitive: `:s uppdrag till Y (för) att …` (the genitive commissions Y). */
const COMMISSION_AFTER = /^(?::s)?\s+(?:\p{L}+\s+)?uppdrag(?:et)?\s+(?:till|åt)\s+$/iu;
/** After a genitive: `:s uppdrag är att …`, `:s uppgift är bland annat att …`, `:s roll är att …` (its own task). */
const OWN_TASK_AFTER = /(?::s)?\s+(?:\p{L}+\s+)?(?:uppdrag|uppgift|ansvar|roll)(?:et|en)?\s+är\s+(?:bland\s+annat\s+|främst\s+|framför\s+allt\s+)?att\s+/iuy;
/** After a genitive: `:s uppdrag` right after `på`/`efter` (`på kommunstyrelsens uppdrag`). */
const ON_COMMISSION_AFTER = /^(?::s)?\s+uppdrag(?![\p{L}])/iu;
const ON_BEFORE = new RegExp(w('på|efter|enligt') + String.raw`\s+$`, 'iu');
/** How much of a task `objectRole` needs: its first words (a sentence with many actors is not copied again for each). */
const TASK_WINDOW = 200;

/** What the genitives of a sentence own: a task (`X:s uppdrag är att …`) or a commission (`X:s uppdrag till Y att …`, `på X:s uppdrag`). */
function genitiveStatements(
  text: string,
  matches: readonly ActorMatch[],
  genitives: ReadonlySet<ActorMatch>,
): { statements: Statement[]; commissioned: Set<number> } {
  const statements: Statement[] = [];
  const commissioned = new Set<number>();
  matches.forEach((match, index) => {
    if (!genitives.has(match)) return;
    // The owner named without its case ending: `landstingsstyrelsens uppdrag` → `landstingsstyrelsen`.
    const holders: Holder[] = [{ actor: match.actor, actorText: match.text.replace(/(?<=\p{Ll})s$/u, '') }];
    const next = matches[index + 1];
    if (next && !genitives.has(next) && COMMISSION_AFTER.test(text.slice(match.end, next.start))) {
      const task = text.slice(next.end, next.end + TASK_WINDOW).replace(/^\s*(?:för\s+)?/iu, '');
      statements.push({ holders, role: 'decides', duty: text, subject: false });
      statements.push({ holders: [toHolder(next)], role: objectRole(task), duty: text, subject: true });
      commissioned.add(next.start);
      return;
    }
    OWN_TASK_AFTER.lastIndex = match.end;
    const own = OWN_TASK_AFTER.exec(text);
    if (own) {
      statements.push({ holders, role: objectRole(text.slice(match.end + own[0].length, match.end + own[0].length + TASK_WINDOW)), duty: text, subject: true });
      return;
    }
    if (ON_BEFORE.test(text.slice(Math.max(0, match.start - 16), match.start)) && ON_COMMISSION_AFTER.test(text.slice(match.end, match.end + 16)))
      statements.push({ holders, role: 'decides', duty: text, subject: false });
  });
  return { statements, commissioned };
}

/** The statements a sentence makes about the actors it names. */
export function explicitStatements(text: string): Statement[] {
  const matches = findActors(text);
  // Every statement is about an actor the sentence names: a sentence that names none makes none.
  if (matches.length === 0) return [];
  const genitives = new Set(matches.filter((match) => isGenitive(text, match)));
  const groups = groupActors(
    text,
    matches.filter((match) => !genitives.has(match)),
  );
  const owned = genitives.size > 0 ? genitiveStatements(text, matches, genitives) : { statements: [], commissioned: new Set<number>() };
  const statements: Statement[] = [...owned.statements];
  const objects = new Set<Group>();
  // Every claimed range starts at or before the group being read, so the furthest end is enough.
  let claimedEnd = -1;
  let limits: number[] | undefined;
  let subjectSeen = owned.statements.some((statement) => statement.subject);
  groups.forEach((group, index) => {
    const before = textBefore(text, group.start);
    const { holders } = group;
    const whole = (role: RoleKey, subject: boolean): void => {
      statements.push({ holders, role, duty: text, subject });
    };
    if (owned.commissioned.has(group.start)) {
      objects.add(group);
      return;
    }
    const objectRoleHere = roleAsObject(text, group, before);
    if (objectRoleHere) {
      whole(objectRoleHere.role, objectRoleHere.subject);
      objects.add(group);
      const relative = predicateAfter(text, group.end);
      if (relative?.relative) whole(roleOf(relative, text), false);
      return;
    }
    if (PREPOSITION_BEFORE.test(before)) {
      objects.add(group);
      return;
    }
    const inverted = invertedRole(text, groups, index, objects);
    if (inverted) {
      whole(inverted, true);
      claimedEnd = text.length;
      subjectSeen = true;
      return;
    }
    const predicate = predicateAfter(text, group.end);
    if (!predicate) return;
    if (ATT_BEFORE.test(before) && group.start < claimedEnd) return;
    const start = subjectSeen ? group.start : 0;
    limits ??= clauseLimits(text, groups);
    const limit = limits[index]!;
    // The whole sentence is the duty as cited; the clause is the part of it this role is about.
    for (const part of clauseDuties(text, start, predicate, limit)) statements.push({ holders, role: part.role, duty: text, clause: part.duty, subject: true });
    claimedEnd = Math.max(claimedEnd, limit);
    subjectSeen = true;
  });
  return statements;
}
