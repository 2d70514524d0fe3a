/**
 * The actors of Swedish municipal governance, defined once: who a responsibility statement can
 * name. Checked and corrected from `shared/reference/actors.json` against the seed documents.
 *
 * `patterns` are regular-expression sources matched case-insensitively; `exactCasePatterns` are
 * matched as written (abbreviations such as `KS`, proper names such as `Region Halland`). Every
 * pattern is matched as a whole word: JavaScript's `\b` does not count å, ä and ö as word
 * characters, so the matcher wraps each pattern in lookarounds on `[\p{L}\p{N}-]` (a hyphen
 * counts too, so `e-förvaltning` is not `förvaltning` and `KF-presidiet` is not `KF`).
 *
 * Where matches overlap, the higher `priority` wins, then the longer match, then the earlier one:
 * `kommunstyrelsens arbetsutskott` is `ks_au` (100), never `ks` (50).
 *
 * A body or unit the text names by its own name (`enheten för samhällsutveckling`, `internationella
 * kommittén`, `EU-nätverket`) maps to the general actor of its kind while the match keeps the words
 * as written (`ActorMatch.text`). A region (landsting) has the same organs as a municipality under
 * the Local Government Act (KL 5–7 kap.: fullmäktige, styrelsen, a director), so `regionstyrelsen`
 * and `landstingsstyrelsen` are the styrelse, `regiondirektören` the director, `regionfullmäktige`
 * the fullmäktige of the document's issuer.
 *
 * No Node-only imports: this runs in the browser too.
 */

/** Where in the municipal organisation an actor sits. */
export const ACTOR_LEVELS = [
  { key: 'beslutande', label: 'Beslutande församling' },
  { key: 'verkstallande', label: 'Verkställande politisk ledning' },
  { key: 'politisk', label: 'Politiskt organ eller företrädare' },
  { key: 'forvaltning', label: 'Förvaltningsorganisation' },
  { key: 'tjansteperson', label: 'Tjänsteperson' },
  { key: 'bolag', label: 'Bolag' },
  { key: 'stiftelse', label: 'Stiftelse' },
  { key: 'samverkan', label: 'Samverkansorgan' },
  { key: 'granskning', label: 'Granskning' },
  { key: 'extern', label: 'Extern aktör' },
] as const satisfies readonly { readonly key: string; readonly label: string }[];

export type ActorLevelKey = (typeof ACTOR_LEVELS)[number]['key'];

export interface ActorDefinition {
  readonly id: string;
  /** Swedish label, as shown on the site. */
  readonly label: string;
  readonly level: ActorLevelKey;
  /** One Swedish sentence: what this actor is and usually does. */
  readonly description: string;
  /** Case-insensitive regular-expression sources, without word boundaries (the matcher adds them). */
  readonly patterns: readonly string[];
  /** Case-sensitive sources: abbreviations and proper names. */
  readonly exactCasePatterns?: readonly string[];
  /** Higher wins where matches overlap. */
  readonly priority: number;
}

/** `respektive nämnd`, `varje nämnd`, `resp. nämnd`, `Kommunens nämnder`: the determiner is part of the actor as written. */
const DETERMINER = String.raw`(?:(?:respektive|resp\.?|varje|berörda?|ansvariga?|samtliga|alla|övriga|kommunens)\s+)?`;
/** `Kultur- och fritidsnämnden`, `Tillväxt- och utvecklingssektorn`: a coordinated compound prefix. */
const COMPOUND_PREFIX = String.raw`(?:\p{L}+-\s+(?:och|&)\s+)?`;
/** `varje förvaltning`, `respektive verksamhet`: a singular unit is an actor only with a distributive determiner. */
const EACH = String.raw`(?:varje|respektive|resp\.?)\s+`;
/**
 * An adjective that is part of a body's name (`internationella kommittén`, `regionala rådet`,
 * `politiska styrgruppen`): the endings of the definite adjective that names a field, so that a
 * modal or adverb before the body (`ska kommittén`, `sedan rådet`) is never taken into it.
 */
