import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withSlugs } from '../../scripts/generate-municipalities.ts';
import { MUNICIPALITIES, findMunicipalityByName, slugify } from '../../src/taxonomy/municipalities.ts';

const ROOT = new URL('../../', import.meta.url);
const tsvRows = readFileSync(new URL('src/data/kommuner.tsv', ROOT), 'utf8')
  .split(/\r?\n/u)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [code, name, county] = line.split('\t');
    return { code, name, county };
  });

describe('MUNICIPALITIES', () => {
  test('has the 290 municipalities of the TSV, in its order, with unique codes and slugs', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(MUNICIPALITIES.map(({ code, name, county }) => ({ code, name, county }))).toEqual(tsvRows);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.slug)).size).toBe(290);
  });

  test('every code is four digits whose first two are its county’s', () => {
    const countyByPrefix = new Map<string, Set<string>>();
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{4}$/u);
      countyByPrefix.set(m.code.slice(0, 2), (countyByPrefix.get(m.code.slice(0, 2)) ?? new Set()).add(m.county));
    }
    expect([...countyByPrefix.values()].every((counties) => counties.size === 1)).toBe(true);
    expect(countyByPrefix.size).toBe(21);
  });

  test('slugs are the ascii-folded names; only Håbo, which folds like Habo, carries its code', () => {
    const withCode = MUNICIPALITIES.filter((m) => m.slug !== slugify(m.name));
    expect(withCode.map((m) => [m.name, m.slug])).toEqual([['Håbo', 'habo-0305']]);
    expect(MUNICIPALITIES.every((m) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(m.slug))).toBe(true);
    const slugOf = (name: string) => MUNICIPALITIES.find((m) => m.name === name)?.slug;
    expect(['Eskilstuna', 'Eksjö', 'Hylte', 'Tyresö', 'Järfälla', 'Habo', 'Upplands Väsby', 'Malung-Sälen'].map(slugOf)).toEqual([
      'eskilstuna',
      'eksjo',
      'hylte',
      'tyreso',
      'jarfalla',
      'habo',
      'upplands-vasby',
      'malung-salen',
    ]);
  });

  test('the generated list is up to date with the TSV', () => {
    const output = execFileSync(process.execPath, ['scripts/generate-municipalities.ts', '--check'], {
      cwd: new URL('.', ROOT),
      encoding: 'utf8',
    });
    expect(output).toContain('is up to date (290 municipalities)');
  });

  test('the generator gives colliding slugs a code, keeping the plain slug for the name spelt without diacritics', () => {
    const rows = [
      { code: '0305', name: 'Håbo', county: 'Uppsala län' },
      { code: '0643', name: 'Habo', county: 'Jönköpings län' },
      { code: '9001', name: 'Åby', county: 'X län' },
      { code: '9002', name: 'Äby', county: 'X län' },
    ];
    expect(withSlugs(rows).map((m) => m.slug)).toEqual(['habo-0305', 'habo', 'aby-9001', 'aby-9002']);
  });
});

describe('slugify', () => {
  test.each([
    ['Järfälla', 'jarfalla'],
    ['Upplands Väsby', 'upplands-vasby'],
    ['Malung-Sälen', 'malung-salen'],
    ['Östra Göinge', 'ostra-goinge'],
    ['Dals-Ed', 'dals-ed'],
    ['  Lilla   Edet  ', 'lilla-edet'],
    ['Tyresö', 'tyreso'],
    ['Ærøskøbing', 'aeroskobing'],
    ['Ålesund, Café Münster!', 'alesund-cafe-munster'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  test('NFD input (a + combining ring) gives the same slug as NFC', () => {
    const nfd = 'Upplands Va\u0308sby, A\u030Amål, Ja\u0308rfa\u0308lla';
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(slugify(nfd)).toBe('upplands-vasby-amal-jarfalla');
    expect(slugify(nfd)).toBe(slugify(nfd.normalize('NFC')));
  });
});

describe('findMunicipalityByName', () => {
  test('finds a name whatever its case, Unicode form, separator or kommun/stad suffix', () => {
    expect(findMunicipalityByName('hylte')?.code).toBe('1315');
    expect(findMunicipalityByName('JÄRFÄLLA')?.code).toBe('0123');
    expect(findMunicipalityByName('Tyreso\u0308')?.name).toBe('Tyresö');
    expect(findMunicipalityByName('Upplands-Väsby')?.name).toBe('Upplands Väsby');
    expect(findMunicipalityByName('Borås stad')?.name).toBe('Borås');
    expect(findMunicipalityByName('Eksjö kommun')?.county).toBe('Jönköpings län');
    expect(findMunicipalityByName('Ha\u030Abo')?.code).toBe('0305');
    expect(findMunicipalityByName('Habo')?.code).toBe('0643');
  });

  test('returns null for what is not a municipality name', () => {
    expect(findMunicipalityByName('Hyltes')).toBeNull();
    expect(findMunicipalityByName('Stockholms län')).toBeNull();
    expect(findMunicipalityByName('Region Halland')).toBeNull();
    expect(findMunicipalityByName('')).toBeNull();
  });
});
