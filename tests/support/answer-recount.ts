/**
 * The overview's answer cards recounted from the published data alone (`/data/documents.json`), not
 * from the view models the cards are computed with: per actor, in how many documents a document's own
 * sections give it a kind of duty (in one role, or any), and how many documents give it to anyone.
 */
import type { PolicyDocument } from '../../src/schema/policy-document.ts';

export interface Recount {
  /** Actor label → documents. */
  readonly perActor: ReadonlyMap<string, number>;
  /** Documents that give the duty to anyone. */
  readonly named: number;
  readonly total: number;
}

export function recountDuty(documents: readonly PolicyDocument[], kind: string, role: string | null): Recount {
  const perActor = new Map<string, number>();
  let named = 0;
  for (const document of documents) {
    const own = new Set(document.sections.filter((section) => section.part === 'document').map((section) => section.id));
    const actors = new Set(
      document.responsibilities
        .filter((entry) => entry.kind === kind && (role === null || entry.role === role) && own.has(entry.sectionId))
        .map((entry) => entry.actor.label),
    );
    for (const actor of actors) perActor.set(actor, (perActor.get(actor) ?? 0) + 1);
    if (actors.size > 0) named += 1;
  }
  return { perActor, named, total: documents.length };
}

/** What a card must say, as a reader reads it: `<most frequent actor> i <N> av <total> dokument`, and how many say nobody. */
export function expectedCardFacts(recount: Recount): { leaders: string[]; lead: string | null; gap: string } {
  const most = Math.max(0, ...recount.perActor.values());
  const leaders = [...recount.perActor].filter(([, count]) => count === most && most > 0).map(([actor]) => actor);
  const missing = recount.total - recount.named;
  return {
    leaders,
    lead: most > 0 ? ` i ${most} av ${recount.total} dokument` : null,
    gap: missing > 0 && recount.named > 0 ? `${missing} av ${recount.total} dokument säger inte vem.` : '',
  };
}
