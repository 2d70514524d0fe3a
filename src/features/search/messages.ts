/** The search page's words for counts and states, in Swedish, in one place. */

const number = new Intl.NumberFormat('sv-SE');

/** `Inga träffar`, `1 träff`, `1 234 träffar`. */
export function hitCount(count: number): string {
  if (count === 0) return 'Inga träffar';
  return `${number.format(count)} ${count === 1 ? 'träff' : 'träffar'}`;
}

export interface StatusInput {
  /** The query as the user should recognise it. */
  readonly query: string;
  /** Hits after filtering. */
  readonly shown: number;
  /** Hits without filters. */
  readonly total: number;
  readonly filtered: boolean;
}

/** One sentence for the result count: `12 träffar för ”vänort”.`, `3 träffar för ”vänort” med valda filter (12 utan filter).` */
export function statusText({ query, shown, total, filtered }: StatusInput): string {
  const base = `${hitCount(shown)} för ”${query}”`;
  if (!filtered || total === shown) return `${base}.`;
  return `${base} med valda filter (${hitCount(total).toLowerCase()} utan filter).`;
}

/** Why a query was not searched: what the page says instead of results. */
export const IDLE_MESSAGES = {
  'no-words': 'Skriv minst ett ord med bokstäver eller siffror.',
  'too-short': 'Skriv minst två bokstäver.',
} as const;

export type IdleReason = keyof typeof IDLE_MESSAGES;
