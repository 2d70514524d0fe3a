/**
 * What the search page renders at build time: the filter choices (municipalities in Swedish order;
 * the five main categories, then the others that occur; the document or its cover letter, where
 * some document has one), the example searches, and the documents to offer readers without
 * JavaScript.
 */
import type { PolicyDocument } from '../../../schema/policy-document.ts';
import { groupByCounty } from '../../../lib/counties.ts';
import { pageDesign } from '../../../lib/scale.ts';
import { CANONICAL_CATEGORY_KEYS, CATEGORIES, isCanonicalCategory } from '../../../taxonomy/categories.ts';
import { municipalityKey } from '../../../taxonomy/identity.ts';
import { issuerName, issuerOrTitle } from '../../../lib/issuer.ts';
import { routes } from '../../../lib/routes.ts';
import { PART_KEYS } from '../filters.ts';
import { orExample, searchExamples, searcherFor } from './examples.ts';

export interface FilterChoice {
  /** The URL value (`hylte`, `ansvar`). */
  readonly value: string;
  readonly label: string;
}

export interface DocumentLink {
  readonly href: string;
  readonly municipality: string;
  readonly title: string;
}

/** The municipalities of one county, for the filter above `PER_DOCUMENT_MAX` documents. */
export interface MunicipalityGroup {
  readonly county: string;
  readonly choices: readonly FilterChoice[];
}

export interface SearchPageOptions {
  readonly municipalities: readonly FilterChoice[];
  /**
   * Above `PER_DOCUMENT_MAX` documents (`../../../lib/scale.ts`) the municipalities county by county, each
   * county folded away, instead of hundreds of checkboxes in one list; `null` up to it.
   */
  readonly municipalityGroups: readonly MunicipalityGroup[] | null;
  /** Above `PER_DOCUMENT_MAX` documents readers without JavaScript get the list of all documents (`/jamfor/valj/`) instead of every link here. */
  readonly listsDocuments: boolean;
  /** The five main categories, in the comparison's order. */
  readonly mainCategories: readonly FilterChoice[];
  /** The other categories that occur, in the taxonomy's order. */
  readonly otherCategories: readonly FilterChoice[];
  /** The document itself or its cover letter (`?del=`), when some document has a cover letter; else none. */
  readonly parts: readonly FilterChoice[];
  /** Searches to try, each with hits (`examples.ts`), the last one with `ELLER`. */
  readonly examples: readonly string[];
  readonly documents: readonly DocumentLink[];
}

/** The labels of the parts of a file, as the filter names them. */
export const PART_LABELS = { [PART_KEYS.document]: 'Styrdokumentet', [PART_KEYS.coverLetter]: 'Följebrev (tjänsteskrivelse)' } as const;

const collator = new Intl.Collator('sv');

export function searchPageOptions(documents: readonly PolicyDocument[]): SearchPageOptions {
  const used = new Set(documents.flatMap((document) => document.sections.map((section) => section.category)));
  const choice = (key: string): FilterChoice => {
    const category = CATEGORIES.find((candidate) => candidate.key === key)!;
    return { value: category.urlKey, label: category.label };
  };
  const aggregate = pageDesign(documents.length) === 'aggregate';
  const choices = (group: readonly PolicyDocument[]): FilterChoice[] =>
    [...new Map(group.map((document) => [municipalityKey(document), issuerOrTitle(document)]))]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => collator.compare(a.label, b.label));
  return {
    municipalities: choices(documents),
    municipalityGroups: aggregate ? groupByCounty(documents).map((group) => ({ county: group.label, choices: choices(group.documents) })) : null,
    listsDocuments: !aggregate,
    mainCategories: CANONICAL_CATEGORY_KEYS.map(choice),
    otherCategories: CATEGORIES.filter((category) => !isCanonicalCategory(category.key) && used.has(category.key)).map((category) => choice(category.key)),
    parts: documents.some((document) => document.sections.some((section) => section.part === 'cover-letter'))
      ? [PART_KEYS.document, PART_KEYS.coverLetter].map((value) => ({ value, label: PART_LABELS[value] }))
      : [],
    examples: pageExamples(documents),
    documents: documents
      .map((document) => ({ href: routes.document(document.id), municipality: issuerName(document), title: document.title }))
      .sort((a, b) => collator.compare(a.municipality, b.municipality) || collator.compare(a.title, b.title)),
  };
}

/** The example searches of the search page: those of the home page, and one with `ELLER`. */
function pageExamples(documents: readonly PolicyDocument[]): string[] {
  const searcher = searcherFor(documents);
  const examples = searchExamples(documents, undefined, searcher);
  const or = orExample(documents, searcher);
  return or ? [...examples, or] : examples;
}
