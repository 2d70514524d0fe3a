/**
 * What the parser adds to mdast nodes, declared once: the source lines a block came from and the
 * facts later steps need. Positions (`node.position`) are always source line numbers.
 */
import type { PhrasingContent } from 'mdast';

export interface BlockLine {
  /** 1-based source line. */
  readonly line: number;
  /** The line after noise removal and without its list marker, as plain text. */
  readonly text: string;
  readonly phrases: readonly PhrasingContent[];
}

declare module 'mdast' {
  interface ParagraphData {
    /** Every source line of the paragraph, in order. */
    lines?: BlockLine[];
    /** A page break came right before the paragraph's first line. */
    pageBreakBefore?: boolean;
  }
  interface HeadingData {
    /** The document's own number (`2.1`). */
    number?: string;
    /** How the heading was recognised. */
    kind?: 'atx' | 'numbered' | 'toc' | 'caps' | 'bare' | 'inline' | 'actor';
    /** The heading repeats the document's title. */
    isTitle?: boolean;
    line?: number;
  }
  interface ListItemData {
    lines?: BlockLine[];
  }
  interface ListData {
    /** Its items come back as the headings of the sections after it: the areas the document goes through. */
    topics?: boolean;
  }
  interface RootData {
    /** Titles from the document's own table of contents. */
    tocEntries?: string[];
    tocText?: string;
    transcript?: boolean;
  }
}
