/**
 * Responsibility statements: who does what, as a steering document says it.
 *
 * Every section is read, not only those categorised `responsibility` (a "Uppföljning" section may
 * say who follows up), except those in `SKIPPED_CATEGORIES` and a cover letter. Each paragraph
 * and list item (`blocks`; the phrases joined give the text) is split into sentences, and each
 * sentence is read for these patterns:
 *
 * - an actor as subject followed by a duty verb: `Kommunstyrelsen beslutar om …`,
 *   `Varje nämnd har huvudansvaret för …`, `Nämnderna ska i sina verksamhetsplaner ange …`,
 *   also in a subordinate clause (`Det innebär att nämnden ansöker …`), a relative clause
 *   (`… till kommunstyrelsen som samordnar vid behov`) and after a fronted phrase
 *   (`Innan … ska kommunstyrelsen godkänna …`, `Efter att … ansvarar nämnder och bolagsstyrelser för …`);
 * - several actors as one subject (`Styrelsen, nämnderna och bostadsstiftelsen ansvarar …`):
 *   one responsibility per actor, same duty; `De deltar …` right after such a sentence means them;
 * - passive forms with an agent (`… fattas av kommunfullmäktige`, `… följs kontinuerligt upp av
 *   styrelsen, …`, `… samordnas från kommunledningskontoret`, `… kan få stöd av sektorn`) and
 *   receivers (`… redovisas till kommunstyrelsen`, `Uppföljningarna delges kommunstyrelsen`,
 *   `Kommunstyrelsen informeras om …`): the receiver is `informed`;
 * - "there is a person with responsibility for X within ACTOR" (`Inom varje nämnd … bör det finnas en
 *   person med ansvar för …`): the actor holds the duty;
 * - a bullet `*Kommunfullmäktige* - Fastställer …`: the actor before the dash, then one
 *   responsibility per sentence, each with its own role;
 * - a section whose heading is an actor (`Kommunfullmäktige`, `Nämnder`, `Kommunstyrelsens ansvar`):
 *   its sentences without an explicit statement are that actor's (role from a leading verb, else
 *   `carries-out`), and so are its list items;
 * - a list after a lead-in (`… genom att`, `I den samordnande rollen ingår:`): each item that opens
 *   with a duty verb or noun (`följa …`, `Omvärldsbevakning av …`) belongs to the lead-in's actor,
 *   or, where the lead-in names a role without an actor, to the actor of the section's latest statement.
 *
 * The role comes from the verb (see `VERBS`); `ansvarar för` / `svarar för` / `har ansvar för` /
 * `har i uppdrag att` take it from their object (`att leda och samordna` → leads, `uppföljning`
 * → follows-up, `informationen` → supports, otherwise carries-out). Where one subject has several
 * coordinated verbs (`samordnar …, tecknar …, beslutar om …, samt beslutar om medlemskap …`) the
 * sentence is split at the verbs, and neighbouring parts with the same role and duty kind are joined
 * again: each part is a verbatim piece of the sentence (the first keeps the subject), so a chart can
 * show that Tyresö's kommunstyrelse both leads and decides on twin towns and memberships. Otherwise
 * `duty` is the whole sentence, whitespace-normalised and without markup; never a paraphrase.
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { Phrase, Responsibility, Section } from '../schema/policy-document.ts';
import type { ActorMatch, ActorRef } from '../taxonomy/actors.ts';
import type { DutyKindKey } from '../taxonomy/duties.ts';
import type { RoleKey } from '../taxonomy/roles.ts';
import { findActors } from '../taxonomy/actors.ts';
import { classifyDuty } from '../taxonomy/duties.ts';

/**
 * Categories whose actors this document gives no duties: definitions (`Program … beslutas av
 * kommunfullmäktige eller av berörd nämnd` describes document types in general), background
 * (`en dagordning från kommunfullmäktige påverkas av EU`), references, the title block, the
 * document's own summary, and a proposal (which proposes decisions rather than assigning work).
 * Sections of a cover letter (`part: 'cover-letter'`) are skipped for the same reason.
 */
