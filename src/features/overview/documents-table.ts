/** The rows of the overview's table of documents: one per document, everything a reader scans for. */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { getDocumentType } from '../../taxonomy/document-types.ts';
import { countyHref } from '../../lib/counties.ts';
import { decisionSummary, type DecisionSummary } from './decision.ts';
import { issuerName } from '../../lib/issuer.ts';
import { routes } from '../../lib/routes.ts';

export interface DocumentRow {
  readonly id: string;
  readonly href: string;
  readonly municipality: string;
  readonly county: string;
  /** The county's page (`/oversikt/stockholms-lan/`; the page of `Okänd kommun` when there is no county). */
  readonly countyHref: string;
  readonly title: string;
  readonly type: string;
  readonly decision: DecisionSummary;
}

/** One row per document, in the order given (`getDocuments()` gives Swedish order of municipality). */
export function documentRows(documents: readonly PolicyDocument[]): DocumentRow[] {
  return documents.map((document) => ({
    id: document.id,
    href: routes.document(document.id),
    municipality: issuerName(document),
    county: document.county ?? 'Okänt län',
    countyHref: countyHref(document.county),
    title: document.title,
    type: document.documentType ? getDocumentType(document.documentType).label : 'Framgår inte',
    decision: decisionSummary(document),
  }));
}
