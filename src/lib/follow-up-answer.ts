/**
 * One answer to "how is the work followed up, and where is that missing?", document by document:
 * whether the document has a follow-up section of its own, where else it speaks of following up
 * (responsibility statements with the role of following up and reporting, in other sections), and
 * whom it gives the task (every actor given a duty of the follow-up kind). The overview, the
 * comparison and the `/ansvar/` page each showed one of these before; this puts them together.
 */
import { sectionName, sectionPath } from './citation.ts';
import { roleMentions, type Mention } from './category-mentions.ts';
import { issuerName } from './issuer.ts';
import { routes } from './routes.ts';
import type { PolicyDocument } from '../schema/policy-document.ts';
import { getDutyKind } from '../taxonomy/duties.ts';

const collator = new Intl.Collator('sv');

/** Where the whole answer stands: the table on the follow-up page of `/ansvar/`. */
export const FOLLOW_UP_ANSWER_HREF = routes.ansvarKind(getDutyKind('follow-up').slug, 'dokument-for-dokument');

export interface FollowUpAnswer {
  readonly documentId: string;
  readonly municipality: string;
  readonly href: string;
  /** The document's own follow-up sections. */
  readonly sections: readonly { readonly name: string; readonly href: string }[];
  /** Other sections that speak of following up. */
  readonly mentions: readonly Mention[];
  /** The actors given a follow-up duty, in Swedish order, each once. */
  readonly assignees: readonly string[];
  /** `Eget avsnitt, uppgiften ges till Kommunstyrelsen`, `Inget eget avsnitt; nämns under 4 Ansvar`, `Inte alls`. */
  readonly summary: string;
}

/** The actors a document gives a follow-up duty, in Swedish order, each once. */
export function followUpAssignees(document: Pick<PolicyDocument, 'responsibilities'>): string[] {
  return [...new Set(document.responsibilities.filter((entry) => entry.kind === 'follow-up').map((entry) => entry.actor.label))].sort(collator.compare);
}

export function followUpAnswer(document: PolicyDocument): FollowUpAnswer {
  const sections = document.sections
    .filter((section) => section.part === 'document' && section.category === 'follow-up')
    .map((section) => ({ name: sectionName(section), href: sectionPath(document, section) }));
  const mentions = sections.length > 0 ? [] : roleMentions(document, 'follow-up');
  const assignees = followUpAssignees(document);
  const where =
    sections.length > 0
      ? 'Eget avsnitt'
      : mentions.length > 0
        ? `Inget eget avsnitt; nämns under ${mentions.map((mention) => `”${mention.sectionName}”`).join(', ')}`
        : 'Inget avsnitt och inget omnämnande';
  const who = assignees.length > 0 ? `uppgiften ges till ${assignees.join(', ')}` : 'ingen ges uppgiften';
  return {
    documentId: document.id,
    municipality: issuerName(document),
    href: routes.document(document.id),
    sections,
    mentions,
    assignees,
    summary: `${where}; ${who}.`,
  };
}