const NAME_ADJECTIVE = String.raw`(?:\p{L}+(?:iska|ella|ala)\s+)?`;
/**
 * `för samhällsutveckling`, `för internationella frågor`, `för kultur och fritid`, `för EU-frågor`:
 * the field a unit or body is named by. A field is named in the indefinite; a definite word after
 * `och` is another actor (`enheten för analys och stadskontoret`), not part of the field.
 */
const FIELD = String.raw`\s+för\s+(?:\p{L}+(?:a|isk|ell|al)\s+)?[\p{L}-]+(?:\s+(?:och|&)\s+(?![\p{L}-]*(?:en|et|na)(?![\p{L}]))[\p{L}-]+)?`;

export const ACTORS = [
  {
    id: 'kf',
    label: 'Kommunfullmäktige',
    level: 'beslutande',
    description: 'Kommunens högsta beslutande organ; antar policyer, program och strategier, budget, reglementen och ägardirektiv.',
    // `regionfullmäktige`: a region's fullmäktige (see the module comment). `landstingsfullmäktige`
    // is left out: a municipal document cites it as another body's (tests/unit/actors.test.ts).
    patterns: [String.raw`(?:kommun|stads|region)?fullmäktiges?`],
    exactCasePatterns: ['KF'],
    priority: 50,
  },
  {
    id: 'kf_presidium',
    label: 'Kommunfullmäktiges presidium',
    level: 'politisk',
    description: 'Fullmäktiges ordförande och vice ordförande; leder fullmäktige och företräder ofta kommunen vid representation.',
    patterns: [
      String.raw`(?:kommun|stads)?fullmäktiges\s+(?:presidium|ordförande)`,
      String.raw`(?:kommun|stads)?fullmäktigepresidi(?:et|ets|um)`,
      String.raw`presidiet\s+i\s+(?:kommun|stads)?fullmäktige`,
      // `presidiet` alone: in a steering document, the presidium that represents is fullmäktige's.
      String.raw`presidi(?:et|ets)`,
    ],
    exactCasePatterns: [String.raw`KF-?\s?presidi(?:et|um)`],
    priority: 100,
  },
  {
    id: 'kf_beredning',
    label: 'Fullmäktigeberedning',
    level: 'politisk',
    description:
      'Beredning, kommitté eller råd av förtroendevalda som bereder och ger råd i frågor åt fullmäktige eller styrelsen, till exempel en internationell beredning, kommitté eller ett internationellt råd.',
    patterns: [
      String.raw`(?:kommun|stads)?fullmäktigeberedning(?:en|ens|ar|arna)?`,
      String.raw`(?:internationella\s+|demokrati|EU-)beredning(?:en|ens)?`,
      // a named beredning, kommitté or råd: `budgetberedningen`, `internationella kommittén`,
      // `kommittén för internationella frågor`, `integrationsrådet`; the bare `rådet` only with
      // a name (`Rådet` alone is as often the EU's Council).
      String.raw`${NAME_ADJECTIVE}\p{L}*beredning(?:en|ens)`,
      String.raw`${NAME_ADJECTIVE}\p{L}*kommitt[ée](?:n|ns|erna|ernas)`,
      String.raw`\p{L}+(?:ella|ala)\s+råd(?:et|ets)`,
      String.raw`\p{L}+sråd(?:et|ets)`,
      String.raw`(?:beredning(?:en)?|kommittén|rådet)${FIELD}`,
    ],
    priority: 80,
  },
  {
    id: 'ks',
    label: 'Kommunstyrelsen',
    level: 'verkstallande',
    description:
      'Leder och samordnar kommunens verksamhet och har uppsikt över nämnder och bolag (KL 6 kap. 1 §); har ofta det övergripande ansvaret för det internationella arbetet.',
    // `styrelsen`/`styrelsens` in a municipal steering document means kommunstyrelsen
    // (Hylte: "Styrelsen, nämnderna och bostadsstiftelsen"). The plural `styrelser` is not:
    // beside `nämnder` it means the companies' boards (see `bolag`).
    patterns: [
      String.raw`kommunstyrelse(?:n|ns)?`,
      String.raw`stadsstyrelse(?:n|ns)?`,
      String.raw`styrelse(?:n|ns)`,
      // a region's styrelse (see the module comment)
      String.raw`(?:region|landstings)styrelse(?:n|ns)`,
    ],
    exactCasePatterns: ['KS'],
    priority: 50,
  },
  {
    id: 'ks_au',
    label: 'Kommunstyrelsens arbetsutskott',
    level: 'politisk',
    description: 'Bereder ärenden till kommunstyrelsen och beslutar på delegation.',
    patterns: [String.raw`kommunstyrelsens\s+arbetsutskott(?:et|ets)?`, String.raw`arbetsutskott(?:et|ets)`],
    exactCasePatterns: [String.raw`KS\s?AU`, String.raw`KS\s?/\s?AU`, 'KSAU'],
    priority: 100,
  },
  {
    id: 'ks_utskott',
    label: 'Kommunstyrelsens utskott',
    level: 'politisk',
    description: 'Andra utskott under kommunstyrelsen, till exempel ett tillväxtutskott eller internationellt utskott.',
    patterns: [
      String.raw`kommunstyrelsens\s+(?:\p{L}+\s+)?\p{L}*utskott(?:et|ets)?`,
      String.raw`utskottet\s+för\s+\p{L}+(?:\s+(?:och|&)\s+\p{L}+)?`,
      // `tillväxtutskottet`, `internationella utskottet`, `utskottet`: most utskott are the styrelse's.
      String.raw`${NAME_ADJECTIVE}\p{L}*utskott(?:et|ets)`,
    ],
    priority: 70,
  },
  {
    id: 'ks_ordf',
    label: 'Kommunstyrelsens ordförande',
    level: 'politisk',
    description: 'Kommunstyrelsens ordförande, ofta kommunalråd; politisk ledning och representation.',
    patterns: [String.raw`kommunstyrelsens\s+ordförande`, String.raw`kommunalråd(?:et|en)?`, String.raw`borgarråd(?:et)?`],
    exactCasePatterns: ['KSO'],
    priority: 90,
  },
  {
    id: 'ks_vice_ordf',
    label: 'Kommunstyrelsens vice ordförande',
    level: 'politisk',
    description: 'Kommunstyrelsens vice ordförande, ofta oppositionsråd; kan ha ett eget uppdrag i det internationella arbetet (Hylte).',
    patterns: [String.raw`kommunstyrelsens\s+(?:förste\s+|andre\s+|1:e\s+|2:e\s+)?vice\s+ordförande`, String.raw`oppositionsråd(?:et|en)?`],
    priority: 95,
  },
  {
    id: 'ordf_beredning',
    label: 'Ordförandeberedning',
    level: 'politisk',
    description: 'En nämnds ordförande och vice ordförande som bereder nämndens ärenden och kan avgöra vad som kräver politiskt beslut.',
    patterns: [String.raw`(?:(?:respektive|resp\.?|varje)\s+)?ordförandeberedning(?:en|ens|ar|arna)?`],
    priority: 80,
  },
  {
    id: 'politiker',
    label: 'Ansvariga politiker',
    level: 'politisk',
    description: 'Förtroendevalda som ett dokument pekar ut utan att namnge ett organ ("ansvariga politiker", "berörda politiker").',
    patterns: [String.raw`(?:ansvariga?|berörda?)\s+politiker(?:n|na)?`, String.raw`(?:den\s+)?politiska\s+ledningen`],
    priority: 60,
  },
  {
    id: 'namnd',
    label: 'Nämnd',
    level: 'politisk',
    description: 'Fack- eller verksamhetsnämnd; ansvarar för det internationella arbetet inom sitt eget verksamhetsområde.',
    // `Tekniska nämnden`, `Sociala nämnden`: a name's adjective is part of it
    patterns: [String.raw`${DETERMINER}${NAME_ADJECTIVE}${COMPOUND_PREFIX}\p{L}*nämnd(?:en|ens|s|er|erna|ernas|ers)?`],
    priority: 40,
  },
  {
    id: 'kommunalforbund',
    label: 'Kommunalförbund eller gemensam nämnd',
    level: 'samverkan',
    description: 'Organ som kommunen driver tillsammans med andra kommuner.',
    patterns: [String.raw`kommunalförbund(?:et|ets)?`, String.raw`gemensam(?:ma)?\s+nämnd(?:en|er|erna)?`],
    priority: 70,
  },
  {
    id: 'forvaltning',
    label: 'Förvaltning eller sektor',
    level: 'forvaltning',
    description:
      'Tjänstepersonsorganisationen under en nämnd (förvaltning, sektor, kontor) och dess avdelningar och enheter; genomför, söker projekt och deltar i utbyten.',
    patterns: [
      String.raw`(?:kommunens\s+)?förvaltning(?:en|ens|ar|arna|arnas)`,
      // `varje förvaltning och bolag`, `respektive verksamhet`, `varje enhet`
      String.raw`${EACH}(?:förvaltning|verksamhet|avdelning|enhet)`,
      // `kommunikationsavdelningen`, `avdelningen för …`
      String.raw`\p{L}*avdelning(?:en|ens|ar|arna|arnas)(?:${FIELD})?`,
      // `enheten`, `utvecklingsenheten`, `strategienheten`, `enheten för samhällsutveckling`. Not
      // `\p{L}*enhet`: `öppenheten`, `medvetenheten`, `angelägenheter` end so too (adjective + het).
      String.raw`(?:\p{L}*(?:s|[aeiouyåäö]))?enhet(?:en|ens|er|erna|ernas)(?:${FIELD})?`,
      // `stadsbyggnadskontoret`, `näringslivskontoret`; not the bare `kontoret` (another body's office
      // in a sentence that cites it), nor `EU-kontoret` (a samordnare).
      String.raw`\p{L}+kontor(?:et|ets)`,
      String.raw`${COMPOUND_PREFIX}\p{L}+förvaltning(?:en|ens|ar|arna|arnas)`,
      String.raw`${COMPOUND_PREFIX}\p{L}+sektor(?:n|ns|er|erna|ernas)`,
      // not "den offentliga sektorn"
      String.raw`(?<!(?:offentliga|privata|ideella|idéburna)\s+)sektor(?:n|ns|erna|ernas)`,
    ],
    priority: 30,
  },
  {
    id: 'klk',
    label: 'Kommunledningskontoret',
    level: 'forvaltning',
    description: 'Kommunstyrelsens förvaltning; samordnar, stödjer och bevakar omvärlden, ofta med en EU- eller internationell enhet.',
    patterns: [
      String.raw`(?:kommun|stads)?ledningskontor(?:et|ets)`,
      String.raw`(?:kommunlednings|kommunstyrelse)förvaltning(?:en|ens)`,
      String.raw`kommunstyrelsens\s+(?:förvaltning|kansli|stab)(?:en|ens|et|ets)?`,
      String.raw`stadskontor(?:et|ets)`,
      String.raw`(?:kommun|stads|lednings)?kansli(?:et|ets)`,
      String.raw`kommunledningsstab(?:en|ens)`,
    ],
    priority: 90,
  },
  {
    id: 'kommundirektor',
    label: 'Kommundirektör',
    level: 'tjansteperson',
    description: 'Kommunens högsta tjänsteperson (KL 7 kap. 1 §); titeln varierar.',
    patterns: [
      String.raw`kommundirektör(?:en|ens)?`,
      String.raw`stadsdirektör(?:en|ens)?`,
      String.raw`kommunchef(?:en|ens)?`,
      // a region's director (see the module comment)
      String.raw`(?:region|landstings)direktör(?:en|ens)?`,
    ],
    priority: 90,
  },
  {
    id: 'samordnare',
    label: 'Internationell samordnare',
    level: 'tjansteperson',
    description:
      'EU- eller internationell samordnare, strateg, enhet eller nätverk av tjänstepersoner; operativ samordning, projektstöd och bevakning av EU:s fonder och program.',
    patterns: [
      String.raw`(?:internationella?\s+|EU-?\s?)(?:samordnare|strateg|koordinator|handläggare|utvecklare)(?:n|ns|na)?`,
      String.raw`(?:internationella|EU-)\s?enhet(?:en|ens)`,
      String.raw`EU-kontor(?:et|ets)`,
      // a network of officials named by its field: `EU-nätverket`, `samordningsnätverket`,
      // `internationella nätverket`; not the bare `nätverket` (often an outside network).
      String.raw`\p{L}+-?nätverk(?:et|ets)`,
      String.raw`\p{L}+(?:ella|ala)\s+nätverk(?:et|ets)`,
    ],
    priority: 85,
  },
  {
    id: 'chefer',
    label: 'Förvaltningschefer och chefer',
    level: 'tjansteperson',
    description: 'Chefer och deras lednings- eller styrgrupper; ansvarar för genomförandet i sin egen förvaltning eller verksamhet.',
    patterns: [
      String.raw`(?:förvaltnings|sektors|verksamhets|avdelnings)chef(?:en|ens|er|erna)?`,
      String.raw`chef(?:en|er|erna)`,
      // `styrgruppen`, `internationella styrgruppen`, `kommunledningsgruppen`
      String.raw`${NAME_ADJECTIVE}\p{L}*(?:styr|lednings)grupp(?:en|ens)`,
    ],
    priority: 20,
  },
  {
    id: 'bolag',
    label: 'Kommunala bolag',
    level: 'bolag',
    description: 'Kommunens bolag och deras styrelser; styrs genom ägardirektiv och omfattas ofta genom "nämnder och bolag".',
    patterns: [
      String.raw`(?:kommunala|helägda|kommunägda|kommunens)\s+bolag(?:en|ens)?`,
      String.raw`bolag(?:et|ets|en|ens)?`,
      String.raw`bolagsstyrelse(?:n|ns|r|rna|rnas)?`,
      // "nämnder och styrelser": kommunstyrelsen is itself a nämnd, so the other boards are the companies'
      String.raw`styrelser(?:na|nas|s)?`,
      String.raw`kommunkoncern(?:en|ens)`,
      String.raw`stadshus\s+AB`,
    ],
    priority: 60,
  },
  {
    id: 'stiftelse',
    label: 'Kommunala stiftelser',
    level: 'stiftelse',
    description: 'Stiftelser som kommunen har bildat, till exempel en bostadsstiftelse; under kommunstyrelsens uppsikt.',
    patterns: [String.raw`(?:kommunala|kommunalägda)\s+stiftelse(?:n|ns|r|rna)?`, String.raw`\p{L}*stiftelse(?:n|ns|r|rna|rnas)?`],
    priority: 60,
  },
  {
    id: 'revision',
    label: 'Revisorerna',
    level: 'granskning',
    description: 'Granskar nämndernas och styrelsens verksamhet; utses av fullmäktige.',
    patterns: [String.raw`(?:kommun)?revisor(?:n|ns|er|erna|ernas)`, String.raw`kommunrevision(?:en|ens)?`],
    priority: 50,
  },
  {
    id: 'externa',
    label: 'Externa aktörer',
    level: 'extern',
    description: 'Regionen, SKR, ICLD, Europa Direkt, länsstyrelsen och vänortsföreningar.',
    patterns: [String.raw`vänortsförening(?:en|ar|arna)?`, String.raw`föreningen\s+norden`, String.raw`länsstyrelsen(?:s)?`],
    exactCasePatterns: [
      String.raw`Region\s+\p{Lu}\p{L}+`,
      // a region named as a compound (`Xregionen`), capitalised as a proper name
      String.raw`(?:(?:Västra|Östra|Norra|Södra)\s+)?\p{Lu}\p{L}+regionen`,
      'SKR',
      'SKL',
      'ICLD',
      String.raw`Europa\s+Direkt(?:\s+\p{Lu}\p{L}+)?`,
      String.raw`Sveriges\s+[Kk]ommuner\s+och\s+(?:[Ll]andsting|[Rr]egioner)`,
      String.raw`Länsstyrelsen\s+i\s+\p{Lu}\p{L}+(?:\s+län)?`,
    ],
    priority: 50,
  },
] as const satisfies readonly ActorDefinition[];

