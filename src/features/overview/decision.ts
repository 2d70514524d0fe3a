/**
 * When and by whom a document was decided, as the overview states it: the date and the body when
 * the document gives them, the statement as written when its date is a placeholder (Tyresö's
 * `Antagna XXX-XX-XX`), and `Beslutsdatum saknas` when there is no date at all.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { formatDate } from '../../lib/format.ts';
import { documentYear } from '../../lib/document-age.ts';

export interface DecisionSummary {
  /** `19 mars 2020`, or `null` when the document gives no usable date. */
  readonly date: string | null;
  /** The deciding body (`Kommunfullmäktige`), or `null`. */
  readonly by: string | null;
  /** The statement as written when the date is a placeholder or unreadable; else `null`. */
  readonly asWritten: string | null;
  /** The date is a template placeholder: the document may be a draft. */
  readonly placeholder: boolean;
  /** One line for a table cell. */
  readonly text: string;
}

/** The decision of a document, summarised for a table cell. */
export function decisionSummary(document: Pick<PolicyDocument, 'adopted' | 'diagnostics' | 'metadata'>): DecisionSummary {
  const { adopted } = document;
  const date = formatDate(adopted.date);
  const by = adopted.by;
  const placeholder = document.diagnostics.some((diagnostic) => diagnostic.ruleId === 'adoption-date-placeholder');
  const asWritten = date === null && adopted.text ? adopted.text : null;
  let text: string;
  if (date) text = by ? `${date}, ${by}` : date;
  else if (asWritten) text = `”${asWritten}”${placeholder ? ' (platshållare: datum saknas)' : ''}${by ? `, ${by}` : ''}`;
  else text = by ? `${by}; beslutsdatum saknas` : 'Beslutsdatum saknas';
  // Without a date, the year of the case number still places the document in time.
  const year = date === null ? documentYear(document) : null;
  if (year) text += ` (diarienummer från ${year.year})`;
  return { date, by, asWritten, placeholder, text };
}
