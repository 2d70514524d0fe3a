/**
 * Who a document is from, as a reader names it: its municipality, or the region or county council
 * that issued it (never filed under a municipality), or that it is not known.
 */
import type { PolicyDocument } from '../schema/policy-document.ts';

/** What the site calls a document whose issuer the text does not name. */
export const UNKNOWN_ISSUER = 'Okänd kommun';

type Issued = Pick<PolicyDocument, 'municipality'> & Partial<Pick<PolicyDocument, 'issuer'>>;

/** `X`, `Xs läns landsting`, or `Okänd kommun`. */
export function issuerName(document: Issued): string {
  if (document.municipality) return document.municipality;
  if (document.issuer?.kind === 'region' && document.issuer.name) return document.issuer.name;
  return UNKNOWN_ISSUER;
}

/** The issuer's name where the text gives one, else the document's title (to tell unknown issuers apart in a list). */
export function issuerOrTitle(document: Issued & Pick<PolicyDocument, 'title'>): string {
  const name = issuerName(document);
  return name === UNKNOWN_ISSUER ? document.title : name;
}

/** `X kommun`, `Xs läns landsting`, or `Okänd kommun`. */
export function issuerPlace(document: Issued): string {
  return document.municipality ? `${document.municipality} kommun` : issuerName(document);
}
