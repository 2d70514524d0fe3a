import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { CANONICAL_CATEGORY_KEYS, getCategory } from '../../taxonomy/categories.ts';
import { report } from '../diagnostics.ts';
import '../file-data.ts';
import { findHeaderFields } from '../metadata/extract-metadata.ts';
import { buildSections } from './build-sections.ts';
import { finalizeSections } from './finalize.ts';

/**
 * The unified plugin that turns the tree into the document's sections (`file.data.sections`): the
 * outline (`buildSections`), the front matter's header fields (`file.data.headerFields`), and each
 * section's category (`finalizeSections`). It warns where a category is a guess from the text and
 * where the document has no headings, and notes which of the comparison's rows it lacks.
 */
export function policySections() {
  return (tree: Root, file: VFile): void => {
    const drafts = buildSections(tree);
    if (!tree.children.some((node) => node.type === 'heading' && !node.data?.isTitle)) {
      report(file, 'warning', 'no-headings', 'Inga rubriker hittades; texten delas upp efter vad den säger.', 1, 1);
    }
    const fields = findHeaderFields(
      file.data.sourceLines ?? [],
      drafts.filter((draft) => draft.frontMatter),
    );
    const sections = finalizeSections(drafts, fields);
    for (const section of sections) {
      if (section.categoryBasis !== 'content') continue;
      const label = getCategory(section.category).label;
      report(
        file,
        'warning',
        'category-from-content',
        `Kategorin ”${label}” för avsnittet ”${section.heading ?? '(utan rubrik)'}” är gissad från texten; rubriken säger inget.`,
        section.source.startLine,
        1,
      );
    }
    for (const key of CANONICAL_CATEGORY_KEYS) {
      if (!sections.some((section) => section.category === key))
        report(file, 'info', 'category-missing', `Dokumentet har inget avsnitt om ${getCategory(key).label.toLowerCase()}.`);
    }
    file.data.headerFields = fields;
    file.data.sections = sections;
  };
}
