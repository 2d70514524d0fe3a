/**
 * Themes of international municipal work, defined once: what a steering document says the work is
 * about (the rows of the `/teman/` map). Checked and corrected from `shared/reference/themes.json`
 * against the seed documents: cues that named something else were dropped or narrowed (`delaktighet`
 * is Hylte's vision, `östersjön` a place, `handlingsberedskap` not a crisis), cues the documents use
 * were added (`ungdom`, `fred`, `samarbetspart`, `bidrag`, `ny teknik`), and two themes the documents
 * name were added (welfare and care; community planning).
 *
 * A cue is a small pattern, matched on words (see `cueMatcher`):
 * - `vänort` matches the word with a Swedish inflection ending (`vänorten`, `vänorter`, `vänortens`);
 * - a trailing `*` lets it be the first part of a compound (`vänort*` → `vänortsavtal`, `vänortssamarbete`);
 * - a leading `*` lets it be the head of a compound (`*projekt` → `utvecklingsprojekt`, `EU-projekt`);
 * - a trailing `=` allows no ending at all (`Sida=` is the agency, `Sidan` a page);
 * - a cue with a capital letter is matched as written (`ICLD`, `LIFE`, `EU`), any other ignores case;
 * - spaces match any whitespace (`barn och unga`); the ending goes on the last word.
 * `exclude` cues are phrases that look like a cue but mean something else; a cue inside one does not count.
 *
 * No Node-only imports: this runs in the browser too.
 */

export interface ThemeDefinition {
  readonly id: string;
  /** Swedish label, as shown on the site. */
  readonly label: string;
  /** One Swedish sentence: what the theme covers. */
  readonly description: string;
  /** Patterns (see the module comment) whose matches name the theme. */
  readonly cues: readonly string[];
  /** Patterns whose matches never count for this theme. */
  readonly exclude?: readonly string[];
}