export const SKIPPED_CATEGORIES: ReadonlySet<string> = new Set(['definitions', 'background', 'references', 'front-matter', 'summary', 'proposal']);

/** The kind of duty of a responsibility (for the charts), from its duty text and role. */
export function dutyKindOf(responsibility: Responsibility): DutyKindKey {
  return classifyDuty(responsibility.clause, responsibility.role);
}

// ---------------------------------------------------------------------------------------------
// Text

const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** A block's or item's text: its phrases joined, whitespace-normalised, without markup. */
export function plainText(phrases: readonly Phrase[]): string {
  return normalise(phrases.map((phrase) => phrase.text).join(''));
}

/** Abbreviations after which a full stop never ends a sentence (one-letter ones, as in `t. ex.`, are handled apart). */
const NEVER_FINAL = new Set(['bl', 'bla', 'ex', 'tex', 'resp', 'nr', 'ca', 'jfr', 'kap', 'dvs', 'inkl', 'exkl', 'enl', 'ang', 'tel', 'tfn', 'fig', 'sid', 'avd', 'dnr', 'prop', 'kl', 'fr', 'pga', 'sk']);

/**
 * Sentences of a text. A full stop, `!` or `?` ends a sentence unless a lower-case letter follows
 * (`bl a. kommunens`), it closes a one-letter word (`t. ex.`) or an abbreviation that never ends a
 * sentence (`resp.`, `nr.`, `kap.`), or it stands by a `§`. `EU:s` has no full stop and never splits;
 * `m fl.` and `osv.` end a sentence before a capital.
 */
