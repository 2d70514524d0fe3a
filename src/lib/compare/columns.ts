/** The column headers of the comparison: which document, what kind, decided when. */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { getDocumentType } from '../../taxonomy/document-types.ts';

export interface CompareColumn {
  /** The document id, also its `?d=` key. */
  id: string;
  /** `Hylte`, or `Okänd kommun`. */
  municipality: string;
  title: string;
  /** `Riktlinje`, or `Dokumenttyp framgår inte`. */
  typeLabel: string;
  /** `Beslutad 2020 av Kommunfullmäktige`, `Beslutsår framgår inte`, … */
  decision: string;
  /** The document's own page. */
  href: string;
}

/** The header of one document's column. */
export function compareColumn(document: PolicyDocument): CompareColumn {
  return {
    id: document.id,
    municipality: document.municipality ?? 'Okänd kommun',
    title: document.title,
    typeLabel: document.documentType ? getDocumentType(document.documentType).label : 'Dokumenttyp framgår inte',
    decision: decision(document.adopted),
    href: `/dokument/${document.id}/`,
  };
}

function decision(adopted: PolicyDocument['adopted']): string {
  const year = adopted.date?.slice(0, 4) ?? null;
  const by = adopted.by ? ` av ${adopted.by}` : '';
  if (year) return `Beslutad ${year}${by}`;
  if (adopted.text) return `Beslut: ”${adopted.text}”`;
  if (by) return `Beslutad${by}, år framgår inte`;
  return 'Beslutsår framgår inte';
}