export type ActorId = (typeof ACTORS)[number]['id'];

export const ACTOR_IDS = ACTORS.map((actor) => actor.id) as unknown as readonly [ActorId, ...ActorId[]];

/** An actor as a responsibility refers to it (the schema's `actorRef`). */
export interface ActorRef {
  readonly id: ActorId;
  readonly label: string;
}

/** One place where a text names an actor. `text` is as written; `start`/`end` are UTF-16 offsets (`text === input.slice(start, end)`). */
export interface ActorMatch {
  readonly actor: ActorRef;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const byId = new Map<string, ActorDefinition>(ACTORS.map((actor) => [actor.id, actor]));

/** The definition of one actor; throws on an unknown id. */
export function getActor(id: ActorId): ActorDefinition {
  const actor = byId.get(id);
  if (!actor) throw new Error(`Unknown actor "${id}"`);
  return actor;
}

/** Whole-word match: no letter, digit or hyphen directly before or after (Swedish letters included, unlike `\b`). */
function wholeWord(source: string): string {
  return String.raw`(?<![\p{L}\p{N}-])(?:${source})(?![\p{L}\p{N}-])`;
}

interface CompiledPattern {
  readonly ref: ActorRef;
  readonly priority: number;
  readonly regex: RegExp;
  readonly ignoreCase: boolean;
  /** Letters every match contains (lower case when `ignoreCase`): a text without them is not searched. */
  readonly literal: string | null;
}

/**
 * The longest run of letters that every match of a pattern must contain, or null when none can be
 * told for sure (an alternation at the top level). Groups, classes, escapes and optional letters
 * are left out, so the run is always required.
 */
export function requiredLiteral(source: string): string | null {
  let rest = source;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = withoutInnermostParts(rest);
  }
  if (rest.includes('|')) return null;
  rest = rest.replace(/\\./gu, '\u0000').replace(/.[?*]/gu, '\u0000');
  const runs = rest.split(/[^\p{L}]+/u).filter(Boolean);
  const longest = runs.sort((a, b) => b.length - a.length)[0];
  return longest && longest.length >= 2 ? longest : null;
}

