/**
 * The citation a section's copy button carries. Built on `formatCitation` (src/lib/citation.ts);
 * a cover-letter section says so first, so nobody cites the tjänsteskrivelse as the strategy.
 */
import type { PolicyDocument, Section } from '../../schema/policy-document.ts';
import { formatCitation } from '../../lib/citation.ts';

/** The placeholder the copy script replaces with the site's address. */
export const ORIGIN_PLACEHOLDER = '{origin}';

/** The citation of a section, with `origin` as the site's address (default: the placeholder). */
export function sectionCitation(document: PolicyDocument, section: Section, origin: string = ORIGIN_PLACEHOLDER): string {
  const citation = formatCitation(document, section, origin);
  return section.part === 'cover-letter' ? `Ur följebrevet (tjänsteskrivelsen), inte styrdokumentet: ${citation}` : citation;
}
