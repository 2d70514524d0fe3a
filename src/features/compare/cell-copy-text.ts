/**
 * What "Kopiera texten" puts on the clipboard for a comparison cell: each
 * section's heading, its text (paragraphs, list items on lines of their own) and its citation,
 * sections one after another. Pure, so that it is tested here and run in the browser on what the
 * cell shows (browser/copy-cell.ts). Soft hyphens, which only help a narrow column break a word,
 * never reach the clipboard.
 */

/** One section of a cell as it is copied. */
export interface CopiedSection {
  /** `4 Mål`. */
  heading: string;
  /** Paragraphs, and lists as their items one a line (`– …`, `1. …`). */
  blocks: readonly string[];
  /** The full citation, with the site's address. */
  citation: string;
}

/** A cell's sections as plain text, a blank line between parts. */
export function cellCopyText(sections: readonly CopiedSection[]): string {
  return sections
    .map((section) => [section.heading, ...section.blocks, section.citation].map(clean).filter(Boolean).join('\n\n'))
    .filter(Boolean)
    .join('\n\n');
}

/** A list's items as lines: `– punkt` for a bulleted list, `3. punkt` numbered from `start`. */
export function listText(items: readonly string[], ordered: boolean, start = 1): string {
  return items.map((item, index) => `${ordered ? `${start + index}.` : '–'} ${clean(item)}`).join('\n');
}

/** Without soft hyphens; runs of white space as one space on each line; no blank lines at the ends. */
function clean(text: string): string {
  return text
    .replace(/\u00ad/gu, '')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .join('\n')
    .trim();
}