/** In display order when nothing else orders them. */
export const THEMES = [
  {
    id: 'eu_paverkan',
    label: 'EU-samarbete och påverkan',
    description: 'Samarbete inom EU, bevakning av och påverkan på EU:s lagstiftning och politik.',
    cues: [
      'EU=',
      'EU:s=',
      'EU-samarbete*',
      'EU-fråg*',
      'EU-samordning*',
      'EU-policy*',
      'EU-beslut*',
      'EU-medlemskap*',
      'EU-lagstiftning*',
      'europeiska unionen',
      'unionen=',
      'påverkansarbete*',
      'intressebevakning*',
      'regionkommittén',
      'brysselkontor*',
      'europaforum*',
    ],
  },
  {
    id: 'finansiering',
    label: 'Extern finansiering (EU:s fonder och program)',
    description: 'Projektmedel, bidrag och medfinansiering, särskilt ur EU:s fonder och program.',
    cues: [
      '*finansiering*',
      'EU-projekt*',
      'EU-medel*',
      'EU-program*',
      'fonder och program',
      'regionalfond*',
      'socialfond*',
      'ERUF',
      'ESF',
      'Interreg*',
      'Erasmus*',
      'LIFE=',
      'horisont europa',
      'kreativa europa',
      'CERV',
      'AMIF',
      'Leader=',
      'LEADER=',
      'lokalt ledd utveckling',
      'projektmedel*',
      'bidrag',
    ],
  },
  {
    id: 'vanorter',
    label: 'Vänorter och partnerskap',
    description: 'Vänorter, vänortsavtal och andra officiella samarbetsparter.',
    cues: ['*vänort*', 'vänskapsort*', 'partnerkommun*', 'partnerskommun*', 'samarbetskommun*', 'samarbetspart*', 'town twinning', 'föreningen norden'],
  },
  {
    id: 'utvecklingssamarbete',
    label: 'Globalt utvecklingssamarbete',
    description: 'Kommunala partnerskap med länder i andra delar av världen (ICLD, Sida), Agenda 2030 och de globala målen.',
    cues: [
      'ICLD*',
      'kommunala partnerskap',
      'kommunalt partnerskap',
      'Sida=',
      'SIDA=',
      'Sida-*',
      'SIDA-*',
      'Sidafinansier*',
      'agenda 2030',
      'globala målen',
      'utvecklingsländer*',
      'biståndsländer*',
      'samarbetsländer*',
      'bistånd*',
      'fattigdom*',
    ],
  },
  {
    id: 'natverk',
    label: 'Nätverk och organisationer',
    description: 'Medlemskap och arbete i internationella nätverk och organisationer.',
    cues: ['*nätverk*', 'Eurotowns', 'CCRE', 'CEMR', 'Eurocities', 'UBC', 'union of baltic cities', 'AER', 'medlemskap'],
    exclude: ['medlemskap i EU', 'medlemskapet i EU'],
  },
  {
    id: 'omvarld',
    label: 'Omvärldsbevakning och kunskap',
    description: 'Omvärldsbevakning, erfarenhets- och kunskapsutbyte, lärande av andra.',
    cues: ['omvärld*', '*erfarenhetsutbyte*', '*kunskapsutbyte*', 'lärande=', 'goda exempel', 'benchmarking', 'studiebesök*'],
  },
  {
    id: 'barn_unga',
    label: 'Barn och unga',
    description: 'Barns och ungdomars internationella kontakter och utbyten.',
    cues: ['barn', 'ungdom*', 'unga', 'ungdomsutbyte*', 'elevutbyte*', 'europeiska solidaritetskåren'],
  },
  {
    id: 'utbildning',
    label: 'Utbildning och språk',
    description: 'Skolor, elever, lärare, utbildning och språkinlärning.',
    cues: ['skol*', '*skola', '*skolor', 'elev*', 'lärare', '*utbildning*', 'Erasmus*', 'språk*', 'eTwinning', 'internationalisering av skolan'],
    exclude: ['språkkunskaper*'],
  },
  {
    id: 'kultur',
    label: 'Kultur och fritid',
    description: 'Kultur, fritid, idrott och föreningsliv.',
    cues: [
      'kultur',
      'kultur-',
      'kulturutbyte*',
      'kulturarv*',
      'kulturverksamhet*',
      '*fritid*',
      'idrott*',
      'föreningsliv*',
      'konst',
      'musik*',
      'dans=',
      'bibliotek*',
    ],
    exclude: ['kulturer=', 'kulturerna='],
  },
  {
    id: 'demokrati',
    label: 'Demokrati, fred och mänskliga rättigheter',
    description: 'Demokrati och demokratiutveckling, fred, mänskliga rättigheter och öppenhet.',
    cues: ['*demokrati*', 'fred', 'freds*', 'mänskliga rättigheter', 'medborgardialog*', 'transparens', 'ansvarsutkrävande', 'europaval*'],
  },
  {
    id: 'naringsliv',
    label: 'Näringsliv, tillväxt och attraktivitet',
    description: 'Näringsliv, företag, handel, turism och en attraktiv kommun.',
    cues: [
      'näringsliv*',
      'tillväxt*',
      'företag',
      'företagare',
      'företagande',
      'export*',
      'investering*',
      'etablering*',
      'handel',
      'besöksnäring*',
      'turism*',
      'attraktivitet*',
      'attraktionskraft*',
      'platsvarumärke*',
    ],
    exclude: ['tillväxt- och utvecklingssektor*'],
  },
  {
    id: 'miljo_klimat',
    label: 'Miljö, klimat och hållbarhet',
    description: 'Miljö, klimat, energi och hållbar utveckling.',
    cues: ['miljö*', 'klimat*', 'hållbar', 'hållbarhet*', 'energi*', 'cirkulär*', 'biologisk mångfald', 'vatten'],
    exclude: ['internationell miljö', 'internationella miljöer'],
  },
  {
    id: 'integration',
    label: 'Integration och inkludering',
    description: 'Integration, inkludering, förståelse mellan kulturer, migration och mottagande.',
    cues: ['integration*', 'inkludering*', 'tolerans', 'mångfald', 'nyanlända', 'flykting*', 'migration*', 'asyl*'],
    exclude: ['biologisk mångfald'],
  },
  {
    id: 'arbetsmarknad',
    label: 'Arbetsmarknad och kompetensförsörjning',
    description: 'Arbetsmarknad, sysselsättning och kompetensförsörjning.',
    cues: ['arbetsmarknad*', 'sysselsättning*', 'kompetensförsörjning*', 'arbetslöshet*', 'praktik', 'praktikplats*', 'rekrytering*'],
  },
  {
    id: 'jamstalldhet',
    label: 'Jämställdhet och jämlikhet',
    description: 'Jämställdhet, jämlikhet, likabehandling och arbete mot diskriminering.',
    cues: ['jämställdhet*', 'jämlikhet*', 'likabehandling*', 'CEMR-deklaration*', 'diskriminering*'],
  },
  {
    id: 'valfard',
    label: 'Välfärd, omsorg och folkhälsa',
    description: 'Socialt arbete, äldre- och funktionshinderomsorg och folkhälsa.',
    cues: ['socialt arbete', 'äldreomsorg*', 'äldrefråg*', 'handikapp*', 'funktionsnedsättning*', 'funktionshinder*', 'omsorg*', 'folkhälsa*', 'välfärd*'],
  },
  {
    id: 'samhallsplanering',
    label: 'Samhällsplanering och infrastruktur',
    description: 'Samhällsplanering, kommunikationer, transporter och boende.',
    cues: ['samhällsplanering*', 'kommunikationer', 'infrastruktur*', 'transporter', 'boende=', 'bostäder'],
  },
  {
    id: 'digitalisering',
    label: 'Digitalisering, innovation och ny teknik',
    description: 'Digitalisering, e-tjänster, innovation, forskning och ny teknik.',
    cues: ['digital*', 'smart stad', 'smarta städer', 'e-tjänst*', 'innovation*', 'forskning*', 'ny teknik'],
  },
  {
    id: 'beredskap',
    label: 'Säkerhet, beredskap och solidaritet',
    description: 'Krisberedskap, civilt försvar, säkerhet och solidaritet med länder i kris.',
    cues: ['beredskap*', 'krisberedskap*', 'civilt försvar', 'totalförsvar*', 'säkerhet', 'säkerhetspolitik*', 'Ukraina*', 'solidaritet'],
  },
  {
    id: 'organisation',
    label: 'Organisation, representation och kompetens internt',
    description: 'Kommunens egen organisation: representation, besök, delegationer, resor och medarbetarnas kompetens.',
    cues: [
      'representation*',
      'delegation*',
      '*besök',
      'tjänsteres*',
      'medarbetare',
      '*anställda',
      'internationell kompetens',
      'språkkunskap*',
      'kompetensutveckling*',
      'personalutveckling*',
    ],
    exclude: ['studiebesök*'],
  },
] as const satisfies readonly ThemeDefinition[];

