/**
 * Kinds of duty, defined once: what a responsibility is about (the "duties" axis of the
 * `/ansvar/` charts), where the role (`roles.ts`) says how the actor takes part in it.
 *
 * A duty gets one kind. Some roles settle it on their own (`impliedByRoles`: whoever is
 * informed gets `informed`, whoever leads gets `coordination`, …). Otherwise the kinds'
 * `cues` (regular-expression sources, matched case-insensitively on the duty text) are tried in
 * `CUE_PRECEDENCE` order, most specific first, each only for its `cueRoles` (all roles if empty);
 * the first kind with a matching cue wins, and `other` is left.
 */
import type { RoleKey } from './roles.ts';

export interface DutyKindDefinition {
  readonly key: string;
  /** Swedish label, as shown on the site. */
  readonly label: string;
  /** The Swedish URL slug of the kind's page (`/ansvar/vanorter/`). */
  readonly slug: string;
  readonly description: string;
  /** Roles that give this kind whatever the duty says. */
  readonly impliedByRoles: readonly RoleKey[];
  /** Roles for which the cues are tried; empty: every role. */
  readonly cueRoles: readonly RoleKey[];
  /** Regular-expression sources matched case-insensitively against the duty text. */
  readonly cues: readonly string[];
}

/** Start and end of a word (Swedish letters included, unlike `\b`). */
const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** In display order. */
export const DUTY_KINDS = [
  {
    key: 'adopts-document',
    label: 'Antar styrdokumentet',
    slug: 'styrdokumentet',
    description: 'Antar eller fastställer policyn, riktlinjerna, strategin eller programmet för det internationella arbetet.',
    impliedByRoles: [],
    cueRoles: ['decides'],
    cues: [`${W}polic(?:y|yn|ys)`, `${W}riktlinje`, `${W}strategi`, `${W}program(?:met)?${E}`, `${W}styrdokument`, `${W}antagande`],
  },
  {
    key: 'twin-towns',
    label: 'Vänorter och samarbetsavtal',
    slug: 'vanorter',
    description: 'Vänorter, officiella samarbetsparter, samarbetsavtal och kommunala partnerskap.',
    impliedByRoles: [],
    cueRoles: [],
    cues: [`${W}vänort`, `${W}samarbetsavtal`, `${W}samarbetspart(?!\\p{L})`, `${W}samarbetsparter`, `partnerskap`],
  },
  {
    key: 'memberships',
    label: 'Medlemskap i nätverk',
    slug: 'medlemskap',
    description: 'Beslutar om medlemskap i internationella nätverk och organisationer.',
    impliedByRoles: [],
    cueRoles: ['decides'],
    cues: [`${W}medlemskap`, `${W}medlem\\s+i${E}`],
  },
  {
    key: 'coordination',
    label: 'Leder och samordnar',
    slug: 'samordning',
    description: 'Leder och samordnar kommunens internationella arbete.',
    impliedByRoles: ['leads'],
    cueRoles: [],
    cues: ['samordn', `${W}led(?:a|er|ning)${E}`, `${W}övergripande\\s+ansvar`],
  },
  {
    key: 'projects',
    label: 'Projekt och extern finansiering',
    slug: 'projekt',
    description: 'Driver och deltar i projekt och söker extern finansiering, till exempel ur EU:s fonder och program.',
    impliedByRoles: [],
    cueRoles: ['carries-out', 'supports'],
    cues: ['projekt', `${W}ansök`, `${W}finansiering`, `${W}fonder`, `${W}EU-medel`, `${W}projektmedel`],
  },
  {
    key: 'project-approval',
    label: 'Godkänner projekt',
    slug: 'projektbeslut',
    description: 'Beslutar om deltagande i projekt, projektansökningar och bidrag till projekt.',
    impliedByRoles: [],
    cueRoles: ['decides'],
    cues: ['projekt', `${W}bidrag`, `${W}ansök`, `${W}medfinansiering`],
  },
  {
    key: 'monitoring',
    label: 'Omvärldsbevakning',
    slug: 'omvarldsbevakning',
    description: 'Bevakar omvärlden: EU:s lagstiftning, finansieringsmöjligheter och den internationella utvecklingen.',
    impliedByRoles: ['monitors'],
    cueRoles: [],
    cues: [`${W}omvärldsbevak`, `${W}bevak`],
  },
  {
    key: 'representation',
    label: 'Företräder kommunen',
    slug: 'representation',
    description: 'Företräder och representerar kommunen, eller utser representanter.',
    impliedByRoles: ['represents'],
    cueRoles: [],
    cues: [`${W}represent`, `${W}företräd`],
  },
  {
    key: 'follow-up',
    label: 'Uppföljning och redovisning',
    slug: 'uppfoljning',
    description: 'Följer upp, utvärderar och redovisar det internationella arbetet.',
    impliedByRoles: ['follows-up'],
    cueRoles: [],
    cues: [`${W}uppföljning`, `${W}följ\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}upp${E}`, `${W}utvärder`, `${W}redovis`, `${W}årsredovisning`],
  },
  {
    key: 'informed',
    label: 'Informeras',
    slug: 'information',
    description: 'Ska informeras eller få redovisningar.',
    impliedByRoles: ['informed'],
    cueRoles: [],
    cues: [],
  },
  {
    key: 'other',
    label: 'Övrigt',
    slug: 'ovrigt',
    description: 'Andra uppgifter.',
    impliedByRoles: [],
    cueRoles: [],
    cues: [],
  },
] as const satisfies readonly DutyKindDefinition[];

export type DutyKindKey = (typeof DUTY_KINDS)[number]['key'];

export const DUTY_KIND_KEYS = DUTY_KINDS.map((kind) => kind.key) as unknown as readonly [DutyKindKey, ...DutyKindKey[]];

/**
 * The order in which cues are tried: specific before general. A decision on projects in
 * connection with twin towns is `project-approval`; a decision on the policy and on twin towns
 * is `twin-towns` (the document's own adoption is known from its header anyway).
 */
export const CUE_PRECEDENCE = [
  'memberships',
  'project-approval',
  'twin-towns',
  'adopts-document',
  'projects',
  'monitoring',
  'representation',
  'follow-up',
  'coordination',
] as const satisfies readonly DutyKindKey[];

const KINDS: readonly DutyKindDefinition[] = DUTY_KINDS;
const byKey = new Map(KINDS.map((kind) => [kind.key, kind]));
const cueRegexes = new Map(KINDS.map((kind) => [kind.key, kind.cues.map((cue) => new RegExp(cue, 'iu'))]));

/** The definition of one kind; throws on an unknown key. */
export function getDutyKind(key: DutyKindKey): DutyKindDefinition {
  const kind = byKey.get(key);
  if (!kind) throw new Error(`Unknown duty kind "${key}"`);
  return kind;
}

/** The kind of a duty, from its verbatim text and the role the actor has in it. */
export function classifyDuty(duty: string, role: RoleKey): DutyKindKey {
  const implied = KINDS.find((kind) => kind.impliedByRoles.includes(role));
  if (implied) return implied.key as DutyKindKey;
  for (const key of CUE_PRECEDENCE) {
    const kind = getDutyKind(key);
    if (kind.cueRoles.length > 0 && !kind.cueRoles.includes(role)) continue;
    if (cueRegexes.get(key)?.some((cue) => cue.test(duty))) return key;
  }
  return 'other';
}
