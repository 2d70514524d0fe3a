import { describe, expect, test } from 'vitest';
import { documentSlug, municipalityKey, municipalitySlug } from '../../src/taxonomy/identity.ts';
import { MUNICIPALITIES } from '../../src/taxonomy/municipalities.ts';

describe('one slug per municipality, one id per document', () => {
  test('Habo and Håbo get different slugs, document ids and search keys', () => {
    expect(municipalitySlug('Habo')).toBe('habo');
    expect(municipalitySlug('Håbo')).toBe('habo-0305');
    expect(documentSlug('Habo')).not.toBe(documentSlug('Håbo'));
    const habo = municipalityKey({ id: 'habo', municipality: 'Habo', municipalityCode: '0643' });
    const haabo = municipalityKey({ id: 'habo-0305', municipality: 'Håbo', municipalityCode: '0305' });
    expect(habo).not.toBe(haabo);
  });

  test('every municipality: its document id, its search key and its slug are the same one slug, and no two share it', () => {
    for (const municipality of MUNICIPALITIES) {
      expect(documentSlug(municipality.name)).toBe(municipality.slug);
      expect(municipalityKey({ id: 'x', municipality: municipality.name, municipalityCode: municipality.code })).toBe(municipality.slug);
    }
    expect(new Set(MUNICIPALITIES.map((municipality) => municipality.slug)).size).toBe(MUNICIPALITIES.length);
  });

  test('a name that is no municipality is slugified as written; a document without one is keyed by its id', () => {
    expect(documentSlug('Region Stockholm')).toBe('region-stockholm');
    expect(municipalityKey({ id: 'okand', municipality: null, municipalityCode: null })).toBe('okand');
  });
});
