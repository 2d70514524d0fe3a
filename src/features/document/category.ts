/**
 * How a section's category was decided, in words a reader can weigh: from the heading, inherited
 * from the enclosing section, from a header field, or guessed from the text (marked as a guess).
 */
import type { Section } from '../../schema/policy-document.ts';
import { getCategory } from '../../taxonomy/categories.ts';

export interface CategoryExplanation {
  /** The category's Swedish label (`Ansvar`). */
  readonly label: string;
  /** How it was decided, lower case, to follow the label (`enligt rubriken`). */
  readonly basis: string;
  /** True when the parser guessed the category from the section's text: shown as a guess. */
  readonly guessed: boolean;
  /** True for the five rows of the comparison. */
  readonly canonical: boolean;
}

/** Explain a section's category and what it was decided from. */
export function explainCategory(section: Pick<Section, 'category' | 'categoryBasis' | 'path' | 'heading'>): CategoryExplanation {
  const category = getCategory(section.category);
  const parent = section.path.at(-1);
  const basis = {
    heading: section.category === 'other' ? 'ingen kategori passar rubriken' : 'enligt rubriken',
    content: 'gissad från texten',
    'lead-in': 'enligt meningen som inleder listan',
    'header-field': 'från ett fält i dokumenthuvudet',
    position:
      section.category === 'front-matter'
        ? 'texten före första rubriken'
        : section.heading === null && !parent
          ? 'dokumentets inledande text, som inte pekar åt annat håll'
          : parent
            ? `ärvd från ”${parent}”`
            : 'ärvd från överordnat avsnitt',
  }[section.categoryBasis];
  return { label: category.label, basis, guessed: section.categoryBasis === 'content', canonical: category.canonical };
}
