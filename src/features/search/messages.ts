/** The search page's words for counts and states, in Swedish, in one place. */

const number = new Intl.NumberFormat('sv-SE');
const conjunction = new Intl.ListFormat('sv', { style: 'long', type: 'conjunction' });

/** `Inga träffar`, `1 träff`, `1 234 träffar`. */
export function hitCount(count: number): string {
  if (count === 0) return 'Inga träffar';
  return `${number.format(count)} ${count === 1 ? 'träff' : 'träffar'}`;
}

/** `, varav 4 via temat`, `, alla via temat`, or nothing: how many of `count` hits were found through a theme. */
function themePart(count: number, themeHits: number): string {
  if (themeHits === 0) return '';
  return themeHits === count ? (count === 1 ? ', via temat' : ', alla via temat') : `, varav ${number.format(themeHits)} via temat`;
}

/** The results' heading: `12 träffar för ”vänort”`, `25 träffar för ”vänort”, varav 4 via temat`. */
export function resultsHeading(query: string, count: number, themeHits = 0): string {
  return `${hitCount(count)} för ”${query}”${themePart(count, themeHits)}`;
}

export interface StatusInput {
  /** The query as the user should recognise it. */
  readonly query: string;
  /** Hits after filtering. */
  readonly shown: number;
  /** Hits without filters. */
  readonly total: number;
  readonly filtered: boolean;
  /** Of the hits shown, those found through a theme. */
  readonly themeHits?: number;
}

/** One sentence for the result count: `12 träffar för ”vänort”.`, `3 träffar för ”vänort” med valda filter (12 utan filter).` */
export function statusText({ query, shown, total, filtered, themeHits = 0 }: StatusInput): string {
  const base = resultsHeading(query, shown, themeHits);
  if (!filtered || total === shown) return `${base}.`;
  return `${base} med valda filter (${hitCount(total).toLowerCase()} utan filter).`;
}

export interface ThemeNoteInput {
  /** The query as typed. */
  readonly query: string;
  /** The themes it names. */
  readonly themes: readonly { readonly label: string; readonly hits: number }[];
  /** Hits after filtering, and how many of them through a theme. */
  readonly count: number;
  readonly themeHits: number;
}

/**
 * What the reader should know when the query names a theme whose other words found hits: which
 * theme, that those hits come after the others, marked, and how to search for the words alone.
 */
export function themeNote({ query, themes, count, themeHits }: ThemeNoteInput): string | null {
  if (themeHits === 0) return null;
  const found = themes.filter((theme) => theme.hits > 0).map((theme) => theme.label);
  if (found.length === 0) return null;
  const names = found.length === 1 ? `temat ${found[0]}` : `temana ${conjunction.format(found)}`;
  const quotes = 'Sätt citattecken runt orden för att bara söka på dem.';
  if (themeHits === count) {
    return `Inget avsnitt har ”${query}”, men det hör till ${names}. Träffarna nämner temat med andra ord och är märkta ”träff via temat”. ${quotes}`;
  }
  const hits = themeHits === 1 ? '1 avsnitt' : `${number.format(themeHits)} avsnitt`;
  return `”${query}” hör till ${names}. ${hits} nämner temat med andra ord; de visas efter träffarna på orden och är märkta ”träff via temat”. ${quotes}`;
}

/** Why a query was not searched: what the page says instead of results. */
export const IDLE_MESSAGES = {
  'no-words': 'Skriv minst ett ord med bokstäver eller siffror.',
  'too-short': 'Skriv minst två bokstäver.',
  'only-excluded': 'Skriv minst ett ord att söka efter; ord med minustecken före utesluter bara avsnitt.',
} as const;

export type IdleReason = keyof typeof IDLE_MESSAGES;