export function splitSentences(text: string): string[] {
  const flat = normalise(text);
  const sentences: string[] = [];
  let start = 0;
  for (const stop of flat.matchAll(/[.!?]+[)"”’]*(?= )/gu)) {
    const end = stop.index + stop[0].length;
    const next = flat.slice(end + 1);
    const word = /([\p{L}\p{N}§]+)$/u.exec(flat.slice(start, stop.index))?.[1] ?? '';
    if (/^\p{Ll}/u.test(next) || next.startsWith('§') || word === '§') continue;
    if (/^\p{L}$/u.test(word) || NEVER_FINAL.has(word.toLowerCase())) continue;
    sentences.push(flat.slice(start, end).trim());
    start = end + 1;
  }
  const rest = flat.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

// ---------------------------------------------------------------------------------------------
// Verbs

const WORD = String.raw`[\p{L}\p{N}/-]+`;
const END = String.raw`(?![\p{L}\p{N}])`;
/** Adverbs that may sit inside a verb phrase (`har därför huvudansvaret`, `är vidare remissinstans`). */
const ADV = String.raw`(?:\s+(?:även|också|därför|vidare|dessutom|särskilt|gemensamt|själva?|tillsammans|ytterst|alltid|normalt|löpande|kontinuerligt|årligen|aktivt|vid\s+behov))*`;
const MODAL = String.raw`(?:ska|skall|bör|kan|måste|får|behöver)`;

/** `object`: the role comes from what follows (`ansvarar för …`). `weak`: `arbetar strategiskt` defers to the next coordinated verb. */
type VerbRole = RoleKey | 'object' | 'weak';
type Form = 'finite' | 'infinitive';

/**
 * The verbs of duty: role, present tense, infinitive (regular-expression sources), tried in this
 * order at the start of a predicate, so the more specific come first (`följer upp` before `följer`,
 * `har huvudansvaret` before `har … ansvar för`).
 */
const VERBS: readonly (readonly [VerbRole, string, string])[] = [
  ['leads', `har${ADV}\\s+(?:det\\s+)?övergripande\\s+ansvar(?:et)?`, `ha${ADV}\\s+(?:det\\s+)?övergripande\\s+ansvar(?:et)?`],
  ['carries-out', `har${ADV}\\s+huvudansvar(?:et)?`, `ha${ADV}\\s+huvudansvar(?:et)?`],
  ['carries-out', `är${ADV}\\s+huvudansvarig(?:a)?`, `vara${ADV}\\s+huvudansvarig(?:a)?`],
  ['object', `(?:ansvarar|svarar)${ADV}\\s+för`, `(?:ansvara|svara)${ADV}\\s+för`],
  ['object', `har${ADV}\\s+(?:ett\\s+|det\\s+)?(?:\\p{L}+\\s+)?ansvar(?:et)?\\s+(?:för|att)`, `ha${ADV}\\s+(?:ett\\s+|det\\s+)?(?:\\p{L}+\\s+)?ansvar(?:et)?\\s+(?:för|att)`],
  ['object', `är${ADV}\\s+ansvarig(?:a)?\\s+för`, `vara${ADV}\\s+ansvarig(?:a)?\\s+för`],
  ['object', `(?:har|får)${ADV}\\s+(?:i\\s+)?uppdrag(?:et)?\\s+att`, `(?:ha|få)${ADV}\\s+(?:i\\s+)?uppdrag(?:et)?\\s+att`],
  ['informed', 'informeras|delges|underrättas', 'informeras|delges|underrättas'],
  ['informed', `hålls${ADV}\\s+informerade?`, `hållas${ADV}\\s+informerade?`],
  ['informed', `får${ADV}\\s+(?:information|redovisning(?:ar)?|rapport(?:er)?)`, `få${ADV}\\s+(?:information|redovisning(?:ar)?|rapport(?:er)?)`],
  ['informed', `tar${ADV}\\s+del\\s+av`, `ta${ADV}\\s+del\\s+av`],
  ['decides', 'beslutar|antar|fastställer|godkänner|avgör|tecknar|utser|disponerar', 'besluta|anta|fastställa|godkänna|avgöra|teckna|utse|disponera'],
  ['decides', `(?:fattar|tar)(?:\\s+${WORD}){0,2}?\\s+beslut(?:et|en)?`, `(?:fatta|ta)(?:\\s+${WORD}){0,2}?\\s+beslut(?:et|en)?`],
  ['decides', 'tar\\s+ställning', 'ta\\s+ställning'],
  ['decides', `ingår(?!\\s+(?:i|som)${END})`, `ingå(?!\\s+(?:i|som)${END})`],
  ['leads', 'leder|samordnar', 'leda|samordna'],
  ['leads', `är${ADV}\\s+samordnande`, `vara${ADV}\\s+samordnande`],
  ['represents', 'företräder|representerar', 'företräda|representera'],
  ['follows-up', `följer(?:\\s+${WORD}){0,2}?\\s+upp`, `följa(?:\\s+${WORD}){0,2}?\\s+upp`],
  ['follows-up', 'redovisar|rapporterar|återrapporterar|utvärderar', 'redovisa|rapportera|återrapportera|utvärdera'],
  ['monitors', 'bevakar|omvärldsbevakar|följer', 'bevaka|omvärldsbevaka|följa'],
  [
    'supports',
    'stödjer|stöder|stöttar|bereder|handlägger|informerar|delger|stimulerar|bistår|uppmuntrar|erbjuder',
    'stödja|stöda|stötta|bereda|handlägga|informera|delge|stimulera|bistå|uppmuntra|erbjuda',
  ],
  ['supports', `(?:ger|är)${ADV}\\s+(?:stöd|remissinstans)`, `(?:ge|vara)${ADV}\\s+(?:stöd|remissinstans)`],
  [
    'carries-out',
    'genomför|driver|bedriver|ansöker|söker|deltar|medverkar|integrerar|utvecklar|tillvaratar|planerar|anger|samverkar',
    'genomföra|driva|bedriva|ansöka|söka|delta|medverka|integrera|utveckla|tillvarata|planera|ange|samverka',
  ],
  ['carries-out', `tar${ADV}\\s+(?:emot|tillvara)|verkar\\s+för|arbetar(?=\\s+(?:med|för|aktivt|i)${END})`, `ta${ADV}\\s+(?:emot|tillvara)|verka\\s+för|arbeta(?=\\s+(?:med|för|aktivt|i)${END})`],
  ['weak', 'arbetar', 'arbeta'],
];

const COMPILED_VERBS = VERBS.map(([role, finite, infinitive]) => ({
  role,
  finite: new RegExp(`(?:${finite})${END}`, 'iuy'),
  infinitive: new RegExp(`(?:${infinitive})${END}`, 'iuy'),
}));

interface VerbHit {
  readonly role: VerbRole;
  readonly form: Form;
  readonly end: number;
}

/** The duty verb that starts at `index`, if any. */
function verbAt(text: string, index: number, form?: Form): VerbHit | undefined {
  for (const verb of COMPILED_VERBS) {
    for (const candidate of form ? [form] : (['finite', 'infinitive'] as const)) {
      const regex = verb[candidate];
      regex.lastIndex = index;
      const match = regex.exec(text);
      if (match) return { role: verb.role, form: candidate, end: index + match[0].length };
    }
  }
  return undefined;
}

/** A duty verb (infinitive) within `maxWords` words of `index` (`ska i sina verksamhetsplaner ange`). */
function verbWithin(text: string, index: number, maxWords: number): VerbHit | undefined {
  const word = new RegExp(`${WORD}\\s+`, 'uy');
  let at = index;
  for (let words = 0; words <= maxWords; words += 1) {
    const hit = verbAt(text, at, 'infinitive');
    if (hit) return hit;
    word.lastIndex = at;
    const skipped = word.exec(text);
    if (!skipped) return undefined;
    at += skipped[0].length;
  }
  return undefined;
}

/** Nouns that give a role to what an actor is responsible for (`ansvarar för uppföljning`). */
const OBJECT_NOUNS: readonly (readonly [RoleKey, RegExp])[] = [
  ['leads', /^(?:[\p{L}\p{N}/-]+\s+){0,4}?[\p{L}-]*(?:ledning|samordning)(?![\p{L}])/iu],
  ['follows-up', /^(?:[\p{L}\p{N}/-]+\s+){0,4}?(?:uppföljning|utvärdering|redovisning|rapportering)(?![\p{L}])/iu],
  ['monitors', /^(?:[\p{L}\p{N}/-]+\s+){0,4}?omvärldsbevakning(?![\p{L}])/iu],
  ['supports', /^(?:[\p{L}\p{N}/-]+\s+){0,4}?information(?:en)?(?![\p{L}])/iu],
];

/** The role of `ansvarar för X`: from X's verb (`att leda`) or noun (`uppföljning`), else carries-out. */
function objectRole(object: string): RoleKey {
  const text = object.replace(/^\s*(?:att\s+)?/iu, '');
  const verb = verbAt(text, 0, 'infinitive');
  if (verb && verb.role !== 'object' && verb.role !== 'weak') return verb.role;
  return OBJECT_NOUNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'carries-out';
}

function roleOf(hit: VerbHit, text: string): RoleKey {
  if (hit.role === 'object') return objectRole(text.slice(hit.end));
  return hit.role === 'weak' ? 'carries-out' : hit.role;
}

/** Nouns that open a list item of duties (`Omvärldsbevakning av …`). */
const ITEM_NOUNS = new RegExp(
  String.raw`(?:(omvärldsbevakning|bevakning)|(uppföljning|utvärdering|redovisning|rapportering)|(samordning|ledning)|(representation)|(beredning|handläggning|information|stöd))${END}`,
  'iuy',
);
const ITEM_NOUN_ROLES: readonly RoleKey[] = ['monitors', 'follows-up', 'leads', 'represents', 'supports'];

// ---------------------------------------------------------------------------------------------
// Actors in a sentence

interface Holder {
  readonly actor: ActorRef;
  /** The actor as the text names it. */
  readonly actorText: string;
}

interface Group {
  readonly start: number;
  readonly end: number;
  readonly holders: readonly Holder[];
}

/** A statement found in a sentence, before it is spread over its actors. */
interface Statement {
  readonly holders: readonly Holder[];
  readonly role: RoleKey;
  /** The whole sentence (or bullet sentence), as cited. */
  readonly duty: string;
  /** The part of the sentence this statement is about, where the sentence holds several. */
  readonly clause?: string;
  /** The actors are the subject of an active verb (what `De` in the next sentence refers to). */
  readonly subject: boolean;
}

const toHolder = (match: ActorMatch): Holder => ({ actor: match.actor, actorText: match.text });

/** `kommunstyrelsens`, `nämndernas`, `KF:s`: a genitive names an owner, not a doer. */
function isGenitive(text: string, match: ActorMatch): boolean {
  return /\p{Ll}s$/u.test(match.text) || /^:s(?![\p{L}])/u.test(text.slice(match.end));
}

const GROUP_SEPARATOR = /^(?:\s*,\s*(?:(?:och|samt|eller)\s+)?|\s+(?:och|samt|eller|&)\s+)(?:(?:av|från)\s+)?$/iu;

/** Actors joined by `,`, `och`, `samt`, `eller` (`styrelsen, nämnderna och bostadsstiftelsen`) as one group. */
function groupActors(text: string, matches: readonly ActorMatch[]): Group[] {
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

const w = (source: string): string => String.raw`(?<![\p{L}\p{N}])(?:${source})`;

/** Passive verbs before `av`/`från` + agent, and the agent's role. */
const PASSIVES: readonly (readonly [RoleKey, RegExp])[] = (
  [
    ['decides', 'beslutas|antas|fastställs|fastställas|godkänns|godkännas|fattas|avgörs|avgöras|tecknas|ingås|utses|disponeras'],
    ['leads', 'leds|ledas|samordnas'],
    ['follows-up', `följ(?:s|as)(?:\\s+${WORD}){0,2}?\\s+upp|utvärderas|redovisas|rapporteras|granskas`],
    ['represents', 'företräds|företrädas|representeras'],
    ['monitors', 'bevakas'],
    ['supports', `stöds|stödjas|bereds|beredas|handläggs|handläggas|informeras|(?:får|få|ges)${ADV}\\s+stöd`],
    ['carries-out', 'genomförs|genomföras|drivs|drivas|bedrivs|bedrivas|hanteras'],
  ] as const
).map(([role, source]) => [role, new RegExp(`${w(source)}(?:\\s+${WORD}){0,3}\\s+(?:av|från)\\s+$`, 'iu')]);

/** What comes right before an actor who receives information or reports. */
const RECEIVER = new RegExp(
  w(
    [
      `(?:informeras|redovisas|rapporteras|återrapporteras|lämnas|ges|anmäls|meddelas|skickas|överlämnas|informera|informerar|redovisa|redovisar|rapportera|rapporterar|lämna|lämnar|skicka|skickar)(?:\\s+${WORD}){0,3}?\\s+till`,
      '(?:rapport|rapporter|rapporterna|redovisning|redovisningar|redovisningen|information|informationen|återrapportering)\\s+till',
      'delges|delge|delger|informeras|informera|informerar|informerat|underrättas|underrätta|underrättar|underrättat',
    ].join('|'),
  ) + String.raw`\s+$`,
  'iu',
);

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
const MODAL_WORD = new RegExp(`^${MODAL}$`, 'iu');
const MODAL_AT = new RegExp(`${MODAL}\\s+`, 'iuy');
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

interface Duty {
  readonly role: RoleKey;
  readonly duty: string;
}

/**
 * The duties of one predicate from `start` to `limit`, split where a coordinated verb of the same
 * form begins (`samordnar …, tecknar …, beslutar …`), then neighbours with the same role and kind
 * joined again. A `weak` verb (`arbetar strategiskt och ansvarar för …`) joins the next part.
 */
function clauseDuties(text: string, start: number, hit: VerbHit, limit: number): Duty[] {
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
function explicitStatements(text: string): Statement[] {
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
interface Fallback {
  readonly holders: readonly Holder[];
  readonly defaultRole?: RoleKey;
}

/** The statements of a paragraph or list item. */
function statementsOf(text: string, fallback: Fallback | undefined): Statement[] {
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
function headingHolders(heading: string | null): Holder[] {
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
function dashBullet(text: string): { holders: readonly Holder[]; rest: string } | undefined {
  const first = groupActors(text, findActors(text))[0];
  if (!first || first.start !== 0) return undefined;
  const dash = /^\s*[-–—:]\s+/u.exec(text.slice(first.end));
  return dash ? { holders: first.holders, rest: text.slice(first.end + dash[0].length) } : undefined;
}

const LEAD_IN = new RegExp(String.raw`(?::|${w('att|genom|följande|nedan')})\s*$`, 'iu');
const ROLE_WORDS = new RegExp(w('roll(?:en)?|uppdrag(?:et)?|ansvar(?:et)?|uppgift(?:er|erna)?|ingår') + String.raw`(?![\p{L}])`, 'iu');

interface Paragraph {
  readonly text: string;
  readonly holders: readonly Holder[];
}

/** Who a list's items belong to: the lead-in's actor, the actor of the role the lead-in names, or the heading's actor. */
function listFallback(leadIn: Paragraph | undefined, recent: readonly Holder[], heading: readonly Holder[]): Fallback | undefined {
  if (leadIn && LEAD_IN.test(leadIn.text)) {
    if (leadIn.holders.length > 0) return { holders: leadIn.holders };
    if (ROLE_WORDS.test(leadIn.text) && recent.length > 0) return { holders: recent };
  }
  return heading.length > 0 ? { holders: heading, defaultRole: 'carries-out' } : undefined;
}

/**
 * Every statement of who does what in the sections, in document order: one `Responsibility` per
 * actor and duty (see the module comment for the patterns read and the sections skipped).
 */
export function extractResponsibilities(sections: readonly Section[]): Responsibility[] {
  const responsibilities: Responsibility[] = [];
  const seen = new Set<string>();
  const emit = (statements: readonly Statement[], sectionId: string, line: number): void => {
    for (const statement of statements) {
      for (const { actor, actorText } of statement.holders) {
        const clause = statement.clause ?? statement.duty;
        const key = [actor.id, statement.role, clause, sectionId, line].join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        responsibilities.push({ actor: { id: actor.id, label: actor.label }, actorText, duty: statement.duty, clause, role: statement.role, sectionId, line });
      }
    }
  };

  for (const section of sections) {
    if (SKIPPED_CATEGORIES.has(section.category) || section.part === 'cover-letter') continue;
    const heading = headingHolders(section.heading);
    const headingFallback: Fallback | undefined = heading.length > 0 ? { holders: heading, defaultRole: 'carries-out' } : undefined;
    let recent: readonly Holder[] = heading;
    let leadIn: Paragraph | undefined;
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        const text = plainText(block.phrases);
        const statements = statementsOf(text, headingFallback);
        emit(statements, section.id, block.startLine);
        const holders = statements.at(-1)?.holders ?? [];
        if (holders.length > 0) recent = holders;
        leadIn = { text, holders };
        continue;
      }
      const fallback = listFallback(leadIn, recent, heading);
      for (const item of block.items) {
        const text = plainText(item.phrases);
        const bullet = dashBullet(text);
        const statements = bullet
          ? statementsOf(bullet.rest, { holders: bullet.holders, defaultRole: 'carries-out' })
          : statementsOf(text, fallback);
        emit(statements, section.id, item.startLine);
      }
      leadIn = undefined;
    }
  }
  return responsibilities;
}
