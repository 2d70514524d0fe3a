import { CATEGORIES } from '../../taxonomy/categories.ts';
import { isHeaderLine } from '../facts.ts';
import { oneOf, stripMarks, trimEndWhere } from '../text/trim.ts';

/** Words a heading does not start or end with: they begin or continue a sentence. */
export const FUNCTION_WORDS = new Set([
  'att',
  'och',
  'som',
  'för',
  'i',
  'på',
  'med',
  'av',
  'till',
  'om',
  'från',
  'vid',
  'under',
  'efter',
  'inom',
  'genom',
  'mellan',
  'sedan',
  'när',
  'där',
  'de',
  'den',
  'det',
  'detta',
  'denna',
  'dessa',
  'en',
  'ett',
  'vi',
  'man',
  'alla',
  'både',
  'även',
  'också',
  'samt',
  'eller',
  'men',
  'så',
  'då',
  'nu',
  'här',
  'enligt',
  'utöver',
  'eftersom',
  'inför',
  'mot',
  'hos',
  'ur',
  'utan',
  'ej',
  'inte',
  'vår',
  'våra',
  'vårt',
  'dess',
  'deras',
  'sin',
  'sina',
  'sitt',
  'varje',
]);

/** Finite verbs that make a short line a sentence rather than a heading. */
const VERBS = new Set(['ska', 'skall', 'är', 'var', 'har', 'hade', 'kan', 'bör', 'måste', 'får', 'blir', 'finns', 'gäller', 'avses']);

/** Lines that state facts about the document, not headings: `Antagna XXX-XX-XX`, `Dnr …`. */
const FACT_LINE = /^(antagen|antagna|antaget|beslutad|beslutat|fastställd|fastställt|reviderad|dnr|diarienummer|datum|ink|version)\b/iu;

export const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}.*)$/u;

export function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

const KEY_END = oneOf('.:', true);

/** Lower case, no number, no surrounding punctuation or emphasis marks, single spaces. */
export function headingKey(text: string): string {
  return trimEndWhere(stripMarks(text).replace(/^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+/u, ''), KEY_END)
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/** Could this single line be a heading on its form alone? */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  const list = words(trimmed);
  if (list.length === 0 || list.length > 9 || trimmed.length > 80) return false;
  if (!/^\p{Lu}/u.test(trimmed)) return false;
  if (/[.,;:!?]$/u.test(trimmed) || trimmed.includes('\t')) return false;
  // A heading may end with the years it covers (`Handlingsplan 2024–2027`); other numbers make a line a fact or a sentence.
  const withoutYears = trimmed.replace(/\s(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$/u, '');
  if (/\d{2,}|X{2,}/u.test(withoutYears) || FACT_LINE.test(trimmed) || isHeaderLine(trimmed)) return false;
  const lower = list.map((word) => word.toLowerCase());
  if (FUNCTION_WORDS.has(lower.at(-1)!)) return false;
  if (lower.some((word) => VERBS.has(word))) return false;
  return true;
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

const CATEGORY_PATTERNS = CATEGORIES.flatMap((category) => category.headings.map((source) => new RegExp(source, 'u')));

/** The heading is one a category names (`Syfte`, `Ansvar och organisation`, `Uppföljning`). */
export function isCategoryHeading(text: string): boolean {
  const key = headingKey(text);
  return CATEGORY_PATTERNS.some((pattern) => pattern.test(key));
}

/** Headings that always stand at the top level, wherever they appear. */
export const TOP_LEVEL_HEADINGS = /^(referenser|källor|bilagor|bilaga\b|handlingar|litteratur)/u;
