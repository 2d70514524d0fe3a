/**
 * The subject of a comparison page under `/ansvar/`: a kind of duty (`/ansvar/vanorter/`) or an
 * actor (`/ansvar/aktor/kommunstyrelsen/`). Everything those pages and their county pages
 * (`…/<län>/`, above `PER_DOCUMENT_MAX` documents) show about it, computed once here.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { getActor, type ActorId } from '../../taxonomy/actors.ts';
import { getDutyKind, type DutyKindKey } from '../../taxonomy/duties.ts';
import { actorLabel, actorPath, actorSlug } from './actors.ts';
import { lowerFirst } from '../../lib/swedish.ts';
import { compareByActor, compareByKind, type Comparison } from './comparison.ts';
import { comparisonTotals, type ComparisonTotals } from './comparison-totals.ts';
import { DUTY_KIND_SLUGS, dutyKindLabel, dutyKindPath } from './duty-kinds.ts';
import { actorFinding, kindFinding } from './chart-findings.ts';
import { actorTotalsFinding, kindTotalsFinding } from './scale-findings.ts';

export type AnsvarSubject = { readonly type: 'kind'; readonly kind: DutyKindKey } | { readonly type: 'actor'; readonly actorId: ActorId };

/** The subject's segment of its page's path (`vanorter`, `kommunstyrelsen`). */
export const subjectSlug = (subject: AnsvarSubject): string => (subject.type === 'kind' ? DUTY_KIND_SLUGS[subject.kind] : actorSlug(subject.actorId));

/** What a comparison page says about its subject. */
export interface SubjectText {
  readonly label: string;
  /** The subject's page (`/ansvar/vanorter/`); its county pages lie below it. */
  readonly path: string;
  /** The page's lead: the taxonomy's description. */
  readonly description: string;
  /** The page's `<title>` and heading, given where (`''` or ` i Stockholms län`). */
  readonly title: (where: string) => string;
  readonly heading: (where: string) => string;
  /** For the meta description. */
  readonly metaDescription: string;
  /** What to say where a document has no sentence on the subject. */
  readonly none: string;
}

export function subjectText(subject: AnsvarSubject): SubjectText {
  if (subject.type === 'kind') {
    const label = dutyKindLabel(subject.kind);
    return {
      label,
      path: dutyKindPath(subject.kind),
      description: getDutyKind(subject.kind).description,
      title: (where) => `${label}${where}: vem gör vad`,
      heading: (where) => `${label}${where}: vem gör vad?`,
      metaDescription: `Vem som ansvarar för ${label.toLowerCase()} i kommunernas styrdokument för internationellt arbete.`,
      none: `Dokumentet säger inte vem som ansvarar för ${lowerFirst(label)}.`,
    };
  }
  const label = actorLabel(subject.actorId);
  return {
    label,
    path: actorPath(subject.actorId),
    description: getActor(subject.actorId).description,
    title: (where) => `${label}: uppgifter i kommunerna${where}`,
    heading: (where) => `${label}: uppgifter i kommunerna${where}`,
    metaDescription: `Vilka uppgifter ${label.toLowerCase()} har i kommunernas styrdokument för internationellt arbete.`,
    none: `Dokumentet ger inte ${lowerFirst(label)} några uppgifter.`,
  };
}

/** The per-document comparison and its caption. */
export interface SubjectComparison {
  readonly comparison: Comparison;
  readonly finding: string;
  /** Columns are actors (a kind's page) or kinds (an actor's page). */
  readonly columnsAreActors: boolean;
}

/** Up to this many documents a caption names them; above it (a large county) it counts them. */
export const NAMED_IN_CAPTION_MAX = 6;

export function subjectComparison(documents: readonly PolicyDocument[], subject: AnsvarSubject): SubjectComparison {
  const counted = documents.length > NAMED_IN_CAPTION_MAX;
  if (subject.type === 'kind') {
    const comparison = compareByKind(documents, subject.kind);
    const finding = counted ? kindTotalsFinding(comparisonTotals(comparison), subject.kind) : kindFinding(comparison, subject.kind);
    return { comparison, finding, columnsAreActors: true };
  }
  const comparison = compareByActor(documents, subject.actorId);
  const finding = counted ? actorTotalsFinding(comparisonTotals(comparison), subject.actorId) : actorFinding(comparison, subject.actorId);
  return { comparison, finding, columnsAreActors: false };
}

/** The comparison summed over every document, with its caption and the table's labels. */
export interface SubjectTotals {
  readonly totals: ComparisonTotals;
  readonly finding: string;
  readonly caption: string;
  readonly rowHeader: string;
}

export function subjectTotals(documents: readonly PolicyDocument[], subject: AnsvarSubject): SubjectTotals {
  const { comparison } = subjectComparison(documents, subject);
  const totals = comparisonTotals(comparison);
  if (subject.type === 'kind') {
    return {
      totals,
      finding: kindTotalsFinding(totals, subject.kind),
      caption: `${dutyKindLabel(subject.kind)}: i hur många av de ${totals.total} dokumenten varje aktör har uppgiften, roll för roll`,
      rowHeader: 'Aktör',
    };
  }
  return {
    totals,
    finding: actorTotalsFinding(totals, subject.actorId),
    caption: `${actorLabel(subject.actorId)}: i hur många av de ${totals.total} dokumenten den har varje slags uppgift, roll för roll`,
    rowHeader: 'Uppgift',
  };
}
