/**
 * What each `/ansvar/` chart shows, in one or two Swedish sentences computed from its data: the
 * charts' captions state their finding rather than describe their axes.
 */
import type { ActorId } from '../../taxonomy/actors.ts';
import type { DutyKindKey } from '../../taxonomy/duties.ts';
import { ROLE_KEYS, getRole } from '../../taxonomy/roles.ts';
import { listSv, lowerFirst } from '../../lib/swedish.ts';
import type { ActorRoleMatrix } from './actor-role-matrix.ts';
import { actorLabel } from './actors.ts';
import type { Comparison } from './comparison.ts';
import { DUTY_KIND_ORDER, dutyKindLabel } from './duty-kinds.ts';
import type { DutyMatrix } from './duty-matrix.ts';

/** `i alla 5 dokumenten`, `i 3 av 5 dokument`, `i 1 av 5 dokument`. */
function inDocuments(count: number, total: number): string {
  if (count === total) return total === 1 ? 'i dokumentet' : `i alla ${total} dokumenten`;
  return `i ${count} av ${total} dokument`;
}

const roleLabel = (role: (typeof ROLE_KEYS)[number]): string => lowerFirst(getRole(role).label);

/** Kinds that a document should name someone for (being informed and other duties are not gaps). */
const EXPECTED_KINDS = DUTY_KIND_ORDER.filter((kind) => kind !== 'informed' && kind !== 'other');

/** Vem gör vad: the actor present in most documents, and the kinds that fewest documents assign. */
export function dutyMatrixFinding(matrix: DutyMatrix): string {
  const total = matrix.columns.length;
  if (total === 0) return 'Det finns inga dokument att jämföra.';
  const cells = matrix.cells.flat();
  const presence = new Map<ActorId, { documents: Set<string>; cells: number }>();
  for (const cell of cells) {
    for (const { actorId } of cell.actors) {
      const seen = presence.get(actorId) ?? { documents: new Set<string>(), cells: 0 };
      seen.documents.add(cell.documentId);
      seen.cells += 1;
      presence.set(actorId, seen);
    }
  }
  const ranked = [...presence].sort(([, a], [, b]) => b.documents.size - a.documents.size || b.cells - a.cells);
  const top = ranked[0];
  if (!top) return 'Inget av dokumenten anger vem som gör vad.';
  const [actorId, seen] = top;
  const first = `${actorLabel(actorId)} har uppgifter ${inDocuments(seen.documents.size, total)} och finns i flest rutor (${seen.cells}).`;
  const coverage = EXPECTED_KINDS.map((kind) => {
    const row = matrix.cells[matrix.rows.findIndex((candidate) => candidate.kind === kind)] ?? [];
    return { kind, count: row.filter((cell) => cell.actors.length > 0).length };
  });
  const fewest = Math.min(...coverage.map((entry) => entry.count));
  const least = coverage.filter((entry) => entry.count === fewest).map((entry) => `”${dutyKindLabel(entry.kind)}”`);
  const second =
    fewest === total
      ? 'Alla dokument anger någon för varje slags uppgift.'
      : `Av de uppgifter ett styrdokument bör fördela anges någon aktör minst ofta för ${listSv(least)} (${fewest} av ${total}).`;
  return `${first} ${second}`;
}

/** For one kind: who holds it in which documents, role by role, and which documents name no one. */
export function kindFinding(comparison: Comparison, kind: DutyKindKey): string {
  const sentences: string[] = [];
  for (const role of ROLE_KEYS) {
    const byActor = comparison.columns
      .map((column, index) => ({
        label: lowerFirst(column.label),
        documents: comparison.rows.filter((row) => row.cells[index]?.includes(role)).map((row) => row.document.label),
      }))
      .filter((entry) => entry.documents.length > 0);
    if (byActor.length > 0) sentences.push(`${getRole(role).label}: ${byActor.map((entry) => `${entry.label} i ${listSv(entry.documents)}`).join('; ')}.`);
  }
  const none = comparison.rows.filter((row) => row.entries.length === 0).map((row) => row.document.label);
  if (sentences.length === 0) return `Inget av dokumenten anger någon för ”${dutyKindLabel(kind)}”.`;
  if (none.length > 0) sentences.push(`Anger ingen aktör: ${listSv(none)}.`);
  return sentences.join(' ');
}

/** For one actor: in how many documents it holds duties, and its most common kinds. */
export function actorFinding(comparison: Comparison, actorId: ActorId): string {
  const total = comparison.rows.length;
  const present = comparison.rows.filter((row) => row.entries.length > 0).length;
  if (present === 0) return `${actorLabel(actorId)} har inga uppgifter i dokumenten.`;
  const kinds = comparison.columns
    .map((column, index) => ({ id: column.id, label: `”${column.label}”`, count: comparison.rows.filter((row) => (row.cells[index]?.length ?? 0) > 0).length }))
    .filter((entry) => entry.count > 0 && entry.id !== 'other')
    .sort((a, b) => b.count - a.count);
  const most = kinds[0]?.count ?? 0;
  const common = kinds.filter((entry) => entry.count === most).map((entry) => entry.label);
  const first = `${actorLabel(actorId)} har uppgifter ${inDocuments(present, total)}.`;
  return common.length > 0 ? `${first} Vanligast: ${listSv(common)} (${inDocuments(most, total)}).` : first;
}

/** For one document: how many duties on how many actors, and who holds most, in which role. */
export function actorRoleFinding(matrix: ActorRoleMatrix): string {
  const name = matrix.document.label;
  if (matrix.total === 0) return `${name}: dokumentet anger inte vem som gör vad.`;
  const top = [...matrix.rows].sort((a, b) => b.total - a.total)[0]!;
  const best = Math.max(...top.counts);
  const role = matrix.roles[top.counts.indexOf(best)]!;
  const holder = lowerFirst(actorLabel(top.actorId));
  if (matrix.total === 1) return `${name}: 1 uppgift, hos ${holder} (${roleLabel(role)}).`;
  if (matrix.rows.length === 1) return `${name}: ${matrix.total} uppgifter, alla hos ${holder}, oftast i rollen ${roleLabel(role)} (${best}).`;
  return `${name}: ${matrix.total} uppgifter fördelade på ${matrix.rows.length} aktörer. Flest har ${holder} (${top.total}), oftast i rollen ${roleLabel(role)} (${best}).`;
}
