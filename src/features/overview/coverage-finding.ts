/**
 * The overview chart's finding, in one Swedish sentence computed from the coverage (never written
 * by hand): `Alla fem har avsnitt om mål, prioriterade områden och ansvar; två saknar ett eget
 * avsnitt om syfte (Järfälla och Tyresö) och ett om uppföljning (Tyresö).`
 */
import type { CoverageRow } from '../../lib/coverage-matrix.ts';
import { categoryTotals } from '../../lib/coverage-matrix.ts';
import { capitalise, countWord, inSentence, listSv } from '../../lib/swedish.ts';

/** Above this many documents lacking a category, they are counted, not named. */
const MAX_NAMED = 6;

export interface CoverageFinding {
  /** What all documents have and what some lack. */
  readonly headline: string;
  /** Where a category was guessed from a section's text, or `null` when none was. */
  readonly guessedNote: string | null;
}

/** The finding for a coverage matrix. */
export function coverageFinding(rows: readonly CoverageRow[]): CoverageFinding {
  const total = rows.length;
  if (total === 0) return { headline: 'Det finns inga dokument ännu.', guessedNote: null };
  const totals = categoryTotals(rows);
  const everywhere = totals.filter((entry) => entry.covered === total).map((entry) => inSentence(entry.label));
  const subject = total === 1 ? 'dokumentet' : `alla ${countWord(total)}`;

  const first =
    everywhere.length > 0
      ? `${capitalise(subject)} har avsnitt om ${listSv(everywhere)}`
      : `Inget av de fem områdena finns i ${total === 1 ? 'dokumentet' : `alla ${countWord(total)} dokument`}`;

  // Categories some documents lack, then those no document has (so that "saknar" comes first).
  const gaps = totals.filter((entry) => entry.covered < total && entry.covered > 0);
  const absent = totals.filter((entry) => entry.covered === 0);
  const parts = [
    ...gaps.map((entry, index) => {
      const names = entry.missing.length <= MAX_NAMED ? ` (${listSv(entry.missing)})` : '';
      const lead = index === 0 ? `${countWord(entry.missing.length)} saknar ett eget avsnitt om` : `${countWord(entry.missing.length)} om`;
      return `${lead} ${inSentence(entry.label)}${names}`;
    }),
    ...(absent.length > 0
      ? [`${total === 1 ? 'det saknar ett eget avsnitt om' : 'inget har ett avsnitt om'} ${listSv(absent.map((entry) => inSentence(entry.label)))}`]
      : []),
  ];
  const headline = parts.length === 0 ? `${first}.` : everywhere.length > 0 ? `${first}; ${listSv(parts)}.` : `${first}: ${listSv(parts)}.`;

  const guessed = rows.flatMap((row) =>
    row.cells.filter((cell) => cell.status === 'guessed').map((cell) => `${inSentence(cell.categoryLabel)} i ${row.label}`),
  );
  const guessedNote =
    guessed.length === 0
      ? null
      : guessed.length <= MAX_NAMED
        ? `I ${countWord(guessed.length)} fall är kategorin gissad från avsnittets text, inte dess rubrik: ${listSv(guessed)}.`
        : `I ${countWord(guessed.length)} fall är kategorin gissad från avsnittets text, inte dess rubrik.`;
  return { headline, guessedNote };
}
