/**
 * The responsibilities the parser extracted, grouped under the section they come from, with the
 * actor and role labels of the taxonomy: "Kommunstyrelsen – Beslutar".
 */
import type { PolicyDocument, Responsibility } from '../../schema/policy-document.ts';
import { getRole } from '../../taxonomy/roles.ts';
import { listSv } from '../../lib/swedish.ts';

export interface SectionResponsibility {
  /** Actor labels (several when one sentence gives the same role to several actors), in order. */
  readonly actors: readonly string[];
  /** `Kommunstyrelsen, Nämnd och Kommunala stiftelser`. */
  readonly actorList: string;
  /** How the sentence names the actors, where that differs from the labels (`Styrelsen`, `De`). */
  readonly namedAs: readonly string[];
  readonly role: string;
  readonly roleLetter: string;
  /** The statement, verbatim. */
  readonly duty: string;
  readonly line: number;
}

function sameStatement(a: Responsibility, b: Responsibility): boolean {
  return a.duty === b.duty && a.line === b.line && a.role === b.role;
}

/**
 * Responsibilities by section id, in the order the document states them. Statements that give the
 * same role to several actors (`Styrelsen, nämnderna och bostadsstiftelsen ansvarar för …`) are
 * one entry naming all of them.
 */
export function responsibilitiesBySection(document: Pick<PolicyDocument, 'responsibilities'>): Map<string, SectionResponsibility[]> {
  const groups = new Map<string, Responsibility[][]>();
  for (const responsibility of document.responsibilities) {
    const sectionGroups = groups.get(responsibility.sectionId) ?? [];
    const same = sectionGroups.find((group) => sameStatement(group[0]!, responsibility));
    if (same) same.push(responsibility);
    else sectionGroups.push([responsibility]);
    groups.set(responsibility.sectionId, sectionGroups);
  }
  const result = new Map<string, SectionResponsibility[]>();
  for (const [sectionId, sectionGroups] of groups) {
    result.set(
      sectionId,
      sectionGroups.map((group) => {
        const first = group[0]!;
        const role = getRole(first.role);
        const actors = [...new Set(group.map((entry) => entry.actor.label))];
        const namedAs = [...new Set(group.filter((entry) => !sameName(entry.actorText, entry.actor.label)).map((entry) => entry.actorText))];
        return { actors, actorList: listSv(actors), namedAs, role: role.label, roleLetter: role.letter, duty: first.duty, line: first.line };
      }),
    );
  }
  return result;
}

/** `kommunstyrelsen` names `Kommunstyrelsen`; `Styrelsen` and `De` do not. */
function sameName(text: string, label: string): boolean {
  return text.localeCompare(label, 'sv', { sensitivity: 'base' }) === 0;
}
