import type { PolicyDocument, Section } from '../schema/policy-document.ts';
import { formatDate, formatLines } from './format.ts';
import { displayHeading } from './document-outline.ts';
import { routes } from './routes.ts';

/** The permalink of a section on the site. */
export function sectionPath(document: Pick<PolicyDocument, 'id'>, section: Pick<Section, 'id'>): string {
  return routes.document(document.id, section.id);
}

/** The section's name as a reader cites it: `5 Ansvar`, `Titel och dokumentuppgifter`, `Utan rubrik: ’Vi lever i en …’`. */
export function sectionName(section: Pick<Section, 'number' | 'heading' | 'part' | 'category' | 'path' | 'text'>): string {
  return [section.number, displayHeading(section)].filter(Boolean).join(' ');
}

/**
 * An exact citation of a section, for a policy writer to paste: municipality, document, decision,
 * section, source lines and the stable link. `origin` is the site's address (`https://…`).
 */
export function formatCitation(document: PolicyDocument, section: Section, origin: string): string {
  const decided = [document.adopted.by, formatDate(document.adopted.date)].filter(Boolean).join(' ');
  const parts = [
    document.municipality ? `${document.municipality} kommun` : null,
    `”${document.title}”`,
    decided ? `beslutad av ${decided}` : null,
    `avsnitt ”${sectionName(section)}”`,
    `källtextens ${formatLines(section.source.startLine, section.source.endLine)}`,
  ].filter(Boolean);
  return `${parts.join(', ')}. ${origin.replace(/\/$/u, '')}${sectionPath(document, section)}`;
}
