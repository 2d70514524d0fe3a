/**
 * The section categories, defined once. The first five are the canonical rows of the comparison
 * (DESIGN.md); the rest keep what a document says that is not one of them, so nothing is dropped.
 *
 * `headings` are regular-expression sources matched against a heading that has been lower-cased,
 * stripped of its numbering and of surrounding punctuation; the first category (in `CATEGORIES`
 * order) whose pattern matches wins, so more specific categories come first where they overlap
 * (`målgrupper` before `mål`). `content` cues are used only when the heading says nothing.
 */

export interface CategoryDefinition {
  readonly key: string;
  /** Swedish label, as shown on the site. */
  readonly label: string;
  /** One sentence for the method page and tooltips. */
  readonly description: string;
  /** One of the five rows of the comparison. */
  readonly canonical: boolean;
  /** Route-friendly Swedish key for `?k=` (ascii, lower case). */
  readonly urlKey: string;
  readonly headings: readonly string[];
  /** Phrases in a section's text that point to this category when its heading does not. */
  readonly content: readonly string[];
}

export const CATEGORIES = [
  {
    key: 'purpose',
    label: 'Syfte',
    description: 'Varför kommunen arbetar internationellt och vad dokumentet ska åstadkomma.',
    canonical: true,
    urlKey: 'syfte',
    headings: ['^syfte', '^inledning och syfte', '^varför internationellt arbete', '^(dokumentets )?syfte'],
    content: ['syftet med', 'syftar till', 'i syfte att', 'har till syfte'],
  },
  {
    key: 'target-groups',
    label: 'Målgrupper',
    description: 'Vilka dokumentet riktar sig till.',
    canonical: false,
    urlKey: 'malgrupper',
    headings: ['^målgrupp', '^för vem', '^vem gäller'],
    content: ['riktar sig till', 'målgrupp'],
  },
  {
    key: 'goals',
    label: 'Mål',
    description: 'Vad det internationella arbetet ska uppnå, och dess inriktning.',
    canonical: true,
    urlKey: 'mal',
    headings: ['^(övergripande |långsiktiga |strategiska )?mål\\b', '^mål och ', 'inriktning', '^vision', '^målsättning'],
    content: ['målet med', 'målet är', 'ska bidra till', 'ska verka för', 'ska inriktas på', 'övergripande mål'],
  },
  {
    key: 'priorities',
    label: 'Prioriterade områden',
    description: 'De områden, teman eller samarbeten som kommunen prioriterar.',
    canonical: true,
    urlKey: 'prioriteringar',
    headings: ['^prioriter', 'prioriterade', '^intresseområden', '^fokusområden', '^insatsområden', '^strategiska områden'],
    content: ['prioriteras', 'prioriterat', 'prioriterade områden', 'prioritera'],
  },
  {
    key: 'responsibility',
    label: 'Ansvar',
    description: 'Vem som beslutar, leder, samordnar, genomför och företräder.',
    canonical: true,
    urlKey: 'ansvar',
    headings: ['^ansvar', 'ansvarsfördelning', '^organisation', '^samordning$', '^beslut$', '^beslutsnivåer', '^roller', '^ledning och', '^styrning'],
    content: ['ansvarar för', 'har huvudansvaret', 'beslutar om', 'fastställer', 'samordnar'],
  },
  {
    key: 'follow-up',
    label: 'Uppföljning',
    description: 'Hur och när arbetet följs upp, utvärderas och redovisas.',
    canonical: true,
    urlKey: 'uppfoljning',
    headings: ['^uppföljning', '^utvärdering', '^redovisning', '^revidering', '^rapportering'],
    content: ['följs upp', 'följas upp', 'utvärderas', 'redovisas', 'uppföljning'],
  },
  {
    key: 'front-matter',
    label: 'Titel och dokumentuppgifter',
    description: 'Titel, beslut, diarienummer och andra uppgifter i dokumentets huvud.',
    canonical: false,
    urlKey: 'dokumentuppgifter',
    headings: [],
    content: [],
  },
  {
    key: 'summary',
    label: 'Sammanfattning',
    description: 'Dokumentets egen sammanfattning.',
    canonical: false,
    urlKey: 'sammanfattning',
    headings: ['^sammanfattning'],
    content: [],
  },
  {
    key: 'background',
    label: 'Bakgrund',
    description: 'Sammanhang, historik och utgångsläge.',
    canonical: false,
    urlKey: 'bakgrund',
    headings: ['bakgrund', '^inledning', '^förord', '^utgångspunkter', '^omvärlden$', '^omvärldsanalys', '^analys'],
    content: [],
  },
  {
    key: 'definitions',
    label: 'Definitioner',
    description: 'Begrepp och dokumenttyper som dokumentet förklarar.',
    canonical: false,
    urlKey: 'definitioner',
    headings: ['^definition', '^begrepp', '^ordlista'],
    content: [],
  },
  {
    key: 'strategy',
    label: 'Strategi och arbetssätt',
    description: 'Hur arbetet ska bedrivas: metoder, arbetssätt och förhållningssätt.',
    canonical: false,
    urlKey: 'strategi',
    headings: ['^strategi\\b', '^arbetsmetod', '^arbetssätt', '^förhållningssätt', '^profil', '^principer'],
    content: [],
  },
  {
    key: 'collaboration',
    label: 'Samarbeten',
    description: 'Vänorter, nätverk, partnerskap och samverkan med andra.',
    canonical: false,
    urlKey: 'samarbeten',
    headings: ['samarbet', 'samverkan', 'vänort', 'nätverk', 'partnerskap', 'samarbetspart', '^samordning med'],
    content: [],
  },
  {
    key: 'funding',
    label: 'Ekonomi och finansiering',
    description: 'Kostnader, medel och extern finansiering.',
    canonical: false,
    urlKey: 'ekonomi',
    headings: ['^ekonomi', 'ekonomiska', '^finansiering', '^stöd till', '^budget', '^resurser'],
    content: [],
  },
  {
    key: 'action-plan',
    label: 'Handlingsplan',
    description: 'Konkreta aktiviteter och tidsplan.',
    canonical: false,
    urlKey: 'handlingsplan',
    headings: ['^handlingsplan', '^aktiviteter', '^åtgärder', '^genomförande'],
    content: [],
  },
  {
    key: 'communication',
    label: 'Information och kommunikation',
    description: 'Hur arbetet kommuniceras, och besök.',
    canonical: false,
    urlKey: 'kommunikation',
    headings: ['information', 'kommunikation', '^besök', 'internationella besök', 'representation'],
    content: [],
  },
  {
    key: 'proposal',
    label: 'Förslag till beslut',
    description: 'Förslaget i en tjänsteskrivelse.',
    canonical: false,
    urlKey: 'forslag',
    headings: ['förslag$', '^förslag till beslut', '^beslutsförslag', '^slutsatser'],
    content: [],
  },
  {
    key: 'references',
    label: 'Referenser och handlingar',
    description: 'Källor, bilagor och handlingar som dokumentet hänvisar till.',
    canonical: false,
    urlKey: 'referenser',
    headings: ['^referenser', '^källor', '^handlingar', '^bilagor', '^beslutsunderlag'],
    content: [],
  },
  {
    key: 'other',
    label: 'Övrigt',
    description: 'Avsnitt som inte hör till någon av de andra kategorierna.',
    canonical: false,
    urlKey: 'ovrigt',
    headings: [],
    content: [],
  },
] as const satisfies readonly CategoryDefinition[];

