/**
 * One slug per municipality and one id per document, the site's only identity scheme: a document's
 * page (`/dokument/<id>/`), the search's municipality filter (`?kommun=<slug>`) and every chart's
 * column use these. A municipality's slug is `Municipality.slug` (`municipalities.ts`: ascii-folded,
 * and where two names fold alike, Habo and Håbo, the one with diacritics carries its code:
 * `habo`, `habo-0305`); a name that is no municipality (a region, a title) is slugified as written.
 */
import type { PolicyDocument } from '../schema/policy-document.ts';
import { findMunicipalityByName, MUNICIPALITIES, slugify } from './municipalities.ts';

const MAX_SLUG_LENGTH = 50;

/** The slug of a municipality by its name (or code, when the name is not on the list), else the name slugified. */
export function municipalitySlug(name: string, code?: string | null): string {
  const known = findMunicipalityByName(name) ?? (code ? MUNICIPALITIES.find((municipality) => municipality.code === code) : undefined);
  return known?.slug ?? slugify(name);
}

/**
 * A document's id before the parser tells apart several of one municipality (`assignDocumentIds`):
 * its municipality's slug, or its title slugified, at most 50 characters, cut between words.
 */
export function documentSlug(name: string): string {
  const slug = municipalitySlug(name);
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'dokument';
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-')) || slug.slice(0, MAX_SLUG_LENGTH);
}

/** The search filter's key of a document's municipality (`?kommun=hylte`), or the document's id when it has none. */
export function municipalityKey(document: Pick<PolicyDocument, 'id' | 'municipality' | 'municipalityCode'>): string {
  if (!document.municipality) return document.id;
  return municipalitySlug(document.municipality, document.municipalityCode) || document.id;
}