const REPEAT_COUNT_AT = /\{\d+(?:,\d*)?\}/uy;
const QUANTIFIER = new Set(['?', '*', '+']);

/**
 * The source with each innermost group, character class, `\p{…}` and repeat count (with the `?`,
 * `*` or `+` after it) replaced by `\u0000`, read left to right as
 * `source.replace(/\([^()]*\)[?*+]?|\[[^\]]*\][?*+]?|\\[pP]\{[^}]*\}[?*+]?|\{\d+(,\d*)?\}/gu, '\u0000')`
 * reads it, but in linear time: the pattern looks for the closing bracket again from every opening
 * one (`[[[[…` without `]`), this finds each next closing bracket once.
 */
export function withoutInnermostParts(source: string): string {
  const nextOpenParen = nextIndexOf(source, '(');
  const nextCloseParen = nextIndexOf(source, ')');
  const nextCloseBracket = nextIndexOf(source, ']');
  const nextCloseBrace = nextIndexOf(source, '}');
  /** Where the closing character of a part that opens at `at` stands, or -1. */
  const closing = (at: number): number => {
    switch (source[at]) {
      case '(': {
        const close = nextCloseParen(at + 1);
        const open = nextOpenParen(at + 1);
        return open !== -1 && open < close ? -1 : close;
      }
      case '[':
        return nextCloseBracket(at + 1);
      case '\\':
        return (source[at + 1] === 'p' || source[at + 1] === 'P') && source[at + 2] === '{' ? nextCloseBrace(at + 3) : -1;
      default:
        return -1;
    }
  };
  let result = '';
  let copied = 0;
  for (let at = 0; at < source.length; ) {
    let end = -1;
    const close = closing(at);
    if (close !== -1) end = QUANTIFIER.has(source[close + 1] ?? '') ? close + 2 : close + 1;
    else if (source[at] === '{') {
      REPEAT_COUNT_AT.lastIndex = at;
      if (REPEAT_COUNT_AT.test(source)) end = REPEAT_COUNT_AT.lastIndex;
    }
    if (end === -1) {
      at++;
      continue;
    }
    result += `${source.slice(copied, at)}\u0000`;
    copied = at = end;
  }
  return result + source.slice(copied);
}

