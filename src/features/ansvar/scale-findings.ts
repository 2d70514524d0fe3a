/**
 * The captions of the `/ansvar/` charts above `PER_DOCUMENT_MAX` documents (`../../lib/scale.ts`): what
 * the counts over all documents show, in one or two Swedish sentences, instead of naming every
 * municipality as the per-document captions (`findings.ts`) do.
 */
import type { ActorId } from '../../taxonomy/actors.ts';
import type { DutyKindKey } from '../../taxonomy/duties.ts';
import { ROLE_KEYS, getRole } from '../../taxonomy/roles.ts';
import { formatShare } from '../../lib/aggregate.ts';
import { actorLabel } from './actors.ts';
import type { ComparisonTotals, TotalsRow } from './comparison-totals.ts';
import { DUTY_KIND_ORDER, dutyKindLabel } from './duty-kinds.ts';
import { listSv, lowerFirst } from '../../lib/swedish.ts';
import type { NationalMatrix } from './national.ts';

/** `120 av 300 dokument (40 %)`. */
const ofAll = (count: number, total: number): string => `${count} av ${total} dokument (${formatShare(total === 0 ? 0 : count / total)})`;

/** Kinds that a document should name someone for (being informed and other duties are not gaps). */
const EXPECTED_KINDS: readonly DutyKindKey[] = DUTY_KIND_ORDER.filter((kind) => kind !== 'informed' && kind !== 'other');

/** Across all documents: the actor with duties in most documents, and the kind fewest documents assign. */
export function nationalFinding(matrix: NationalMatrix): string {
  if (matrix.total === 0) return 'Det finns inga dokument att jämföra.';
  const top = matrix.actors.map((actor, index) => ({ actor, count: matrix.actorTotals[index]?.count ?? 0 })).sort((a, b) => b.count - a.count)[0];
  if (!top || top.count === 0) return 'Inget av dokumenten anger vem som gör vad.';
  const expected = matrix.rows.filter((row) => EXPECTED_KINDS.includes(row.kind));
  const fewest = Math.min(...expected.map((row) => row.named.count));
  const least = expected.filter((row) => row.named.count === fewest).map((row) => `”${row.label}”`);
  const second =
    fewest === matrix.total
      ? 'Alla dokument anger någon för varje slags uppgift.'
      : `Av de uppgifter ett styrdokument bör fördela anges någon aktör minst ofta för ${listSv(least)}: i ${ofAll(fewest, matrix.total)}.`;
  return `${top.actor.label} har uppgifter i ${ofAll(top.count, matrix.total)}, fler än någon annan aktör. ${second}`;
}

/** A row in words: `kommunfullmäktige (102 dokument, varav 74 där den beslutar)`. */
function rowInWords(row: TotalsRow): string {
  let best = 0;
  for (let index = 1; index < ROLE_KEYS.length; index++) if ((row.roles[index]?.count ?? 0) > (row.roles[best]?.count ?? 0)) best = index;
  const role = lowerFirst(getRole(ROLE_KEYS[best]!).label);
  const inRole = row.roles[best]?.count ?? 0;
  const where = inRole === row.any.count ? `i alla där den ${role}` : `varav ${inRole} där den ${role}`;
  return `${lowerFirst(row.column.label)} (${row.any.count} dokument, ${where})`;
}

/** For one kind of duty: how many documents name anyone, and the actors that hold it most often. */
export function kindTotalsFinding(totals: ComparisonTotals, kind: DutyKindKey): string {
  const label = `”${dutyKindLabel(kind)}”`;
  if (totals.named.count === 0) return `Inget av de ${totals.total} dokumenten anger någon för ${label}.`;
  const [first, second] = totals.rows;
  const sentences = [`${ofAll(totals.named.count, totals.total)} anger vem som ansvarar för ${label}.`];
  if (first) sentences.push(`Oftast är det ${rowInWords(first)}${second ? `, därefter ${rowInWords(second)}` : ''}.`);
  return sentences.join(' ');
}

/** For one actor: in how many documents it holds duties, and its most common kinds. */
export function actorTotalsFinding(totals: ComparisonTotals, actorId: ActorId): string {
  const name = actorLabel(actorId);
  if (totals.named.count === 0) return `${name} har inga uppgifter i de ${totals.total} dokumenten.`;
  const kinds = totals.rows.filter((row) => row.column.id !== 'other').slice(0, 2);
  const common = kinds.map((row) => `”${row.column.label}” (i ${row.any.count} dokument)`);
  const first = `${name} har uppgifter i ${ofAll(totals.named.count, totals.total)}.`;
  return common.length > 0 ? `${first} Vanligast: ${listSv(common)}.` : first;
}
