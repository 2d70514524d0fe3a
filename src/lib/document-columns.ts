/** Documents as the columns (or rows) of the `/ansvar/` and `/teman/` charts. */
import type { PolicyDocument } from '../schema/policy-document.ts';
import { columnLabels } from './document-labels.ts';
import { routes } from './routes.ts';

export interface DocumentColumn {
  /** The document's id (its slug), used in anchors, `?d=` and `data-kommun`. */
  readonly id: string;
  /** The municipality, told apart as the comparison tells them apart (`compare/labels.ts`): `Botkyrka 2025`. */
  readonly label: string;
  /** The document's page. */
  readonly href: string;
  /** The municipality, `null` when unknown. */
  readonly municipality: string | null;
}

/** One column per document, in the order given (`getDocuments()` sorts by municipality). */
export function documentColumns(documents: readonly PolicyDocument[]): DocumentColumn[] {
  const labels = columnLabels(documents);
  return documents.map((document) => ({
    id: document.id,
    label: labels.get(document.id) ?? document.id,
    href: routes.document(document.id),
    municipality: document.municipality,
  }));
}
