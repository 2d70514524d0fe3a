/** `?d=` and `?k=`: what the address says the comparison shows, and back. */
import { describe, expect, test } from 'vitest';
import { compareQuery, defaultView, missingDocuments, parseCompareView, type CompareOptions } from '../../src/features/compare/url-state.ts';
import { buildComparison } from '../../src/features/compare/comparison.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

const options: CompareOptions = {
  documentIds: ['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso'],
  categories: [
    { urlKey: 'syfte', key: 'purpose' },
    { urlKey: 'mal', key: 'goals' },
    { urlKey: 'prioriteringar', key: 'priorities' },
    { urlKey: 'ansvar', key: 'responsibility' },
    { urlKey: 'uppfoljning', key: 'follow-up' },
    { urlKey: 'bakgrund', key: 'background' },
    { urlKey: 'samarbeten', key: 'collaboration' },
  ],
  defaultCategories: ['syfte', 'mal', 'prioriteringar', 'ansvar', 'uppfoljning'],
};
const FIVE = ['syfte', 'mal', 'prioriteringar', 'ansvar', 'uppfoljning'];

describe('parseCompareView', () => {
  test('no parameters: every document and the five canonical rows', () => {
    expect(parseCompareView('', options)).toEqual({ documents: options.documentIds, categories: FIVE, unknownDocuments: [], unknownCategories: [] });
  });

  test('?d= picks and orders the columns, ?k= picks the rows', () => {
    expect(parseCompareView('?d=tyreso,hylte&k=ansvar', options)).toEqual({
      documents: ['tyreso', 'hylte'],
      categories: ['ansvar'],
      unknownDocuments: [],
      unknownCategories: [],
    });
  });

  test('rows keep the table order whatever order ?k= names them in; other categories can be picked', () => {
    expect(parseCompareView('?k=samarbeten,uppfoljning,bakgrund,ansvar', options).categories).toEqual(['ansvar', 'uppfoljning', 'bakgrund', 'samarbeten']);
  });

  test('unknown ids are dropped and reported once, as written; duplicates are dropped', () => {
    const view = parseCompareView('?d=hylte,Okänd,HYLTE,tyreso,Okänd,hylte&k=ansvar,ansvar,xyz', options);
    expect(view).toEqual({ documents: ['hylte', 'tyreso'], categories: ['ansvar'], unknownDocuments: ['Okänd'], unknownCategories: ['xyz'] });
  });

  test('a parameter that names nothing known falls back to the default, and still reports what it named', () => {
    expect(parseCompareView('?d=stockholm&k=', options)).toEqual({
      documents: options.documentIds,
      categories: FIVE,
      unknownDocuments: ['stockholm'],
      unknownCategories: [],
    });
    expect(parseCompareView('?d=,,&k=nej', options)).toMatchObject({ documents: options.documentIds, categories: FIVE, unknownCategories: ['nej'] });
  });

  test('accepts repeated parameters, encoded commas, spaces, upper case and the English category keys', () => {
    expect(parseCompareView('?d=hylte&d=eksjo%2CTyreso&k=%20follow-up%20,Ansvar', options)).toMatchObject({
      documents: ['hylte', 'eksjo', 'tyreso'],
      categories: ['ansvar', 'uppfoljning'],
      unknownDocuments: [],
    });
  });
});

describe('compareQuery', () => {
  test('the default view is the bare address', () => {
    expect(compareQuery(defaultView(options), options)).toBe('');
  });

  test('only what differs from the default is written, rows in table order', () => {
    expect(compareQuery({ documents: ['tyreso', 'hylte'], categories: FIVE }, options)).toBe('?d=tyreso,hylte');
    expect(compareQuery({ documents: options.documentIds.slice(), categories: ['uppfoljning', 'ansvar'] }, options)).toBe('?k=ansvar,uppfoljning');
    expect(compareQuery({ documents: ['eskilstuna', 'eksjo', 'hylte', 'jarfalla', 'tyreso'], categories: ['bakgrund'] }, options)).toBe(
      '?d=eskilstuna,eksjo,hylte,jarfalla,tyreso&k=bakgrund',
    );
  });

  test('what it writes reads back as the same view', () => {
    const view = { documents: ['jarfalla', 'eksjo'], categories: ['mal', 'samarbeten'] };
    expect(parseCompareView(compareQuery(view, options), options)).toMatchObject(view);
  });
});

test('the real comparison offers every row by its ?k= key', async () => {
  const documents = await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)));
  const { columns, rows } = buildComparison(documents);
  const real: CompareOptions = {
    documentIds: columns.map((column) => column.id),
    categories: rows.map((row) => ({ urlKey: row.urlKey, key: row.key })),
    defaultCategories: rows.filter((row) => row.canonical).map((row) => row.urlKey),
  };
  expect(parseCompareView('?k=bakgrund,samarbeten,handlingsplan', real).categories).toEqual(['bakgrund', 'samarbeten', 'handlingsplan']);
  expect(defaultView(real).categories).toEqual(FIVE);
});

describe('with more documents than the page holds', () => {
  /** The page holds two default columns and has fetched a third. */
  const scaled: CompareOptions = { ...options, documentIds: ['varmdo-2025', 'hylte', 'ale'], defaultDocuments: ['varmdo-2025', 'hylte'] };

  test('the default view is the default handful, and the bare address means it', () => {
    expect(defaultView(scaled).documents).toEqual(['varmdo-2025', 'hylte']);
    expect(parseCompareView('', scaled).documents).toEqual(['varmdo-2025', 'hylte']);
    expect(compareQuery({ documents: ['varmdo-2025', 'hylte'], categories: FIVE }, scaled)).toBe('');
    expect(compareQuery({ documents: ['varmdo-2025', 'hylte', 'ale'], categories: FIVE }, scaled)).toBe('?d=varmdo-2025,hylte,ale');
    expect(parseCompareView('?d=ale,hylte', scaled).documents).toEqual(['ale', 'hylte']);
  });

  test('missingDocuments names what ?d= asks for that the page lacks, each once, only if it could be an id', () => {
    expect(missingDocuments('?d=hylte,Kiruna,kiruna,ale,botkyrka-2021', scaled.documentIds)).toEqual(['kiruna', 'botkyrka-2021']);
    expect(missingDocuments(`?d=${encodeURIComponent('<img src=x>')},../etc,a%2Fb,-x,x-`, scaled.documentIds)).toEqual([]);
    expect(missingDocuments('?k=ansvar', scaled.documentIds)).toEqual([]);
  });
});

test('rows come from every document, columns from the shown ones', async () => {
  const documents = await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)));
  const all = buildComparison(documents);
  const two = buildComparison(documents, ['tyreso', 'hylte', 'nej']);
  expect(two.columns.map((column) => column.label)).toEqual(['Tyresö', 'Hylte']);
  expect(two.total).toBe(5);
  expect(two.rows.map((row) => [row.urlKey, row.coverage])).toEqual(all.rows.map((row) => [row.urlKey, row.coverage]));
  expect(two.rows.every((row) => row.cells.map((cell) => cell.documentId).join() === 'tyreso,hylte')).toBe(true);
});
