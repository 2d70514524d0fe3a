/** A document's entry in the comparison's catalogue (catalog.ts), built at build time. */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { getDocumentType } from '../../taxonomy/document-types.ts';
import type { CatalogEntry } from './catalog.ts';
import { issuerName } from '../../lib/issuer.ts';

/** The catalogue entry of a document, with its column label. */
export function catalogEntry(document: PolicyDocument, label: string): CatalogEntry {
  const year = document.adopted.date ? Number(document.adopted.date.slice(0, 4)) : null;
  return {
    id: document.id,
    label,
    municipality: issuerName(document),
    county: document.county,
    title: document.title,
    type: document.documentType ? getDocumentType(document.documentType).label : null,
    year,
    words: ownWords(document),
  };
}

/** Words in the document's own sections, headings included (a cover letter before it is not counted). */
export function ownWords(document: PolicyDocument): number {
  return document.sections
    .filter((section) => section.part === 'document')
    .reduce((sum, section) => sum + countWords(section.heading ?? '') + countWords(section.text), 0);
}

const countWords = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
