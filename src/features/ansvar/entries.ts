/**
 * The responsibilities the `/ansvar/` charts count: one entry per actor and duty, from a
 * document's own sections only (never a cover letter's), with its kind of duty and the section it
 * comes from. Statements group the entries that quote the same sentence, so a sentence that names
 * three actors is shown once, with all three.
 */
import type { PolicyDocument, Section } from '../../schema/policy-document.ts';
import type { ActorId } from '../../taxonomy/actors.ts';
import type { DutyKindKey } from '../../taxonomy/duties.ts';
import { ROLE_KEYS, type RoleKey } from '../../taxonomy/roles.ts';
import { sectionName, sectionPath } from '../../lib/citation.ts';
import { compareActors, isActorId } from './actors.ts';

export interface AnsvarEntry {
  readonly documentId: string;
  readonly actorId: ActorId;
  readonly role: RoleKey;
  readonly kind: DutyKindKey;
  /** The statement, verbatim. */
  readonly duty: string;
  readonly sectionId: string;
  /** `5 Ansvar`: the section as a reader cites it. */
  readonly sectionName: string;
  /** The section's permalink (`/dokument/hylte/#ansvar`). */
  readonly href: string;
  /** The source line of the paragraph or list item. */
  readonly line: number;
}

/** The entries of one document, in document order; responsibilities from a cover letter are left out. */
export function ansvarEntries(document: PolicyDocument): AnsvarEntry[] {
  const sections = new Map<string, Section>(document.sections.map((section) => [section.id, section]));
  return document.responsibilities.flatMap((responsibility): AnsvarEntry[] => {
    const section = sections.get(responsibility.sectionId);
    if (section?.part !== 'document' || !isActorId(responsibility.actor.id)) return [];
    return [
      {
        documentId: document.id,
        actorId: responsibility.actor.id,
        role: responsibility.role,
        kind: responsibility.kind,
        duty: responsibility.duty,
        sectionId: section.id,
        sectionName: sectionName(section),
        href: sectionPath(document, section),
        line: responsibility.line,
      },
    ];
  });
}

export interface Holder {
  readonly actorId: ActorId;
  readonly role: RoleKey;
}

/** One quoted sentence (or verbatim part of one) and every actor and role it gives. */
export interface Statement {
  readonly documentId: string;
  readonly duty: string;
  readonly sectionName: string;
  readonly href: string;
  readonly line: number;
  readonly holders: readonly Holder[];
}

const roleIndex = (role: RoleKey): number => ROLE_KEYS.indexOf(role);

/** Entries grouped by sentence (same duty, section and line), in document order; holders from fullmäktige downwards. */
export function statementsOf(entries: readonly AnsvarEntry[]): Statement[] {
  const groups = new Map<string, { first: AnsvarEntry; holders: Holder[] }>();
  for (const entry of entries) {
    const key = [entry.documentId, entry.sectionId, entry.line, entry.duty].join('\u0000');
    const group = groups.get(key) ?? { first: entry, holders: [] };
    if (!group.holders.some((holder) => holder.actorId === entry.actorId && holder.role === entry.role))
      group.holders.push({ actorId: entry.actorId, role: entry.role });
    groups.set(key, group);
  }
  return [...groups.values()].map(({ first, holders }) => ({
    documentId: first.documentId,
    duty: first.duty,
    sectionName: first.sectionName,
    href: first.href,
    line: first.line,
    holders: holders.sort((a, b) => compareActors(a.actorId, b.actorId) || roleIndex(a.role) - roleIndex(b.role)),
  }));
}

/** The roles in `entries`, in `ROLES` order, each once. */
export function rolesIn(entries: readonly { role: RoleKey }[]): RoleKey[] {
  return ROLE_KEYS.filter((role) => entries.some((entry) => entry.role === role));
}

/** The actors in `entries`, from fullmäktige downwards, each once. */
export function actorsIn(entries: readonly { actorId: ActorId }[]): ActorId[] {
  return [...new Set(entries.map((entry) => entry.actorId))].sort(compareActors);
}
