/** A row of the parser's numbers (`MethodNumbersTable.astro`): one document's, or one county's summed. */
import type { CategoryBasis } from './method.ts';

export interface MethodRow {
  /** `data-document` of the row, for a document's row. */
  readonly documentId?: string;
  readonly label: string;
  /** Where the row's label links (a county's page), if anywhere. */
  readonly href?: string;
  /** Documents in the row (a county's), when the table has that column. */
  readonly documents?: number;
  readonly sections: number;
  /** `(+3 i följebrevet)`, or `null`. */
  readonly coverLetterNote: string | null;
  readonly byBasis: Readonly<Record<CategoryBasis, number>>;
  readonly removals: number;
  readonly responsibilities: number;
  readonly warnings: number;
  /** Where the count of warnings links, or `null`. */
  readonly warningsHref: string | null;
  /** `i 4 dok.`, or `null`. */
  readonly warningsNote: string | null;
}