export type CategoryKey = (typeof CATEGORIES)[number]['key'];

export const CATEGORY_KEYS = CATEGORIES.map((category) => category.key) as unknown as readonly [CategoryKey, ...CategoryKey[]];

/** The five rows of the comparison, in the order DESIGN.md gives them. */
export const CANONICAL_CATEGORY_KEYS = ['purpose', 'goals', 'priorities', 'responsibility', 'follow-up'] as const satisfies readonly CategoryKey[];

export type CanonicalCategoryKey = (typeof CANONICAL_CATEGORY_KEYS)[number];

const byKey = new Map<string, CategoryDefinition>(CATEGORIES.map((category) => [category.key, category]));

export function getCategory(key: CategoryKey): CategoryDefinition {
  const category = byKey.get(key);
  if (!category) throw new Error(`Unknown category "${key}"`);
  return category;
}

export function isCanonicalCategory(key: string): key is CanonicalCategoryKey {
  return (CANONICAL_CATEGORY_KEYS as readonly string[]).includes(key);
}

/** `?k=ansvar` → `responsibility`; also accepts the English key. */
export function categoryFromUrlKey(urlKey: string): CategoryKey | undefined {
  const wanted = urlKey.trim().toLowerCase();
  return CATEGORIES.find((category) => category.urlKey === wanted || category.key === wanted)?.key;
}
