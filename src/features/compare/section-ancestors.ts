/**
 * The outline of a document's own sections: which section encloses which. Sections are a flat
 * list in source order with a `level`; a section's parent is the nearest earlier section of the
 * same part with a lower level.
 */
import type { PolicyDocument, Section } from '../../schema/policy-document.ts';

/** For each section id, its enclosing sections, outermost first. */
export function ancestorsById(document: Pick<PolicyDocument, 'sections'>): Map<string, Section[]> {
  const ancestors = new Map<string, Section[]>();
  const stack: Section[] = [];
  for (const section of document.sections) {
    while (stack.length > 0 && (stack.at(-1)!.level >= section.level || stack.at(-1)!.part !== section.part)) stack.pop();
    ancestors.set(section.id, [...stack]);
    stack.push(section);
  }
  return ancestors;
}
