/**
 * Which municipality names which themes, and how much it counts (`weights.ts`): themes (rows) ×
 * documents (columns). Each cell keeps the sections that name the theme, and a search term (the
 * word the document uses most where the theme weighs most) for a link to the passages.
 */
import { sectionName, sectionPath } from '../../lib/citation.ts';
import type { PolicyDocument, Section } from '../../schema/policy-document.ts';
import { THEMES, findThemeMatches, type ThemeId } from '../../taxonomy/themes.ts';
import { documentColumns, type DocumentColumn } from '../../lib/document-columns.ts';
import { sectionWeight } from './weights.ts';
import { municipalityKey } from '../../taxonomy/identity.ts';
import { routes } from '../../lib/routes.ts';

export interface ThemeSection {
  readonly sectionId: string;
  readonly name: string;
  readonly href: string;
  readonly weight: number;
  /** How many times the section names the theme. */
  readonly count: number;
  /** The words as written, in text order. */
  readonly words: readonly string[];
}

export interface ThemeCell {
  readonly themeId: ThemeId;
  readonly documentId: string;
  /** The highest weight of the sections that name the theme; 0: not named. */
  readonly weight: number;
  /** Mentions in all counted sections. */
  readonly count: number;
  /** Highest weight first, then in document order. */
  readonly sections: readonly ThemeSection[];
  /** The word to search for, or `null` when the theme is not named. */
  readonly searchTerm: string | null;
  /** The search for `searchTerm` in the document's municipality (`/sok/?q=vänorter&kommun=hylte`), or `null`. */
  readonly searchHref: string | null;
}

export interface ThemeRow {
  readonly themeId: ThemeId;
  readonly label: string;
  readonly description: string;
  /** The sum of the documents' weights: the rows are sorted by it. */
  readonly total: number;
  /** Documents that name the theme. */
  readonly named: number;
}

export interface ThemeMap {
  readonly rows: readonly ThemeRow[];
  readonly columns: readonly DocumentColumn[];
  /** `cells[row][column]`. */
  readonly cells: readonly (readonly ThemeCell[])[];
}

/** The text a theme is looked for in: the heading and the text. */
const sectionText = (section: Section): string => [section.heading ?? '', section.text].join('\n');

/** The most frequent word (lower case; the first one on a tie). */
function mostFrequent(words: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  let best: string | null = null;
  for (const [word, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = word;
  return best;
}

/** One document's cell for one theme. */
export function themeCell(document: PolicyDocument, themeId: ThemeId): ThemeCell {
  const sections = document.sections
    .map((section, order) => ({ section, order, weight: sectionWeight(section) }))
    .filter(({ weight }) => weight > 0)
    .map(({ section, order, weight }) => {
      const words = findThemeMatches(sectionText(section), themeId).map((match) => match.text);
      return { order, entry: { sectionId: section.id, name: sectionName(section), href: sectionPath(document, section), weight, count: words.length, words } };
    })
    .filter(({ entry }) => entry.count > 0)
    .sort((a, b) => b.entry.weight - a.entry.weight || a.order - b.order)
    .map(({ entry }) => entry);
  const weight = sections[0]?.weight ?? 0;
  const top = sections.filter((section) => section.weight === weight).flatMap((section) => section.words);
  const searchTerm = mostFrequent(top);
  return {
    themeId,
    documentId: document.id,
    weight,
    count: sections.reduce((sum, section) => sum + section.count, 0),
    sections,
    searchTerm,
    searchHref: searchTerm === null ? null : searchHref(searchTerm, document),
  };
}

/** The theme map of `documents`: every theme, the most weighty first (ties in `THEMES` order). */
export function themeMap(documents: readonly PolicyDocument[]): ThemeMap {
  const columns = documentColumns(documents);
  const all = THEMES.map((theme, order) => {
    const cells = documents.map((document) => themeCell(document, theme.id));
    const row: ThemeRow = {
      themeId: theme.id,
      label: theme.label,
      description: theme.description,
      total: cells.reduce((sum, cell) => sum + cell.weight, 0),
      named: cells.filter((cell) => cell.weight > 0).length,
    };
    return { row, cells, order };
  }).sort((a, b) => b.row.total - a.row.total || a.order - b.order);
  return { rows: all.map((entry) => entry.row), columns, cells: all.map((entry) => entry.cells) };
}

/** The search page, pre-filtered to the document's municipality by its key (`municipalityKey`): `/sok/?q=vänorter&kommun=hylte`. */
export function searchHref(term: string, document: Pick<PolicyDocument, 'id' | 'municipality' | 'municipalityCode'>): string {
  return routes.search({ q: term, kommun: municipalityKey(document) });
}
