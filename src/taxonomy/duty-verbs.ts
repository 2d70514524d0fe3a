/**
 * The words of duty, defined once: the Swedish verbs, nouns and little words by which a steering
 * document says who does what, each with the role (`roles.ts`) it gives the actor. Plain data:
 * regular-expression sources (matched case-insensitively, with Unicode classes) and role keys.
 * The responsibility extractor (`src/parser/responsibilities/`) compiles and applies them.
 */
import type { RoleKey } from './roles.ts';

/** A word (letters, digits, `/`, `-`). */
export const WORD = String.raw`[\p{L}\p{N}/-]+`;
/** End of a word (Swedish letters included, unlike `\b`). */
export const END = String.raw`(?![\p{L}\p{N}])`;
/** The adverbs of `ADV`, as alternatives (also those between a modal and its infinitive: `ska även ha`). */
export const ADV_WORDS = String.raw`även|också|därför|vidare|dessutom|särskilt|gemensamt|själva?|tillsammans|ytterst|alltid|normalt|löpande|kontinuerligt|årligen|aktivt|vid\s+behov`;
/** Adverbs that may sit inside a verb phrase (`har därför huvudansvaret`, `är vidare remissinstans`). */
export const ADV = String.raw`(?:\s+(?:${ADV_WORDS}))*`;
/** The modal verbs before a duty verb (`ska ange`, `bör finnas`). */
export const MODAL = String.raw`(?:ska|skall|bör|kan|måste|får|behöver)`;

/** `object`: the role comes from what follows (`ansvarar för …`). `weak`: `arbetar strategiskt` defers to the next coordinated verb. */
export type VerbRole = RoleKey | 'object' | 'weak';

/**
 * The verbs of duty: role, present tense, infinitive (regular-expression sources), tried in this
 * order at the start of a predicate, so the more specific come first (`följer upp` before `följer`,
 * `har huvudansvaret` before `har … ansvar för`).
 */
export const VERBS: readonly (readonly [VerbRole, string, string])[] = [
  ['leads', `har${ADV}\\s+(?:det\\s+)?övergripande\\s+ansvar(?:et)?`, `ha${ADV}\\s+(?:det\\s+)?övergripande\\s+ansvar(?:et)?`],
  ['carries-out', `har${ADV}\\s+huvudansvar(?:et)?`, `ha${ADV}\\s+huvudansvar(?:et)?`],
  ['carries-out', `är${ADV}\\s+huvudansvarig(?:a)?`, `vara${ADV}\\s+huvudansvarig(?:a)?`],
  ['object', `(?:ansvarar|svarar)${ADV}\\s+för`, `(?:ansvara|svara)${ADV}\\s+för`],
  [
    'object',
    `har${ADV}\\s+(?:ett\\s+|det\\s+)?(?:\\p{L}+\\s+)?ansvar(?:et)?\\s+(?:för|att)`,
    `ha${ADV}\\s+(?:ett\\s+|det\\s+)?(?:\\p{L}+\\s+)?ansvar(?:et)?\\s+(?:för|att)`,
  ],
  ['object', `är${ADV}\\s+ansvarig(?:a)?\\s+(?:för|att)`, `vara${ADV}\\s+ansvarig(?:a)?\\s+(?:för|att)`],
  // `har i uppdrag att`, `har som uppdrag att`, `har uppdraget att`, `får i uppdrag att`
  ['object', `(?:har|får)${ADV}\\s+(?:(?:i|som)\\s+)?uppdrag(?:et)?\\s+att`, `(?:ha|få)${ADV}\\s+(?:(?:i|som)\\s+)?uppdrag(?:et)?\\s+att`],
  // `har som uppgift att`, `har uppgiften att`, `har till uppgift att`, `har bland annat som uppgift att`
  [
    'object',
    `har${ADV}\\s+(?:bland\\s+annat\\s+)?(?:(?:som|till|i)\\s+)?uppgift(?:en)?\\s+att`,
    `ha${ADV}\\s+(?:bland\\s+annat\\s+)?(?:(?:som|till|i)\\s+)?uppgift(?:en)?\\s+att`,
  ],
  // a lead-in to a list of duties: `har följande uppgifter:`, `har bland annat följande ansvar:`
  [
    'object',
    `har${ADV}\\s+(?:bland\\s+annat\\s+)?följande\\s+(?:uppgifter|uppdrag|ansvar|ansvarsområden)`,
    `ha${ADV}\\s+(?:bland\\s+annat\\s+)?följande\\s+(?:uppgifter|uppdrag|ansvar|ansvarsområden)`,
  ],
  // an apposition: `Tekniska nämnden, med ansvar för gator och parker, …`, `X med särskilt ansvar för …`
  ['object', `med${ADV}\\s+(?:huvud)?ansvar(?:et)?\\s+för`, `med${ADV}\\s+(?:huvud)?ansvar(?:et)?\\s+för`],
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
    'stödjer|stöder|stöttar|bereder|handlägger|informerar|delger|stimulerar|främjar|bistår|uppmuntrar|erbjuder',
    'stödja|stöda|stötta|bereda|handlägga|informera|delge|stimulera|främja|bistå|uppmuntra|erbjuda',
  ],
  ['supports', `(?:ger|är)${ADV}\\s+(?:stöd|remissinstans)`, `(?:ge|vara)${ADV}\\s+(?:stöd|remissinstans)`],
  // a body described by what it is for: `är ett rådgivande organ`, `är ett politiskt sammansatt beredningsorgan`
  [
    'supports',
    `är${ADV}\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:berednings|remiss)(?:organ|instans)`,
    `vara${ADV}\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:berednings|remiss)(?:organ|instans)`,
  ],
  ['supports', `är${ADV}\\s+(?:[\\p{L}-]+\\s+){0,4}?rådgivande\\s+(?:organ|instans)`, `vara${ADV}\\s+(?:[\\p{L}-]+\\s+){0,4}?rådgivande\\s+(?:organ|instans)`],
  [
    'carries-out',
    'genomför|driver|bedriver|ansöker|söker|deltar|medverkar|integrerar|utvecklar|tillvaratar|planerar|anger|samverkar',
    'genomföra|driva|bedriva|ansöka|söka|delta|medverka|integrera|utveckla|tillvarata|planera|ange|samverka',
  ],
  [
    'carries-out',
    `tar${ADV}\\s+(?:emot|tillvara)|verkar\\s+för|arbetar(?=\\s+(?:med|för|aktivt|i)${END})`,
    `ta${ADV}\\s+(?:emot|tillvara)|verka\\s+för|arbeta(?=\\s+(?:med|för|aktivt|i)${END})`,
  ],
  ['weak', 'arbetar', 'arbeta'],
];

