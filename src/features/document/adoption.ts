/**
 * The decision behind a document, as a reader should see it: date and body where the document
 * states them, the text as written where it only holds a placeholder (`Antagna XXX-XX-XX`), and a
 * flag whenever something is missing, so no one cites a draft as a decision.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { formatDate, formatLines } from '../../lib/format.ts';
import { lineList } from './interpretation.ts';
import { listSv } from '../../lib/swedish.ts';

export type AdoptionStatus = 'decided' | 'placeholder' | 'incomplete' | 'missing';

export interface AdoptionSummary {
  readonly status: AdoptionStatus;
  /** What to show as the decision: `19 mars 2020, Kommunfullmäktige`, or the placeholder as written. */
  readonly shown: string;
  /** The decision as the document writes it, when that differs from `shown`. */
  readonly asWritten: string | null;
  /** Why the decision is flagged (null when it is complete). */
  readonly flag: string | null;
  /** The source lines the flag refers to (`rad 5`, `rader 7 och 8`), when known. */
  readonly lines: string | null;
}

const PLACEHOLDER = /x{2,}|_{3,}|\?{2,}|åå/iu;
/** Header fields that state the decision (`Beslutad när`, `Beslutad av`, `Antagen`). */
const DECISION_FIELD = /^(beslut|antag|fastställ)/iu;

/** Summarise a document's decision for display. */
export function summariseAdoption(document: Pick<PolicyDocument, 'adopted' | 'diagnostics' | 'metadata'>): AdoptionSummary {
  const { date, by, text } = document.adopted;
  const diagnostic = (ruleId: string) => document.diagnostics.find((candidate) => candidate.ruleId === ruleId);
  const placeholder = diagnostic('adoption-date-placeholder');
  if (date === null && (placeholder || (text !== null && PLACEHOLDER.test(text)))) {
    return {
      status: 'placeholder',
      shown: text ?? 'Platshållare',
      asWritten: null,
      flag: 'Beslutsdatumet är en platshållare i källtexten, inte ett datum: dokumentet kan vara ett utkast.',
      lines: placeholder?.line ? formatLines(placeholder.line, placeholder.line) : null,
    };
  }
  const decided = [formatDate(date), by].filter(Boolean).join(', ');
  if (date !== null && by !== null) {
    return { status: 'decided', shown: decided, asWritten: text, flag: null, lines: null };
  }
  if (decided !== '') {
    return {
      status: 'incomplete',
      shown: decided,
      asWritten: text,
      flag: date === null ? 'Dokumentet anger inget beslutsdatum.' : 'Dokumentet anger inte vem som beslutade.',
      lines: null,
    };
  }
  const blank = document.metadata.fields.filter((field) => DECISION_FIELD.test(field.label) && field.value.trim() === '');
  const blankNote =
    blank.length === 0
      ? ''
      : ` ${blank.length === 1 ? 'Fältet' : 'Fälten'} ${listSv(blank.map((field) => `”${field.label}”`))} i dokumenthuvudet är ${blank.length === 1 ? 'tomt' : 'tomma'}.`;
  return {
    status: 'missing',
    shown: text ?? 'Framgår inte av dokumentet',
    asWritten: null,
    flag: `Dokumentet anger varken beslutsdatum eller beslutande organ.${blankNote}`,
    lines: blank.length > 0 ? lineList(blank.map((field) => ({ startLine: field.line, endLine: field.line }))) : null,
  };
}
