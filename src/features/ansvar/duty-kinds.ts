/**
 * Kinds of duty as the `/ansvar/` pages show them: a Swedish URL slug for each kind's comparison
 * page (`/ansvar/vanorter/`), and the anchors of the sentence groups the chart cells link to.
 */
import { DUTY_KINDS, getDutyKind, type DutyKindKey } from '../../taxonomy/duties.ts';
import { routes } from '../../lib/routes.ts';

/** Each kind's slug, from the taxonomy. */
export const DUTY_KIND_SLUGS: Readonly<Record<DutyKindKey, string>> = Object.fromEntries(DUTY_KINDS.map((kind) => [kind.key, kind.slug])) as Record<
  DutyKindKey,
  string
>;

/** Every kind in display order (`DUTY_KINDS`), `other` last. */
export const DUTY_KIND_ORDER: readonly DutyKindKey[] = DUTY_KINDS.map((kind) => kind.key);

/** The path of a kind's comparison page. */
export const dutyKindPath = (kind: DutyKindKey): string => routes.ansvarKind(DUTY_KIND_SLUGS[kind]);

/** The kind whose slug this is, or `undefined`. */
export function dutyKindBySlug(slug: string): DutyKindKey | undefined {
  return DUTY_KIND_ORDER.find((kind) => DUTY_KIND_SLUGS[kind] === slug);
}

/** The Swedish label of a kind. */
export const dutyKindLabel = (kind: DutyKindKey): string => getDutyKind(kind).label;

/** The anchor of the sentences behind one cell of the Vem-gör-vad chart (`kalla-vanorter-hylte`). */
export const cellAnchor = (kind: DutyKindKey, documentId: string): string => `kalla-${DUTY_KIND_SLUGS[kind]}-${documentId}`;
