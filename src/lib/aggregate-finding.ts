/**
 * The overview's findings at scale, each in Swedish sentences computed from the counts (never
 * written by hand): which categories most and fewest documents cover, how many cover all five,
 * and where the counties differ most.
 */
import { formatShare, type CategoryCount, type CountyMatrix } from './aggregate.ts';
import { capitalise, countWord, inSentence, listSv } from './swedish.ts';

export interface AggregateFinding {
  /** Which categories are most and least covered, and how many documents cover all five. */
  readonly headline: string;
  /** How many categories were guessed from a section's text, or `null` when none was. */
  readonly guessedNote: string | null;
}

const integer = new Intl.NumberFormat('sv-SE');

/** A count in digits, grouped the Swedish way (`1 200`). */
export function formatCount(count: number): string {
  return integer.format(count);
}

const labels = (counts: readonly CategoryCount[]) => listSv(counts.map((count) => inSentence(count.label)));

/**
 * The finding of the aggregate chart, from the five category counts and from how many documents
 * cover 0, 1, …, 5 categories (`categoriesPerDocument`).
 */
export function aggregateFinding(counts: readonly CategoryCount[], perDocument: readonly number[]): AggregateFinding {
  const total = counts[0]?.total ?? 0;
  if (total === 0) return { headline: 'Det finns inga dokument ännu.', guessedNote: null };
  const of = (count: CategoryCount) => `${formatCount(count.covered)} av ${formatCount(total)} (${formatShare(count.share)})`;
  const most = Math.max(...counts.map((count) => count.covered));
  const least = Math.min(...counts.map((count) => count.covered));
  const top = counts.filter((count) => count.covered === most);
  const bottom = counts.filter((count) => count.covered === least);

  let first: string;
  if (least === total) first = `Alla ${formatCount(total)} dokument har ett eget avsnitt om var och en av de fem kategorierna.`;
  else if (most === least)
    first = `Var och en av de fem kategorierna finns i ${formatCount(most)} av ${formatCount(total)} dokument (${formatShare(top[0]!.share)}).`;
  else first = `${capitalise(labels(top))} finns i flest dokument, ${of(top[0]!)}; ${labels(bottom)} i färst, ${of(bottom[0]!)}.`;

  const allFive = perDocument[perDocument.length - 1] ?? 0;
  const none = perDocument[0] ?? 0;
  const second =
    least === total
      ? ''
      : ` ${allFive === 0 ? 'Inget dokument' : allFive === total ? 'Alla' : `${formatCount(allFive)} av de ${formatCount(total)} dokumenten`} har avsnitt om alla fem${none > 0 ? `, ${none === 1 ? 'ett saknar' : `${formatCount(none)} saknar`} alla fem` : ''}.`;

  const guessed = counts.reduce((sum, count) => sum + count.guessed, 0);
  const guessedNote = guessed === 0 ? null : `I ${countWord(guessed)} fall är kategorin gissad från avsnittets text, inte dess rubrik.`;
  return { headline: `${first}${second}`, guessedNote };
}

/** Counties with fewer documents than this are left out of the comparison between counties. */
export const SPREAD_MIN_DOCUMENTS = 5;

/** Above this many counties at one end, they are counted, not named. */
const MAX_NAMED_COUNTIES = 3;

/**
 * Where the counties differ most: the category whose share varies most between counties with at
 * least `SPREAD_MIN_DOCUMENTS` documents, with the counties at either end. `null` when fewer than
 * two counties are that large. The unknown group is not a county and never compared.
 */
export function countySpread(matrix: CountyMatrix, minDocuments = SPREAD_MIN_DOCUMENTS): string | null {
  const rows = matrix.rows.filter((row) => row.municipalitiesInCounty !== null && row.documents >= minDocuments);
  if (rows.length < 2) return null;
  const counted = `bland de ${countWord(rows.length)} län som har minst ${countWord(minDocuments)} dokument`;
  const spreads = matrix.total.cells.map((_, index) => {
    const shares = rows.map((row) => row.cells[index]!.share);
    return { index, low: Math.min(...shares), high: Math.max(...shares) };
  });
  const widest = spreads.reduce((best, spread) => (spread.high - spread.low > best.high - best.low ? spread : best));
  if (widest.high === widest.low) return `Andelarna är desamma i alla län, ${counted}.`;
  const names = (share: number) => {
    const at = rows.filter((row) => row.cells[widest.index]!.share === share).map((row) => row.label);
    return at.length > MAX_NAMED_COUNTIES ? `${countWord(at.length)} län` : listSv(at);
  };
  const label = inSentence(matrix.total.cells[widest.index]!.label);
  return `Störst skillnad mellan länen gäller ${label}: från ${formatShare(widest.low)} av dokumenten i ${names(widest.low)} till ${formatShare(widest.high)} i ${names(widest.high)} (${counted}).`;
}
