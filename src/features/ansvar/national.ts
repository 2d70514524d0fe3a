/**
 * Vem gör vad in all documents at once, for `/ansvar/` above `PER_DOCUMENT_MAX` documents
 * (`../../lib/scale.ts`): kinds of duty (rows) × actors (columns), each cell the number and share of
 * documents in which the actor holds that kind of duty, in any role. Counted from the same entries
 * as the per-municipality chart (`entries.ts`), so both designs agree.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import type { ActorId } from '../../taxonomy/actors.ts';
import type { DutyKindKey } from '../../taxonomy/duties.ts';
import { actorLabel, actorPath } from './actors.ts';
import type { ComparisonColumn } from './comparison.ts';
import { DUTY_KIND_ORDER, dutyKindLabel, dutyKindPath } from './duty-kinds.ts';
import { actorsIn, ansvarEntries } from './entries.ts';

/** A count of documents out of all of them. */
export interface DocumentShare {
  readonly count: number;
  readonly total: number;
  /** `count / total`, 0 when there are no documents. */
  readonly share: number;
}

export interface NationalRow {
  readonly kind: DutyKindKey;
  readonly label: string;
  /** The kind's comparison page. */
  readonly href: string;
  /** Documents that name anyone for the kind. */
  readonly named: DocumentShare;
  /** Per actor, in `NationalMatrix.actors` order. */
  readonly cells: readonly DocumentShare[];
}

export interface NationalMatrix {
  /** Every document. */
  readonly total: number;
  /** Actors that hold any duty in any document, from fullmäktige downwards; `id` is the `ActorId`. */
  readonly actors: readonly (ComparisonColumn & { readonly id: ActorId })[];
  /** Per actor, the documents in which it holds any duty at all. */
  readonly actorTotals: readonly DocumentShare[];
  /** Every kind of duty, `other` last. */
  readonly rows: readonly NationalRow[];
}

export const documentShare = (count: number, total: number): DocumentShare => ({ count, total, share: total === 0 ? 0 : count / total });

/** The national matrix of `documents`. */
export function nationalDutyMatrix(documents: readonly PolicyDocument[]): NationalMatrix {
  const total = documents.length;
  const perDocument = documents.map((document) => ansvarEntries(document));
  const actorIds = actorsIn(perDocument.flat());
  /** `holds[kind][actor]`: documents; `any[actor]`: documents; `named[kind]`: documents. */
  const holds = new Map<string, number>();
  const any = new Map<ActorId, number>();
  const named = new Map<DutyKindKey, number>();
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const entries of perDocument) {
    for (const pair of new Set(entries.map((entry) => `${entry.kind}\u0000${entry.actorId}`))) bump(holds, pair);
    for (const actorId of new Set(entries.map((entry) => entry.actorId))) bump(any, actorId);
    for (const kind of new Set(entries.map((entry) => entry.kind))) bump(named, kind);
  }
  return {
    total,
    actors: actorIds.map((id) => ({ id, label: actorLabel(id), href: actorPath(id) })),
    actorTotals: actorIds.map((id) => documentShare(any.get(id) ?? 0, total)),
    rows: DUTY_KIND_ORDER.map((kind) => ({
      kind,
      label: dutyKindLabel(kind),
      href: dutyKindPath(kind),
      named: documentShare(named.get(kind) ?? 0, total),
      cells: actorIds.map((actorId) => documentShare(holds.get(`${kind}\u0000${actorId}`) ?? 0, total)),
    })),
  };
}
