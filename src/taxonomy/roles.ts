/**
 * The roles an actor can hold in a responsibility statement, defined once. The classifier in
 * `src/parser/responsibilities/` decides a role from the statement's verb; the site derives its
 * legends, letters and colours from this list.
 */

export interface RoleDefinition {
  readonly key: string;
  /** Swedish label. */
  readonly label: string;
  /** A one-letter mark, so a chart never relies on colour alone. */
  readonly letter: string;
  readonly description: string;
}

export const ROLES = [
  { key: 'decides', label: 'Beslutar', letter: 'B', description: 'Beslutar, antar, fastställer eller godkänner.' },
  { key: 'leads', label: 'Leder och samordnar', letter: 'L', description: 'Leder, samordnar eller har det övergripande ansvaret.' },
  { key: 'carries-out', label: 'Genomför', letter: 'G', description: 'Genomför, driver, ansöker eller ansvarar för arbetet i sin verksamhet.' },
  { key: 'follows-up', label: 'Följer upp och redovisar', letter: 'U', description: 'Följer upp, utvärderar, redovisar eller rapporterar.' },
  { key: 'represents', label: 'Företräder', letter: 'F', description: 'Företräder eller representerar kommunen.' },
  { key: 'monitors', label: 'Bevakar', letter: 'O', description: 'Bevakar omvärlden och de internationella frågorna.' },
  { key: 'supports', label: 'Stödjer och bereder', letter: 'S', description: 'Stödjer, bereder, informerar eller handlägger.' },
  // `informed` is also the party another actor assists with a task (`Z bistår X med att samordna …`):
  // the text states Z's support, and X's own duty only by implication (src/parser/responsibilities/clauses.ts).
  { key: 'informed', label: 'Informeras', letter: 'I', description: 'Ska informeras eller få redovisningar.' },
] as const satisfies readonly RoleDefinition[];

export type RoleKey = (typeof ROLES)[number]['key'];

export const ROLE_KEYS = ROLES.map((role) => role.key) as unknown as readonly [RoleKey, ...RoleKey[]];

export function getRole(key: RoleKey): RoleDefinition {
  const role = ROLES.find((candidate) => candidate.key === key);
  if (!role) throw new Error(`Unknown role "${key}"`);
  return role;
}