/** `from => source.indexOf(character, from)` for `from` that never decreases, each occurrence found once. */
function nextIndexOf(source: string, character: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = source.indexOf(character, from);
    return found;
  };
}

const COMPILED: readonly CompiledPattern[] = (ACTORS as readonly ActorDefinition[]).flatMap((actor) => {
  const ref: ActorRef = { id: actor.id as ActorId, label: actor.label };
  return [
    ...actor.patterns.map((source) => ({
      ref,
      priority: actor.priority,
      regex: new RegExp(wholeWord(source), 'giu'),
      ignoreCase: true,
      literal: requiredLiteral(source)?.toLowerCase() ?? null,
    })),
    ...(actor.exactCasePatterns ?? []).map((source) => ({
      ref,
      priority: actor.priority,
      regex: new RegExp(wholeWord(source), 'gu'),
      ignoreCase: false,
      literal: requiredLiteral(source),
    })),
  ];
});

/**
 * Every actor the text names, in text order, without overlaps. The most specific form wins:
 * candidates are taken by priority (highest first), then length (longest first), then position,
 * and a candidate that overlaps one already taken is dropped.
 */
export function findActors(text: string): readonly ActorMatch[] {
  // The parser reads a sentence more than once (for its category, then for its duties): remember the last answers.
  const known = remembered.get(text);
  if (known) return known;
  const found = Object.freeze(searchActors(text));
  if (remembered.size >= REMEMBERED) remembered.clear();
  remembered.set(text, found);
  return found;
}

const REMEMBERED = 2048;
const remembered = new Map<string, readonly ActorMatch[]>();

function searchActors(text: string): ActorMatch[] {
  const candidates: (ActorMatch & { priority: number })[] = [];
  const lower = text.toLowerCase();
  for (const { ref, priority, regex, literal, ignoreCase } of COMPILED) {
    if (literal && !(ignoreCase ? lower : text).includes(literal)) continue;
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      candidates.push({ actor: ref, text: match[0], start, end: start + match[0].length, priority });
    }
  }
  candidates.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Which characters a taken match covers: checking a candidate costs its length, not the number taken.
  const occupied = new Uint8Array(text.length);
  const taken: ActorMatch[] = [];
  for (const { actor, text: written, start, end } of candidates) {
    if (occupied.subarray(start, end).includes(1)) continue;
    occupied.fill(1, start, end);
    taken.push({ actor, text: written, start, end });
  }
  return taken.sort((a, b) => a.start - b.start);
}
