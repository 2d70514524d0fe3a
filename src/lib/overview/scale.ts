/**
 * When the overview stops drawing one row per document. Up to `PER_DOCUMENT_MAX` documents the
 * overview (`/`) shows the per-document coverage chart and table and lists every document, and
 * `/om/` gives its numbers, sources and warnings per document. Above it, both pages aggregate:
 * `/` shows how many documents cover each category and a county × category matrix, with one page
 * per county (`/oversikt/<län>/`) holding the per-document chart, table and numbers; `/om/` sums
 * per county and per rule.
 *
 * Why 30: a row of the per-document chart is 46 px, so 30 rows are a chart of about 1 400 px, two
 * screens on a laptop, which is the most that still reads "at a glance"; the page then weighs
 * about 15 KiB gzip (a document's row, marks and table cells add about 0.25 KiB), far inside a
 * page's 60 KiB. A county page draws the same chart for one county only: at most 49 documents
 * (Västra Götaland, if each municipality has one), about 22 KiB gzip with its tables of numbers.
 */
export const PER_DOCUMENT_MAX = 30;

/** The overview's two designs. */
export type OverviewDesign = 'per-document' | 'aggregate';

/** The design for a site of `count` documents. */
export function overviewDesign(count: number): OverviewDesign {
  return count <= PER_DOCUMENT_MAX ? 'per-document' : 'aggregate';
}
