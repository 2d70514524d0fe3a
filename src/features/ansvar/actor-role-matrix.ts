/**
 * One document's spread of duties: its actors (rows, from fullmäktige downwards) × roles (columns),
 * each cell the number of responsibilities the actor holds in that role.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import type { ActorId } from '../../taxonomy/actors.ts';
import { ROLE_KEYS, type RoleKey } from '../../taxonomy/roles.ts';
import { documentColumns, type DocumentColumn } from '../../lib/document-columns.ts';
import { actorsIn, ansvarEntries } from './entries.ts';

export interface ActorRoleRow {
  readonly actorId: ActorId;
  /** Responsibilities per role, in `ROLE_KEYS` order. */
  readonly counts: readonly number[];
  readonly total: number;
}

export interface ActorRoleMatrix {
  readonly document: DocumentColumn;
  readonly roles: readonly RoleKey[];
  readonly rows: readonly ActorRoleRow[];
  /** Responsibilities in the document's own sections. */
  readonly total: number;
}

/** The actor × role matrix of each document, in the order given. */
export function actorRoleMatrices(documents: readonly PolicyDocument[]): ActorRoleMatrix[] {
  const columns = documentColumns(documents);
  return documents.map((document, index) => {
    const entries = ansvarEntries(document);
    const rows = actorsIn(entries).map((actorId) => {
      const counts = ROLE_KEYS.map((role) => entries.filter((entry) => entry.actorId === actorId && entry.role === role).length);
      return { actorId, counts, total: counts.reduce((sum, count) => sum + count, 0) };
    });
    return { document: columns[index]!, roles: ROLE_KEYS, rows, total: entries.length };
  });
}
