/**
 * Actors as the `/ansvar/` charts show them: in order from fullmäktige downwards (by level in
 * `ACTOR_LEVELS`, then in the order `ACTORS` lists them), with a short label for the chart cells
 * and a Swedish URL slug for the actor's comparison page.
 */
import { ACTOR_IDS, ACTOR_LEVELS, getActor, type ActorId } from '../../taxonomy/actors.ts';
import { slugify } from '../../taxonomy/municipalities.ts';
import { routes } from '../../lib/routes.ts';

/** Short labels for the chart cells; the full label is in the cell's accessible name, the legend and the table. */
export const ACTOR_SHORT_LABELS: Readonly<Record<ActorId, string>> = {
  kf: 'KF',
  kf_presidium: 'KF-presidiet',
  kf_beredning: 'KF-beredning',
  ks: 'KS',
  ks_au: 'KSAU',
  ks_utskott: 'KS-utskott',
  ks_ordf: 'KS ordf.',
  ks_vice_ordf: 'KS vice ordf.',
  ordf_beredning: 'Ordf.beredning',
  politiker: 'Politiker',
  namnd: 'Nämnder',
  kommunalforbund: 'Kommunalförbund',
  forvaltning: 'Förvaltning',
  klk: 'KLK',
  kommundirektor: 'Kommundirektör',
  samordnare: 'Samordnare',
  chefer: 'Chefer',
  bolag: 'Bolag',
  stiftelse: 'Stiftelser',
  revision: 'Revisorer',
  externa: 'Externa',
};

const levelIndex = new Map<string, number>(ACTOR_LEVELS.map((level, index) => [level.key, index]));
const listIndex = new Map<string, number>(ACTOR_IDS.map((id, index) => [id, index]));

/** The actor's rank from the top: fullmäktige first, external bodies last. */
export function actorRank(id: ActorId): number {
  return (levelIndex.get(getActor(id).level) ?? ACTOR_LEVELS.length) * 1000 + (listIndex.get(id) ?? 999);
}

/** For `Array.prototype.sort`: from fullmäktige downwards. */
export const compareActors = (a: ActorId, b: ActorId): number => actorRank(a) - actorRank(b);

/** Is `id` one of the taxonomy's actors (the schema keeps ids as plain strings)? */
export function isActorId(id: string): id is ActorId {
  return listIndex.has(id);
}

/** The full Swedish label of an actor. */
export const actorLabel = (id: ActorId): string => getActor(id).label;

/** `kommunstyrelsens-arbetsutskott`: the actor's page is `/ansvar/aktor/<slug>/`. */
export const actorSlug = (id: ActorId): string => slugify(getActor(id).label);

/** The path of an actor's comparison page. */
export const actorPath = (id: ActorId): string => routes.ansvarActor(actorSlug(id));
