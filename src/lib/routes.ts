/**
 * Every address on the site, built in one place: one function (or constant) per route, so a page,
 * a component, a chart and a browser script link to the same URL, and a test can hold that no other
 * file writes a route by hand (`tests/unit/routes.test.ts`). Ids and slugs are the taxonomy's
 * (`src/taxonomy/identity.ts`); values in a query string are encoded with `encodeURIComponent`.
 */
import { DOCUMENTS_PARAM } from './document-selection.ts';

/** A query string from the given parameters in order, leaving out the empty ones (`?q=v%C3%A4nort&kommun=hylte`). */
function query(params: Readonly<Record<string, string | undefined>>): string {
  const pairs = Object.entries(params).filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '');
  return pairs.length === 0 ? '' : `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
}

const hash = (anchor: string | undefined): string => (anchor ? `#${anchor}` : '');

/** The folders whose subfolders are one page per county (`/oversikt/stockholms-lan/`). */
export const COUNTY_BASES = {
  overview: '/oversikt/',
  ansvar: '/ansvar/lan/',
  teman: '/teman/lan/',
} as const;

export type CountyPages = keyof typeof COUNTY_BASES;

/** The files of `/data/`. */
export const DATA_FILES = {
  documents: '/data/documents.json',
  sections: '/data/sections.csv',
  responsibilities: '/data/responsibilities.csv',
} as const;

/** The anchor of one line of the source view: `rad-12`. */
export const sourceLineAnchor = (line: number): string => `rad-${line}`;

/** The anchor of lines of the source view: a range (`rader-88-98`), or one line (`rad-12`). */
export const sourceRangeAnchor = (startLine: number, endLine: number): string =>
  startLine === endLine ? sourceLineAnchor(startLine) : `rader-${startLine}-${endLine}`;

/**
 * The anchor of one paragraph of a section on its document page (`syfte-p2`). The rule: a
 * section's paragraphs and list items are numbered together from 1 in reading order, a list
 * item counting as one paragraph (`sectionParagraphNumbers` in src/lib/section-paragraphs.ts),
 * so the number depends on the section id and the place alone, never on the text.
 */
export const paragraphAnchor = (sectionId: string, paragraph: number): string => `${sectionId}-p${paragraph}`;

/** The anchor of a theme's words in the glossary on `/teman/` (`ord-vanorter`). */
export const themeWordsAnchor = (themeId: string): string => `ord-${themeId}`;

export const routes = {
  /** The overview: `/`. */
  home: (): string => '/',
  /** A county's page of a design that splits by county: `/oversikt/hallands-lan/`, `/ansvar/lan/…`. */
  county: (pages: CountyPages, countySlug: string): string => `${COUNTY_BASES[pages]}${countySlug}/`,

  /** A document's page, or one of its sections: `/dokument/hylte/`, `/dokument/hylte/#syfte`. */
  document: (id: string, section?: string): string => `/dokument/${id}/${hash(section)}`,
  /** One paragraph of a document's section (`paragraphAnchor`): `/dokument/hylte/#syfte-p2`. */
  documentParagraph: (id: string, section: string, paragraph: number): string => `/dokument/${id}/${hash(paragraphAnchor(section, paragraph))}`,
  /** A document's source text as received: `/dokument/hylte/kalla.txt`. */
  documentSource: (id: string): string => `/dokument/${id}/kalla.txt`,
  /** The source text with line numbers, at the lines cited if given: `/dokument/hylte/kalla/#rader-88-98`. */
  documentLines: (id: string, lines?: { readonly startLine: number; readonly endLine: number }): string =>
    `/dokument/${id}/kalla/${hash(lines ? sourceRangeAnchor(lines.startLine, lines.endLine) : undefined)}`,

  /** The comparison, on one row (`?k=`) or with one document (`?d=`): `/jamfor/?k=ansvar`. */
  compare: (options: { readonly category?: string; readonly document?: string } = {}): string =>
    `/jamfor/${query({ k: options.category, [DOCUMENTS_PARAM]: options.document })}`,
  /** Every document, county by county, to pick from: `/jamfor/valj/`. */
  compareCatalog: (): string => '/jamfor/valj/',
  /** The folder of the comparison's column fragments (`/jamfor/kolumn/<id>.html`). */
  compareFragments: (): string => '/jamfor/kolumn/',
  /** The catalogue of documents the comparison's picker searches. */
  compareCatalogData: (): string => '/jamfor/dokument.json',

  /** The search page, with a query and filters: `/sok/?q=v%C3%A4nort&kommun=hylte`. */
  search: (options: { readonly q?: string; readonly kommun?: string } = {}): string => `/sok/${query({ q: options.q, kommun: options.kommun })}`,
  /** What matching needs (`SearchIndexData`). */
  searchIndex: (): string => '/sok/index.json',
  /** The folder of the sections' texts, a folder per document and a file per section. */
  searchTexts: (): string => '/sok/text/',
  /** The folder of the shards of word positions. */
  searchPositions: (): string => '/sok/positioner/',

  /** Vem gör vad: `/ansvar/`. */
  ansvar: (): string => '/ansvar/',
  /** One kind of duty compared across documents, or a place on its page: `/ansvar/uppfoljning/#dokument-for-dokument`. */
  ansvarKind: (slug: string, anchor?: string): string => `/ansvar/${slug}/${hash(anchor)}`,
  /** One actor compared across documents: `/ansvar/aktor/kommunstyrelsen/`. */
  ansvarActor: (slug: string): string => `/ansvar/aktor/${slug}/`,

  /** Themes: `/teman/`, or a place on it (`/teman/#ordlista`). */
  teman: (anchor?: string): string => `/teman/${hash(anchor)}`,
  /** The words that name one theme, in the glossary on `/teman/`: `/teman/#ord-vanorter`. */
  themeWords: (themeId: string): string => `/teman/${hash(themeWordsAnchor(themeId))}`,

  /** The downloads: `/data/`, or one file (`DATA_FILES`). */
  data: (file?: keyof typeof DATA_FILES): string => (file ? DATA_FILES[file] : '/data/'),
  /** Sources and method: `/om/`, or a place on it (`/om/#kallor`). */
  about: (anchor?: string): string => `/om/${hash(anchor)}`,
  /** The accessibility statement. */
  accessibility: (): string => '/tillganglighet/',
} as const;
