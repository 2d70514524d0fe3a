/**
 * The ids of the document page's own regions. Section ids (the permalinks) are `[a-z0-9-]+`, so
 * every id here contains `_`: no heading of any document can ever take one of them.
 */
export const PAGE_IDS = {
  metadata: '_uppgifter',
  contents: '_innehall',
  categories: '_kategorier',
  sectionList: '_avsnitt',
  sourceFile: '_kallfil',
  interpretation: '_tolkning',
  removed: '_borttaget',
  warnings: '_varningar',
  coverLetter: '_foljebrev',
  document: '_styrdokumentet',
} as const;

/** The id of the heading of a region or section (`syfte` → `syfte_rubrik`). */
export function headingId(id: string): string {
  return `${id}_rubrik`;
}

/** The id of a section's responsibilities list label. */
export function dutiesId(sectionId: string): string {
  return `${sectionId}_ansvar`;
}
