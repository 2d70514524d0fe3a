/**
 * One cell of the comparison: every section of one document (its own part, never a cover letter's)
 * in one category, in source order, ready to render and cite; or an explicit gap that says what is
 * missing and where the document touches the subject anyway.
 */
import { formatCitation, sectionName, sectionPath } from '../../lib/citation.ts';
import { formatLines } from '../../lib/format.ts';
import { routes } from '../../lib/routes.ts';
import { FOLLOW_UP_ANSWER_HREF, followUpAssignees } from '../../lib/follow-up-answer.ts';
import type { Block, PolicyDocument, Section } from '../../schema/policy-document.ts';
import { getCategory, type CategoryKey } from '../../taxonomy/categories.ts';
import { coverLetterPointers, roleMentions, type CoverLetterPointer, type Mention } from '../../lib/category-mentions.ts';
import { ancestorsById } from './section-ancestors.ts';
import { displayHeading } from '../../lib/document-outline.ts';

/** One section as the cell shows it. */
export interface CellEntry {
  sectionId: string;
  /** The document's number for the heading (`4`), if any. */
  number: string | null;
  /** The heading as written; `Titel och dokumentuppgifter` for the front matter. */
  heading: string;
  /** How many of the section's enclosing sections are in the same cell (0 = top of the cell). */
  depth: number;
  /** The enclosing sections (`Riktlinjer`) when none of them is in the cell; `null` otherwise. */
  context: string | null;
  /** The permalink on the document's page. */
  href: string;
  /** `rad 16–18`. */
  lines: string;
  /** Those lines in the source view, highlighted. */
  linesHref: string;
  /** The exact citation, with `{origin}` where the site's address goes. */
  citation: string;
  /** Why the category is less certain than a heading (`Kategorin gissad från texten`); `null` if from the heading. */
  basisNote: string | null;
  /** Built from a header field: shown as "ur dokumenthuvudet". */
  fromHeader: boolean;
  blocks: Block[];
}

export interface SectionsCell {
  kind: 'sections';
  entries: CellEntry[];
}

export interface GapCell {
  kind: 'gap';
  /** `Dokumentet har inget avsnitt om uppföljning.` */
  explanation: string;
  /** Sections of other categories whose responsibility statements carry this category's role. */
  mentions: Mention[];
  /** The cover letter's sections in this category. */
  coverLetter: CoverLetterPointer[];
  /** For follow-up: who the document gives the task, and where the answer for every document stands. */
  followUp: { assignees: readonly string[]; href: string } | null;
}

export type CompareCell = SectionsCell | GapCell;

/** The sections of `document` in `category`, or the gap where there are none. */
export function compareCell(document: PolicyDocument, category: CategoryKey): CompareCell {
  const sections = document.sections.filter((section) => section.part === 'document' && section.category === category);
  if (sections.length === 0) {
    return {
      kind: 'gap',
      explanation: `Dokumentet har inget avsnitt om ${getCategory(category).label.toLowerCase()}.`,
      mentions: roleMentions(document, category),
      coverLetter: coverLetterPointers(document, category),
      followUp: category === 'follow-up' ? { assignees: followUpAssignees(document), href: FOLLOW_UP_ANSWER_HREF } : null,
    };
  }
  const ancestors = ancestorsById(document);
  const inCell = new Set(sections.map((section) => section.id));
  return {
    kind: 'sections',
    entries: sections.map((section) => {
      const enclosing = ancestors.get(section.id) ?? [];
      const depth = enclosing.filter((ancestor) => inCell.has(ancestor.id)).length;
      return {
        sectionId: section.id,
        number: section.number,
        heading: displayHeading(section),
        depth,
        context: depth === 0 && enclosing.length > 0 ? enclosing.map(sectionName).join(' › ') : null,
        href: sectionPath(document, section),
        lines: formatLines(section.source.startLine, section.source.endLine),
        linesHref: routes.documentLines(document.id, section.source),
        citation: formatCitation(document, section, '{origin}'),
        basisNote: basisNote(section, enclosing.at(-1)),
        fromHeader: section.fromHeader,
        blocks: section.blocks,
      };
    }),
  };
}

function basisNote(section: Section, parent: Section | undefined): string | null {
  if (section.categoryBasis === 'content') return 'Kategorin gissad från texten';
  if (section.categoryBasis === 'lead-in') return 'Kategorin enligt meningen som inleder listan';
  if (section.categoryBasis === 'position' && parent) return `Kategorin ärvd från ”${sectionName(parent)}”`;
  return null;
}
