/** The column headers of the comparison: which document, what kind, decided when. */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { getDocumentType } from '../../taxonomy/document-types.ts';
import type { CatalogEntry } from './catalog.ts';
import { catalogEntry } from './catalog-entry.ts';
import { issuerName } from '../../lib/issuer.ts';
import { routes } from '../../lib/routes.ts';
import { documentAge, OLD_AFTER_YEARS, type DocumentAge } from '../../lib/document-age.ts';

export interface CompareColumn {
  /** The document id, also its `?d=` key. */
  id: string;
  /** `Hylte`, or `Okänd kommun`. */
  municipality: string;
  title: string;
  /** `Riktlinje`, or `Dokumenttyp framgår inte`. */
  typeLabel: string;
  /** `Beslutad 2020 av Kommunfullmäktige`, `Beslutsdatum saknas`, … */
  decision: string;
  /** The document's own page. */
  href: string;
  /**
   * The document's year where the decision does not show it, or its age when it is old
   * (`Äldre än 8 år: från 2001, 25 år sedan (enligt diarienumret Dnr 2001/152)`); else null.
   */
  ageNote: string | null;
  /** Older than `OLD_AFTER_YEARS`. */
  old: boolean;
}

/** A column as the table shows it: with the label lists and messages use, and the picker's entry. */
export interface LabelledColumn extends CompareColumn {
  /** The municipality, with the year when it has several documents (labels.ts). */
  label: string;
  /** What the picker lists about the document (carried by the header's `data-*` attributes). */
  entry: CatalogEntry;
}

/** The header of one document's column. */
export function compareColumn(document: PolicyDocument): CompareColumn {
  const age = documentAge(document);
  return {
    id: document.id,
    municipality: issuerName(document),
    title: document.title,
    typeLabel: document.documentType ? getDocumentType(document.documentType).label : 'Dokumenttyp framgår inte',
    decision: decision(document.adopted),
    href: routes.document(document.id),
    ageNote: ageNote(age),
    old: age?.old ?? false,
  };
}

/** The column of `document` with its label (the municipality when not given). */
export function labelledColumn(document: PolicyDocument, label?: string): LabelledColumn {
  const column = compareColumn(document);
  const entry = catalogEntry(document, label ?? column.municipality);
  return { ...column, label: entry.label, entry };
}

function ageNote(age: DocumentAge | null): string | null {
  if (!age) return null;
  if (age.old) return `Äldre än ${OLD_AFTER_YEARS} år: ${age.text.charAt(0).toLowerCase()}${age.text.slice(1)}`;
  return age.basis === 'case-number' ? age.text : null;
}

function decision(adopted: PolicyDocument['adopted']): string {
  const year = adopted.date?.slice(0, 4) ?? null;
  const by = adopted.by ? ` av ${adopted.by}` : '';
  if (year) return `Beslutad ${year}${by}`;
  if (adopted.text) return `Beslut: ”${adopted.text}”`;
  if (by) return `Beslutad${by}, år framgår inte`;
  return 'Beslutsdatum saknas';
}
