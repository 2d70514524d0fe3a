/**
 * The duty verbs of `src/taxonomy/duty-verbs.ts`, compiled, and the role they give: which verb
 * starts at a place in a sentence (`verbAt`), which follows a modal (`verbWithin`), and what role
 * `ansvarar för X` takes from X (`objectRole`).
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { RoleKey } from '../../taxonomy/roles.ts';
import { END, MODAL, OBJECT_NOUNS, VERBS, WORD, type VerbRole } from '../../taxonomy/duty-verbs.ts';

export type Form = 'finite' | 'infinitive';

/** A regular-expression source that starts at the start of a word. */
export const w = (source: string): string => String.raw`(?<![\p{L}\p{N}])(?:${source})`;

export const MODAL_WORD = new RegExp(`^${MODAL}$`, 'iu');
export const MODAL_AT = new RegExp(`${MODAL}\\s+`, 'iuy');

const COMPILED_VERBS = VERBS.map(([role, finite, infinitive]) => ({
  role,
  finite: new RegExp(`(?:${finite})${END}`, 'iuy'),
  infinitive: new RegExp(`(?:${infinitive})${END}`, 'iuy'),
}));

export interface VerbHit {
  readonly role: VerbRole;
  readonly form: Form;
  readonly end: number;
}

/** The duty verb that starts at `index`, if any. */
export function verbAt(text: string, index: number, form?: Form): VerbHit | undefined {
  for (const verb of COMPILED_VERBS) {
    for (const candidate of form ? [form] : (['finite', 'infinitive'] as const)) {
      const regex = verb[candidate];
      regex.lastIndex = index;
      const match = regex.exec(text);
      if (match) return { role: verb.role, form: candidate, end: index + match[0].length };
    }
  }
  return undefined;
}

/** A duty verb (infinitive) within `maxWords` words of `index` (`ska i sina verksamhetsplaner ange`). */
export function verbWithin(text: string, index: number, maxWords: number): VerbHit | undefined {
  const word = new RegExp(`${WORD}\\s+`, 'uy');
  let at = index;
  for (let words = 0; words <= maxWords; words += 1) {
    const hit = verbAt(text, at, 'infinitive');
    if (hit) return hit;
    word.lastIndex = at;
    const skipped = word.exec(text);
    if (!skipped) return undefined;
    at += skipped[0].length;
  }
  return undefined;
}

/** Nouns that give a role to what an actor is responsible for (`ansvarar för uppföljning`). */
const COMPILED_OBJECT_NOUNS: readonly (readonly [RoleKey, RegExp])[] = OBJECT_NOUNS.map(([role, source]) => [role, new RegExp(source, 'iu')]);

/** The role of `ansvarar för X`: from X's verb (`att leda`) or noun (`uppföljning`), else carries-out. */
export function objectRole(object: string): RoleKey {
  const text = object.replace(/^\s*(?:att\s+)?/iu, '');
  const verb = verbAt(text, 0, 'infinitive');
  if (verb && verb.role !== 'object' && verb.role !== 'weak') return verb.role;
  return COMPILED_OBJECT_NOUNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'carries-out';
}

export function roleOf(hit: VerbHit, text: string): RoleKey {
  if (hit.role === 'object') return objectRole(text.slice(hit.end));
  return hit.role === 'weak' ? 'carries-out' : hit.role;
}
