/**
 * Where a document touches a category without having a section of it: responsibility statements
 * elsewhere that carry the category's role (Tyresö has no follow-up section, but its Ansvar section
 * says "Respektive nämnd redovisar i årsredovisningen …"), and sections of its cover letter.
 */
import { sectionName, sectionPath } from './citation.ts';
import type { PolicyDocument } from '../schema/policy-document.ts';
import type { CategoryKey } from '../taxonomy/categories.ts';
import { getRole, type RoleKey } from '../taxonomy/roles.ts';

/**
 * The roles whose statements speak to a category. Responsibility is any role; follow-up is
 * following up and reporting. The other categories have no role of their own.
 */
const ROLES_BY_CATEGORY: Partial<Record<CategoryKey, readonly RoleKey[] | 'any'>> = {
  responsibility: 'any',
  'follow-up': ['follows-up'],
};

/** A responsibility statement, verbatim, with the actors it names. */
export interface MentionedDuty {
  duty: string;
  /** Actor labels (`Nämnd`), in the order the statements name them. */
  actors: string[];
  /** The role's Swedish label (`Följer upp och redovisar`). */
  roleLabel: string;
}

/** A section of another category that carries this category's role. */
export interface Mention {
  sectionId: string;
  /** `4 Ansvar`. */
  sectionName: string;
  href: string;
  duties: MentionedDuty[];
}

/** A section of the cover letter in this category (not part of the document itself). */
export interface CoverLetterPointer {
  sectionId: string;
  sectionName: string;
  href: string;
}

/**
 * The document's own sections, in source order, that hold responsibility statements with a role
 * of `category`; empty for categories without a role, or for a document with none.
 */
export function roleMentions(document: PolicyDocument, category: CategoryKey): Mention[] {
  const roles = ROLES_BY_CATEGORY[category];
  if (!roles) return [];
  const mentions: Mention[] = [];
  for (const section of document.sections) {
    if (section.part !== 'document' || section.category === category) continue;
    const statements = document.responsibilities.filter(
      (responsibility) => responsibility.sectionId === section.id && (roles === 'any' || roles.includes(responsibility.role)),
    );
    if (statements.length === 0) continue;
    const duties: MentionedDuty[] = [];
    for (const statement of statements) {
      const same = duties.find((duty) => duty.duty === statement.duty && duty.roleLabel === getRole(statement.role).label);
      if (same) {
        if (!same.actors.includes(statement.actor.label)) same.actors.push(statement.actor.label);
      } else duties.push({ duty: statement.duty, actors: [statement.actor.label], roleLabel: getRole(statement.role).label });
    }
    mentions.push({ sectionId: section.id, sectionName: sectionName(section), href: sectionPath(document, section), duties });
  }
  return mentions;
}

/** The cover letter's sections in `category`, in source order. */
export function coverLetterPointers(document: PolicyDocument, category: CategoryKey): CoverLetterPointer[] {
  return document.sections
    .filter((section) => section.part === 'cover-letter' && section.category === category)
    .map((section) => ({ sectionId: section.id, sectionName: sectionName(section), href: sectionPath(document, section) }));
}
