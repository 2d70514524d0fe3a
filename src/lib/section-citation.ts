/**
 * The citation a section's copy button carries, on its document page and on a search hit. Built on
 * `formatCitation` (./citation.ts); a cover-letter section says so first, so nobody cites the
 * tjänsteskrivelse as the strategy.
 */
import type { PolicyDocument, Section } from '../schema/policy-document.ts';
import { formatCitation } from './citation.ts';
import { ORIGIN_PLACEHOLDER } from './citation-origin.ts';
import { routes } from './routes.ts';

export { ORIGIN_PLACEHOLDER };

/** The citation of a section, with `origin` as the site's address (default: the placeholder). */
export function sectionCitation(document: PolicyDocument, section: Section, origin: string = ORIGIN_PLACEHOLDER): string {
  const citation = formatCitation(document, section, origin);
  return section.part === 'cover-letter' ? `Ur följebrevet (tjänsteskrivelsen), inte styrdokumentet: ${citation}` : citation;
}

/**
 * A section's citation (`sectionCitation`) narrowed to one of its paragraphs: the same text, and
 * after it the paragraph's number and link (`…/#syfte, stycke 2: …/#syfte-p2`).
 */
export function paragraphCitation(
  citation: string,
  place: { readonly documentId: string; readonly sectionId: string; readonly paragraph: number },
  origin: string = ORIGIN_PLACEHOLDER,
): string {
  return `${citation}, stycke ${place.paragraph}: ${origin.replace(/\/$/u, '')}${routes.documentParagraph(place.documentId, place.sectionId, place.paragraph)}`;
}
