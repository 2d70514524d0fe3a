/**
 * "Vem gör vad": kinds of duty (rows) × documents (columns); each cell names the actors that hold
 * the duty in that document, with their roles, and the sentences that say so.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import type { ActorId } from '../../taxonomy/actors.ts';
import type { DutyKindKey } from '../../taxonomy/duties.ts';
import type { RoleKey } from '../../taxonomy/roles.ts';
import { documentColumns, type DocumentColumn } from '../../lib/document-columns.ts';
import { DUTY_KIND_ORDER, cellAnchor, dutyKindLabel, dutyKindPath } from './duty-kinds.ts';
import { actorsIn, ansvarEntries, rolesIn, statementsOf, type AnsvarEntry, type Statement } from './entries.ts';

export interface ActorRoles {
  readonly actorId: ActorId;
  /** In `ROLES` order. */
  readonly roles: readonly RoleKey[];
}

export interface DutyCell {
  readonly kind: DutyKindKey;
  readonly documentId: string;
  /** The id of the sentence group this cell links to. */
  readonly anchor: string;
  /** From fullmäktige downwards. */
  readonly actors: readonly ActorRoles[];
  readonly statements: readonly Statement[];
}

export interface DutyRow {
  readonly kind: DutyKindKey;
  readonly label: string;
  /** The kind's comparison page. */
  readonly href: string;
}

export interface DutyMatrix {
  readonly rows: readonly DutyRow[];
  readonly columns: readonly DocumentColumn[];
  /** `cells[row][column]`. */
  readonly cells: readonly (readonly DutyCell[])[];
  /** How many responsibilities each document contributes (by document id). */
  readonly counts: Readonly<Record<string, number>>;
}

/** The actors of `entries` with their roles. */
export function actorRoles(entries: readonly AnsvarEntry[]): ActorRoles[] {
  return actorsIn(entries).map((actorId) => ({ actorId, roles: rolesIn(entries.filter((entry) => entry.actorId === actorId)) }));
}

/** The Vem-gör-vad matrix of `documents`: every kind of duty, `other` last, in every document's column. */
export function dutyMatrix(documents: readonly PolicyDocument[]): DutyMatrix {
  const columns = documentColumns(documents);
  const entries = new Map(documents.map((document) => [document.id, ansvarEntries(document)]));
  const rows = DUTY_KIND_ORDER.map((kind) => ({ kind, label: dutyKindLabel(kind), href: dutyKindPath(kind) }));
  const cells = rows.map(({ kind }) =>
    columns.map((column): DutyCell => {
      const here = (entries.get(column.id) ?? []).filter((entry) => entry.kind === kind);
      return { kind, documentId: column.id, anchor: cellAnchor(kind, column.id), actors: actorRoles(here), statements: statementsOf(here) };
    }),
  );
  const counts = Object.fromEntries(columns.map((column) => [column.id, entries.get(column.id)?.length ?? 0]));
  return { rows, columns, cells, counts };
}
