/**
 * When a page stops drawing one row or column per document. Up to `PER_DOCUMENT_MAX` documents
 * the overview (`/`), `/om/`, Vem gör vad (`/ansvar/` and its pages per duty and per actor) and
 * Teman (`/teman/`) show every document. Above it they aggregate — counts across all documents —
 * and split the per-document charts by county (län), one page per county:
 * `/oversikt/<län>/`, `/ansvar/lan/<län>/`, `/ansvar/<uppgift>/<län>/`,
 * `/ansvar/aktor/<aktör>/<län>/` and `/teman/lan/<län>/` (the links: `county-links.ts`).
 *
 * Why 30: a row of the overview's per-document chart is 46 px, so 30 rows are a chart of about
 * 1 400 px, two screens on a laptop, which is the most that still reads "at a glance"; the page then
 * weighs about 15 KiB gzip (a document's row, marks and table cells add about 0.25 KiB), far inside
 * a page's 60 KiB. The Vem-gör-vad and theme charts have a column per document of 100–110 px: 30
 * of them scroll sideways already, with their row labels kept in view. A county page draws the same
 * charts for one county only: at most 49 documents (Västra Götaland, if each municipality has one).
 */
export const PER_DOCUMENT_MAX = 30;

/** A page's two designs. */
export type PageDesign = 'per-document' | 'aggregate';

/** The design for a site of `count` documents. */
export function pageDesign(count: number): PageDesign {
  return count <= PER_DOCUMENT_MAX ? 'per-document' : 'aggregate';
}
