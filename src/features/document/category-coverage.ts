/**
 * Which of the five comparison categories the steering document covers, and where: the quick
 * answer to "does Tyresö say anything about follow-up?". Cover-letter sections do not count.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, getCategory, type CanonicalCategoryKey } from '../../taxonomy/categories.ts';

export interface CategoryCoverage {
  readonly key: CanonicalCategoryKey;
  readonly label: string;
  /** The route key for `/jamfor/?k=`. */
  readonly urlKey: string;
  /** Ids of the document's sections in this category, in source order (empty: a gap). */
  readonly sectionIds: readonly string[];
}

/** The five canonical categories, each with the steering document's sections in it. */
export function canonicalCoverage(document: Pick<PolicyDocument, 'sections'>): CategoryCoverage[] {
  return CANONICAL_CATEGORY_KEYS.map((key) => {
    const category = getCategory(key);
    return {
      key,
      label: category.label,
      urlKey: category.urlKey,
      sectionIds: document.sections.filter((section) => section.part === 'document' && section.category === key).map((section) => section.id),
    };
  });
}