/** Nouns that give a role to what an actor is responsible for (`ansvarar för uppföljning`), as sources matched at the start of the object. */
export const OBJECT_NOUNS: readonly (readonly [RoleKey, string])[] = [
  ['leads', String.raw`^(?:[\p{L}\p{N}/-]+\s+){0,4}?[\p{L}-]*(?:ledning|samordning)(?:en)?(?![\p{L}])`],
  ['follows-up', String.raw`^(?:[\p{L}\p{N}/-]+\s+){0,4}?(?:uppföljning|utvärdering|redovisning|rapportering)(?:en|ar|arna)?(?![\p{L}])`],
  ['monitors', String.raw`^(?:[\p{L}\p{N}/-]+\s+){0,4}?omvärldsbevakning(?:en)?(?![\p{L}])`],
  ['supports', String.raw`^(?:[\p{L}\p{N}/-]+\s+){0,4}?information(?:en)?(?![\p{L}])`],
];

/** Nouns that open a list item of duties (`Omvärldsbevakning av …`), and the role each gives. */
export const LIST_ITEM_NOUNS: readonly (readonly [RoleKey, string])[] = [
  ['monitors', 'omvärldsbevakning|bevakning'],
  ['follows-up', 'uppföljning|utvärdering|redovisning|rapportering'],
  ['leads', 'samordning|ledning'],
  ['represents', 'representation'],
  ['supports', 'beredning|handläggning|information|stöd'],
];

/** Passive verbs before `av`/`från` + agent (`fattas av kommunfullmäktige`), and the agent's role. */
export const PASSIVE_VERBS: readonly (readonly [RoleKey, string])[] = [
  ['decides', 'beslutas|antas|fastställs|fastställas|godkänns|godkännas|fattas|avgörs|avgöras|tecknas|ingås|utses|disponeras'],
  ['leads', 'leds|ledas|samordnas'],
  ['follows-up', `följ(?:s|as)(?:\\s+${WORD}){0,2}?\\s+upp|utvärderas|redovisas|rapporteras|granskas`],
  ['represents', 'företräds|företrädas|representeras'],
  ['monitors', 'bevakas'],
  ['supports', `stöds|stödjas|bereds|beredas|handläggs|handläggas|informeras|(?:får|få|ges)${ADV}\\s+stöd`],
  ['carries-out', 'genomförs|genomföras|drivs|drivas|bedrivs|bedrivas|hanteras'],
];

/** What comes right before an actor who receives information or reports (`redovisas till`, `delges`): the actor is `informed`. */
export const RECEIVER_WORDS: readonly string[] = [
  `(?:informeras|redovisas|rapporteras|återrapporteras|lämnas|ges|anmäls|meddelas|skickas|överlämnas|informera|informerar|redovisa|redovisar|rapportera|rapporterar|lämna|lämnar|skicka|skickar)(?:\\s+${WORD}){0,3}?\\s+till`,
  '(?:rapport|rapporter|rapporterna|redovisning|redovisningar|redovisningen|information|informationen|återrapportering)\\s+till',
  'delges|delge|delger|informeras|informera|informerar|informerat|underrättas|underrätta|underrättar|underrättat',
];