export type ThemeId = (typeof THEMES)[number]['id'];

export const THEME_IDS = THEMES.map((theme) => theme.id) as unknown as readonly [ThemeId, ...ThemeId[]];

const byId = new Map<string, ThemeDefinition>(THEMES.map((theme) => [theme.id, theme]));

/** The definition of one theme; throws on an unknown id. */
export function getTheme(id: ThemeId): ThemeDefinition {
  const theme = byId.get(id);
  if (!theme) throw new Error(`Unknown theme "${id}"`);
  return theme;
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Swedish inflection endings of nouns and adjectives that a cue may take, longest first (and `EU:s`-style genitives, `:s`). */
export const CUE_ENDINGS = [
  'arnas',
  'ernas',
  'ornas',
  'arna',
  'erna',
  'orna',
  'ens',
  'ets',
  'ars',
  'ers',
  'ors',
  'nas',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  'ns',
  'ts',
  'n',
  't',
  's',
  'a',
  'e',
] as const;
const ENDINGS = `(?:${CUE_ENDINGS.join('|')}|:s)?`;
/**
 * Letters and digits of the Latin script (Swedish, and names in other Latin alphabets), written out:
 * `\p{L}` gives the same answers on these texts but costs V8 milliseconds to compile per pattern,
 * and there are hundreds of patterns.
 */
const LETTER = String.raw`A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF`;
/** Characters of a word, compounds and `EU:s` included. */
const WORD_CHAR = `[${LETTER}:+-]`;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The regular expression of one cue pattern (see the module comment for its syntax). A cue without
 * a capital is lower-cased and meant for lower-cased text (`caseSensitive: false`); `findThemeMatches`
 * does that.
 */
export function cueMatcher(cue: string): CuePattern {
  const { body, head, part, exact } = parseCue(cue);
  if (!body) throw new Error(`Empty cue "${cue}"`);
  const caseSensitive = /\p{Lu}/u.test(body);
  const words = escapeRegExp(caseSensitive ? body : body.toLowerCase()).replace(/\s+/gu, String.raw`\s+`);
  // Not inside a word, nor after `EU-` unless the cue may be a compound's head.
  const before = head ? '' : `(?<![${LETTER}]|[${LETTER}]-)`;
  // A cue that ends in a hyphen (`kultur-`) is a compound's first part cut off before `och`.
  const after = part ? `${WORD_CHAR}*` : body.endsWith('-') ? String.raw`(?=\s)` : `${exact ? '' : ENDINGS}(?![${LETTER}]|[-:][${LETTER}])`;
  return Object.assign(new RegExp(`${before}${words}${after}`, 'gu'), { caseSensitive });
}

/** A cue pattern's parts (see the module comment): `*` before (a compound's tail may match), `*` after (any word it begins), `=` after (no endings). */
export interface CueParts {
  readonly body: string;
  readonly head: boolean;
  readonly part: boolean;
  readonly exact: boolean;
}

/** Read a cue pattern's marks off its words; the one reading of the cue syntax. */
export function parseCue(cue: string): CueParts {
  let body = cue.trim();
  const head = body.startsWith('*');
  if (head) body = body.slice(1);
  const part = body.endsWith('*');
  if (part) body = body.slice(0, -1);
  const exact = body.endsWith('=');
  if (exact) body = body.slice(0, -1);
  return { body, head, part, exact };
}

/** A cue's pattern, and whether it is matched as written or on the lower-cased text. */
type CuePattern = RegExp & { readonly caseSensitive: boolean };

/** `text` in lower case, letter for letter, so offsets stay the same (a letter whose lower case is longer is kept). */
function lowerCase(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  return Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
}

/** One place where a text names a theme. `text` is the word or phrase as written; `start`/`end` are UTF-16 offsets. */
export interface ThemeMatch {
  readonly themeId: ThemeId;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface CompiledTheme {
  readonly id: ThemeId;
  readonly cues: readonly CuePattern[];
  readonly exclude: readonly CuePattern[];
}

let compiled: readonly CompiledTheme[] | undefined;

/** The themes' patterns, compiled on first use (a module that only reads the themes, like the search worker, never compiles them). */
function compiledThemes(): readonly CompiledTheme[] {
  return (compiled ??= (THEMES as readonly ThemeDefinition[]).map((theme) => ({
    id: theme.id as ThemeId,
    cues: theme.cues.map(cueMatcher),
    exclude: (theme.exclude ?? []).map(cueMatcher),
  })));
}

const WIDEN_LEFT = new RegExp(WORD_CHAR, 'u');
const WIDEN_RIGHT = new RegExp(`[${LETTER}+]`, 'u');

/** The whole word (or words) around `start`–`end`: a match inside `utvecklingsprojekt` is that word. */
function widen(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && WIDEN_LEFT.test(text[from - 1] ?? '')) from -= 1;
  while (to < text.length && WIDEN_RIGHT.test(text[to] ?? '')) to += 1;
  while (to > from && /[-:]/u.test(text[to - 1] ?? '')) to -= 1;
  return [from, to];
}

function spans(text: string, lower: string, patterns: readonly CuePattern[]): [number, number][] {
  return patterns.flatMap((pattern) =>
    [...(pattern.caseSensitive ? text : lower).matchAll(pattern)].map((match): [number, number] => widen(text, match.index, match.index + match[0].length)),
  );
}

/**
 * Every place where `text` names the theme, in text order. A word matched by two cues of the theme
 * counts once; a match inside one of the theme's `exclude` phrases does not count.
 */
export function findThemeMatches(text: string, themeId: ThemeId): ThemeMatch[] {
  const theme = compiledThemes().find((candidate) => candidate.id === themeId);
  if (!theme) throw new Error(`Unknown theme "${themeId}"`);
  const lower = lowerCase(text);
  const excluded = spans(text, lower, theme.exclude);
  const found = spans(text, lower, theme.cues)
    .filter(([start, end]) => !excluded.some(([from, to]) => start < to && end > from))
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ themeId, text: text.slice(start, end), start, end }));
}

/** How many times `text` names the theme (see `findThemeMatches`). */
export function countThemeCues(text: string, themeId: ThemeId): number {
  return findThemeMatches(text, themeId).length;
}

/** Every theme `text` names, with its matches, in `THEMES` order. */
export function matchThemes(text: string): { themeId: ThemeId; matches: ThemeMatch[] }[] {
  return THEME_IDS.map((themeId) => ({ themeId, matches: findThemeMatches(text, themeId) })).filter((entry) => entry.matches.length > 0);
}
