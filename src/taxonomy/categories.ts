/**
 * The section categories, defined once. The first five are the canonical rows of the comparison
 * (DESIGN.md); the rest keep what a document says that is not one of them, so nothing is dropped.
 *
 * `headings` are regular-expression sources matched against a heading that has been lower-cased,
 * stripped of its numbering and of surrounding punctuation; the first category (in `CATEGORIES`
 * order) whose pattern matches wins, so more specific categories come first where they overlap
 * (`målgrupper` before `mål`). `cues` are used only when the heading says nothing.
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
  /**
   * What a sentence does when it belongs here, for text whose heading names no category: regular-
   * expression sources (matched whole-word, case-insensitively, against the sentence) with the
   * weight of the evidence each gives. A sentence or paragraph goes where its evidence weighs most.
   */
  readonly cues: readonly (readonly [source: string, weight: number])[];
}

export const CATEGORIES = [
  {
    key: 'purpose',
    label: 'Syfte',
    description: 'Varför kommunen arbetar internationellt och vad dokumentet ska åstadkomma.',
    canonical: true,
    urlKey: 'syfte',
    headings: ['^syfte', '^inledning och syfte', '^varför internationellt arbete', '^(dokumentets )?syfte'],
    cues: [
      // What the work is for: `Syftet med … är att`, `syftar till`, `i syfte att`.
      ['syfte\\p{L}*|syftar|till syfte', 4],
      // The work as a means: `är ett verktyg för`, `ska ses som en metod för`.
      ['(?:är|vara|ses som|användas som|fungera som)\\s+(?:ett|en)\\s+(?:\\p{L}+\\s+){0,2}(?:verktyg|medel|instrument|metod|resurs)', 3],
      // What the document itself does: `Policyn klargör hur …`, `ger underlag för prioriteringar`, `utgör en plattform`.
      ['klargör|klargöra|tydliggör|tydliggöra|underlag för|plattform|styrdokument', 2],
      // A sentence about the document itself: `Policyn innehåller …`, `Strategin beskriver …`.
      [
        '(?:polic|strategi|riktlinje|program|plan|dokument)\\p{L}*\\s+(?:\\p{L}+\\s+){0,5}?(?:innehåller|beskriver|anger|utgör|klargör|tydliggör|syftar|ska\\s+ge)',
        3,
      ],
      // Contributing to the municipality's overall goals or vision is why the work is done.
      // (What the work *shall* contribute to is a goal: `ska bidra till`, a cue of goals.)
      [
        '(?<!(?:ska|skall)\\s+(?:\\p{L}+\\s+){0,2})(?:bidra|bidrar|främja|främjar|uppfylla|uppfylls|nå|nås)\\s+(?:[\\p{L}:]+\\s+){0,5}(?:mål|målen|vision|visionen)|(?:mål|målen|visionen)\\s+(?:\\p{L}+\\s+){0,2}(?:nås|uppfylls)',
        3,
      ],
      // Benefits and their importance.
      [
        'viktig|viktigt|viktiga|angeläget|angelägen|nödvändig|nödvändigt|mervärde|mervärden|nytta|möjlighet|möjligheter|bidrar till|tillför|tillförs|ger oss|stärks|stärker',
        1,
      ],
    ],
  },
  {
    key: 'target-groups',
    label: 'Målgrupper',
    description: 'Vilka dokumentet riktar sig till.',
    canonical: false,
    urlKey: 'malgrupper',
    headings: ['^målgrupp', '^för vem', '^vem gäller'],
    cues: [['riktar sig (?:främst |i första hand )?till|målgrupp\\p{L}*', 3]],
  },
  {
    key: 'goals',
    label: 'Mål',
    description: 'Vad det internationella arbetet ska uppnå, och dess inriktning.',
    canonical: true,
    urlKey: 'mal',
    headings: ['^(övergripande |långsiktiga |strategiska )?mål\\b', '^mål och ', '^delmål', '^målbild', 'inriktning', '^vision', '^målsättning'],
    cues: [
      // `Målet med … är`, `Övergripande mål för … är;`, `Målsättningen är …`.
      [
        '(?:målet|målen|målsättningen|målsättningarna|delmålen)\\s+(?:med|för|är)|(?:övergripande|långsiktiga|strategiska)\\s+mål\\s+(?:för|med)|målen\\s+är',
        4,
      ],
      // What the work shall achieve: `ska bidra till`, `ska öka`, `ska stärka`, `ska verka för`.
      // What the work shall contribute to, said as a norm: `Arbetet ska bidra till …`, `ska även bidra till att …`.
      ['(?:ska|skall)\\s+(?:\\p{L}+\\s+){0,2}bidra till', 4],
      ['(?:ska|skall)\\s+(?:\\p{L}+\\s+){0,2}(?:öka|stärka|främja|verka för|leda till|uppnå|stimulera|uppmuntra|utvecklas|ge|skapa|inriktas)', 2],
      // A norm about the people the work is for states what it shall achieve for them: `Unga ska ges möjlighet att …`, `Invånarna ska uppleva …`.
      [
        '(?:invånar\\p{L}*|kommuninvånar\\p{L}*|medborgar\\p{L}*|barn|ungdomar|unga|elever|studenter|medarbetar\\p{L}*|anställda|personal\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:ska|skall)(?:\\s+\\p{L}+){1}',
        3,
      ],
      // An intention in the first person plural: `Vi vill …`.
      ['vi\\s+(?:\\p{L}+\\s+)?vill', 4],
      ['vill', 1],
    ],
  },
  {
    key: 'priorities',
    label: 'Prioriterade områden',
    description: 'De områden, teman eller samarbeten som kommunen prioriterar.',
    canonical: true,
    urlKey: 'prioriteringar',
    headings: ['^prioriter', 'prioriterade', '^intresseområden', '^fokusområden', '^insatsområden', '^strategiska områden'],
    cues: [
      // What is prioritised, said as such: `prioriterade områden`, `X prioriteras`, `kommunen prioriterar`.
      [
        'prioriterade\\s+(?:\\p{L}+\\s+)?(?:områden|områdena|frågor|frågorna|teman|inriktningar|samarbeten)|prioriterar|prioriteras|prioriterat|fokusområde\\p{L}*|insatsområde\\p{L}*|tyngdpunkt\\p{L}*',
        4,
      ],
      // A statement that something is prioritised is the strongest evidence there is.
      ['(?:är|blir|vara)\\s+(?:\\p{L}+\\s+)?priorit(?:erad|erat)\\p{L}*|ska prioritera\\p{L}*', 3],
      // The word alone (`underlag för prioriteringar`) only mentions priorities.
      ['prioritering\\p{L}*|fokus|framför allt|framförallt|i första hand|särskilt', 1],
    ],
  },
  {
    key: 'responsibility',
    label: 'Ansvar',
    description: 'Vem som beslutar, leder, samordnar, genomför och företräder.',
    canonical: true,
    urlKey: 'ansvar',
    headings: ['^ansvar', 'ansvarsfördelning', '^organisation', '^samordning$', '^beslut$', '^beslutsnivåer', '^roller', '^ledning och', '^styrning'],
    cues: [
      ['ansvar|ansvaret|ansvarar|ansvarig|ansvariga|huvudansvar\\p{L}*', 3],
      ['har\\s+(?:som\\s+|i\\s+)?(?:uppgift|uppgiften|uppdrag|uppdraget)|leds av|beslutas av|bereds av|beredningsorgan|ledamöter|direktiv', 3],
      ['samordna\\p{L}*|uppdrag\\p{L}*|uppgift\\p{L}*|beslutar|bistår', 1],
    ],
  },
  {
    key: 'follow-up',
    label: 'Uppföljning',
    description: 'Hur och när arbetet följs upp, utvärderas och redovisas.',
    canonical: true,
    urlKey: 'uppfoljning',
    headings: ['^uppföljning', '^utvärdering', '^redovisning', '^revidering', '^rapportering'],
    cues: [
      ['följs upp|följas upp|följa upp|följer upp|uppföljning\\p{L}*|utvärder\\p{L}*|återrapport\\p{L}*|redovisas|redovisning\\p{L}*', 4],
      ['mätas|mäts|mätbar\\p{L}*|indikator\\p{L}*|nyckeltal|rapporter\\p{L}*|revideras|revidering', 2],
    ],
  },
  {
    key: 'front-matter',
    label: 'Titel och dokumentuppgifter',
    description: 'Titel, beslut, diarienummer och andra uppgifter i dokumentets huvud.',
    canonical: false,
    urlKey: 'dokumentuppgifter',
    // A section about the decision on the document itself (`Politiskt beslut`, `Beslutshistorik`).
    headings: ['^politiskt beslut$', '^beslutshistorik', '^dokumenthistorik', '^antagande$', '^beslut om (policyn|strategin|riktlinjerna|programmet|planen)'],
    cues: [
      // A decision about the document itself, in running text: `… antog den 25 juni 1998`, `godkändes av fullmäktige`.
      [
        '(?:antog|antogs|antagit|antagits|godkändes|godkände|fastställdes|fastställde|reviderades|reviderats)\\s+(?:\\p{L}+\\s+){0,2}?(?:den\\s+\\d|\\d{4}|i\\s+\\p{L}+\\s+\\d{4}|av\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:fullmäktige|styrelsen|nämnden))',
        5,
      ],
      ['(?:fullmäktige|styrelsen|nämnden)\\s+(?:har\\s+)?(?:antog|antagit|godkände|godkänt|fastställde|fastställt)', 5],
    ],
  },
  {
    key: 'summary',
    label: 'Sammanfattning',
    description: 'Dokumentets egen sammanfattning.',
    canonical: false,
    urlKey: 'sammanfattning',
    headings: ['^sammanfattning'],
    cues: [],
  },
  {
    key: 'background',
    label: 'Bakgrund',
    description: 'Sammanhang, historik och utgångsläge.',
    canonical: false,
    urlKey: 'bakgrund',
    headings: ['bakgrund', '^inledning', '^förord', '^utgångspunkter', '^omvärlden$', '^omvärldsanalys', '^analys', '^nuläge', '^utmaning'],
    cues: [
      // The world outside, named as such: `omvärlden`, `det som händer utanför Sveriges gränser`.
      [
        'idag|i dag|dagens|historiskt|globaliser\\p{L}*|globala|global|omvärlden|utanför\\s+(?:[\\p{L}:]+\\s+){0,4}?gräns\\p{L}*|medlemskap|alltmer|allt fler|allt mer',
        2,
      ],
      ['världen|världens|samhälle|samhället|påverkar|påverkas|utvecklingen mot|har blivit', 1],
    ],
  },
  {
    key: 'definitions',
    label: 'Definitioner',
    description: 'Begrepp och dokumenttyper som dokumentet förklarar.',
    canonical: false,
    urlKey: 'definitioner',
    headings: ['^definition', '^begrepp', '^ordlista', '^med .+ avses', '^vad (är|menas med)'],
    cues: [['med\\s+(?:\\p{L}+\\s+){1,4}avses|definieras som', 4]],
  },
  {
    key: 'strategy',
    label: 'Strategi och arbetssätt',
    description: 'Hur arbetet ska bedrivas: metoder, arbetssätt och förhållningssätt.',
    canonical: false,
    urlKey: 'strategi',
    headings: ['^strategi\\b', '^arbetsmetod', '^arbetssätt', '^förhållningssätt', '^profil', '^principer', '^kompetens'],
    cues: [
      // The work woven into the organisation's everyday work: `ska vara en naturlig del av verksamheten`.
      ['naturlig del|integrerad del|en del av det ordinarie', 3],
      // The work built into the organisation's steering: `… integreras i verksamhetsplanen`, `integrerats i stadens styrsystem`.
      [
        '(?:integrera\\p{L}*|inarbeta\\p{L}*)\\s+i\\s+(?:\\p{L}+\\s+){0,2}(?:styrsystem\\p{L}*|styrning\\p{L}*|verksamhetsplan\\p{L}*|budget\\p{L}*|ordinarie\\s+\\p{L}+|ledningssystem\\p{L}*)',
        3,
      ],
      // Reciprocity, a principle of how exchange is conducted: `ömsesidig nytta`, `berikande för båda parter`, `på lika villkor`.
      ['ömsesidig\\p{L}*|båda parter|bägge parter|på lika villkor', 4],
      ['arbetssätt\\p{L}*|arbetsmetod\\p{L}*|metod|metoder|förhållningssätt|principer|integrera\\p{L}*|genomsyra\\p{L}*', 2],
      ['genom att', 1],
    ],
  },
  {
    key: 'collaboration',
    label: 'Samarbeten',
    description: 'Vänorter, nätverk, partnerskap och samverkan med andra.',
    canonical: false,
    urlKey: 'samarbeten',
    headings: ['samarbet', 'samverkan', 'vänort', 'nätverk', 'partnerskap', 'samarbetspart', '^samordning med'],
    cues: [
      ['vänort\\p{L}*|partnerskap\\p{L}*|nätverk\\p{L}*|samarbetspart\\p{L}*|samarbetsorganisation\\p{L}*|partner|partners|partnerna', 3],
      // Membership of a network or organisation: `X verkar i flera nätverk`, `är medlem i …`, `deltar i nätverk`.
      [
        '(?:medlem|medlemmar|deltar|verkar|ingår|engagerad\\p{L}*)\\s+i\\s+(?:\\p{L}+\\s+){0,3}?(?:nätverk\\p{L}*|organisation\\p{L}*|samarbetsorganisation\\p{L}*)',
        2,
      ],
      ['samverka\\p{L}*|samarbete med|samarbeten med|tillsammans med', 1],
    ],
  },
  {
    key: 'funding',
    label: 'Ekonomi och finansiering',
    description: 'Kostnader, medel och extern finansiering.',
    canonical: false,
    urlKey: 'ekonomi',
    headings: ['^ekonomi', 'ekonomiska', '^finansiering', '^stöd till', '^budget', '^resurser'],
    cues: [
      ['finansiering\\p{L}*|medfinansiering|fonder|bidrag|externa medel|extern finansiering', 3],
      ['budget\\p{L}*|ekonomiska resurser|kostnad\\p{L}*', 1],
    ],
  },
  {
    key: 'action-plan',
    label: 'Handlingsplan',
    description: 'Konkreta aktiviteter och tidsplan.',
    canonical: false,
    urlKey: 'handlingsplan',
    headings: ['^handlingsplan', '^aktivitetsplan', '^aktiviteter', '^åtgärder', '^genomförande'],
    cues: [
      ['handlingsplan\\p{L}*|aktivitetsplan\\p{L}*|åtgärdsplan\\p{L}*', 3],
      ['aktiviteter', 1],
    ],
  },
  {
    key: 'communication',
    label: 'Information och kommunikation',
    description: 'Hur arbetet kommuniceras, och besök.',
    canonical: false,
    urlKey: 'kommunikation',
    headings: ['information', 'kommunikation', '^besök', 'internationella besök', 'representation'],
    cues: [['kommunikation|kommunicera\\p{L}*|dialog|information|informera\\p{L}*|besök|besöken|värdskap|representation', 2]],
  },
  {
    key: 'proposal',
    label: 'Förslag till beslut',
    description: 'Förslaget i en tjänsteskrivelse.',
    canonical: false,
    urlKey: 'forslag',
    headings: ['förslag$', '^förslag till beslut', '^beslutsförslag', '^slutsatser'],
    cues: [],
  },
  {
    key: 'references',
    label: 'Referenser och handlingar',
    description: 'Källor, bilagor och handlingar som dokumentet hänvisar till.',
    canonical: false,
    urlKey: 'referenser',
    headings: ['^referenser', '^källor', '^handlingar', '^bilagor', '^beslutsunderlag'],
    cues: [],
  },
  {
    key: 'other',
    label: 'Övrigt',
    description: 'Avsnitt som inte hör till någon av de andra kategorierna.',
    canonical: false,
    urlKey: 'ovrigt',
    headings: [],
    cues: [],
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
