/**
 * The facts of a document for its metadata panel: what it is, who decided it, what it replaces and
 * covers, and where its text came from, each as the document writes it.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { getDocumentType } from '../../taxonomy/document-types.ts';
import { issuerPlace } from '../../lib/issuer.ts';

export interface MetadataRow {
  readonly label: string;
  /** One value, or several (reference numbers) to show as a list. */
  readonly values: readonly string[];
}

export interface HeaderFieldRow {
  readonly label: string;
  /** The value as written; empty when the document left the field blank. */
  readonly value: string;
  readonly line: number;
}

/** `Eksjö kommun, Jönköpings län`; a region as it calls itself (`Xs läns landsting`). */
export function placeName(document: Pick<PolicyDocument, 'municipality' | 'county'> & Partial<Pick<PolicyDocument, 'issuer'>>): string {
  const place = issuerPlace(document);
  return document.county ? `${place}, ${document.county}` : place;
}

/** The document's type as a label (`Riktlinje`), or `Framgår inte`. */
export function documentTypeLabel(document: Pick<PolicyDocument, 'documentType'>): string {
  return document.documentType ? getDocumentType(document.documentType).label : 'Framgår inte';
}

/**
 * The rows of the metadata panel after the decision: reference numbers, what the document replaces,
 * whom it applies to, who owns it and until when it is valid. Rows the document does not state are
 * left out (the header fields show every field as written, blank ones too).
 */
export function metadataRows(document: Pick<PolicyDocument, 'metadata'>): MetadataRow[] {
  const { metadata } = document;
  const rows: MetadataRow[] = [
    { label: 'Diarienummer och paragrafer', values: metadata.referenceNumbers },
    { label: 'Ersätter', values: metadata.replaces ? [metadata.replaces] : [] },
    { label: 'Gäller för', values: metadata.scope ? [metadata.scope] : [] },
    { label: 'Dokumentansvarig', values: metadata.owner ? [metadata.owner] : [] },
    { label: 'Gäller till', values: metadata.validUntil ? [metadata.validUntil] : [] },
  ];
  return rows.filter((row) => row.values.length > 0);
}

/** Every header field, label and value as written, with its source line, in source order. */
export function headerFieldRows(document: Pick<PolicyDocument, 'metadata'>): HeaderFieldRow[] {
  return [...document.metadata.fields].sort((a, b) => a.line - b.line).map((field) => ({ label: field.label, value: field.value.trim(), line: field.line }));
}

/** The file name without its folder (`004_daacd0b19ca4641f.txt`); `source.file` separates folders with `/` only. */
export function sourceFileName(document: Pick<PolicyDocument, 'source'>): string {
  return document.source.file.split('/').at(-1) ?? document.source.file;
}
