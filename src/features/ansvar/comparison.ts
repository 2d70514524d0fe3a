/**
 * Across municipalities: for one kind of duty, which actors hold it in each document; for one
 * actor, which kinds of duty it holds in each document. Both are a matrix of documents (rows) ×
 * actors or kinds (columns), each cell the roles, with the sentences per document.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import type { ActorId } from '../../taxonomy/actors.ts';
import type { DutyKindKey } from '../../taxonomy/duties.ts';
import type { RoleKey } from '../../taxonomy/roles.ts';
import { actorLabel, actorPath } from './actors.ts';
import { documentColumns, type DocumentColumn } from '../../lib/document-columns.ts';
import { DUTY_KIND_ORDER, dutyKindLabel, dutyKindPath } from './duty-kinds.ts';
import { actorsIn, ansvarEntries, rolesIn, statementsOf, type AnsvarEntry, type Statement } from './entries.ts';

export interface ComparisonColumn {
  readonly id: string;
  readonly label: string;
  readonly href: string;
}

export interface ComparisonRow {
  readonly document: DocumentColumn;
  /** The roles per column (empty: none). */
  readonly cells: readonly (readonly RoleKey[])[];
  /** The anchor of this document's sentences on the page. */
  readonly anchor: string;
  readonly statements: readonly Statement[];
  /** The entries behind the row, for findings. */
  readonly entries: readonly AnsvarEntry[];
}

export interface Comparison {
  readonly columns: readonly ComparisonColumn[];
  readonly rows: readonly ComparisonRow[];
}

/** The anchor of one document's sentences on a comparison page. */
export const documentAnchor = (documentId: string): string => `kalla-${documentId}`;

function compare<K extends string>(
  documents: readonly PolicyDocument[],
  select: (entry: AnsvarEntry) => boolean,
  keys: readonly K[],
  keyOf: (entry: AnsvarEntry) => K,
  column: (key: K) => ComparisonColumn,
): Comparison {
  const perDocument = documents.map((document) => ansvarEntries(document).filter(select));
  const columns = keys.map(column);
  const rows = documentColumns(documents).map((document, index): ComparisonRow => {
    const entries = perDocument[index] ?? [];
    return {
      document,
      cells: keys.map((key) => rolesIn(entries.filter((entry) => keyOf(entry) === key))),
      anchor: documentAnchor(document.id),
      statements: statementsOf(entries),
      entries,
    };
  });
  return { columns, rows };
}

/** For one kind of duty: documents × the actors that hold it anywhere (from fullmäktige downwards). */
export function compareByKind(documents: readonly PolicyDocument[], kind: DutyKindKey): Comparison {
  const actors = actorsIn(documents.flatMap((document) => ansvarEntries(document)).filter((entry) => entry.kind === kind));
  return compare(
    documents,
    (entry) => entry.kind === kind,
    actors,
    (entry) => entry.actorId,
    (actorId: ActorId) => ({ id: actorId, label: actorLabel(actorId), href: actorPath(actorId) }),
  );
}

/** For one actor: documents × every kind of duty. */
export function compareByActor(documents: readonly PolicyDocument[], actorId: ActorId): Comparison {
  return compare(
    documents,
    (entry) => entry.actorId === actorId,
    DUTY_KIND_ORDER,
    (entry) => entry.kind,
    (kind: DutyKindKey) => ({ id: kind, label: dutyKindLabel(kind), href: dutyKindPath(kind) }),
  );
}

/** The actors that hold at least one responsibility in `documents`, from fullmäktige downwards. */
export function actorsWithDuties(documents: readonly PolicyDocument[]): ActorId[] {
  return actorsIn(documents.flatMap((document) => ansvarEntries(document)));
}
