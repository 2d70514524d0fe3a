/** Documents as the columns (or rows) of the `/ansvar/` and `/teman/` charts. */
import type { PolicyDocument } from '../../schema/policy-document.ts';

export interface DocumentColumn {
  /** The document's id (its slug), used in anchors, `?d=` and `data-kommun`. */
  readonly id: string;
  /** The municipality, or the title when the municipality is unknown; a year is added where one municipality has several documents. */
  readonly label: string;
  /** The document's page. */
  readonly href: string;
}

/** One column per document, in the order given (`getDocuments()` sorts by municipality). */
export function documentColumns(documents: readonly PolicyDocument[]): DocumentColumn[] {
  const names = documents.map((document) => document.municipality ?? document.title);
  return documents.map((document, index) => {
    const name = names[index] ?? document.id;
    const shared = names.filter((other) => other === name).length > 1;
    const year = document.adopted.date?.slice(0, 4);
    return { id: document.id, label: shared ? `${name} (${year ?? document.id})` : name, href: `/dokument/${document.id}/` };
  });
}
