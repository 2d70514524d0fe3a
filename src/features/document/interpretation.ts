/**
 * What the parser did to the text, for the reader who must trust it: every removal grouped by its
 * reason (with lines and the exact text), and the warnings it gave.
 */
import type { Diagnostic, PolicyDocument, Removal } from '../../schema/policy-document.ts';
import { formatLines } from '../../lib/format.ts';
import { listSv } from '../../lib/swedish.ts';

export interface RemovalGroup {
  readonly ruleId: string;
  readonly reason: string;
  readonly removals: readonly Removal[];
  /** All the lines of the group, short: `rad 10, 14, 16–18`. */
  readonly lines: string;
}

/** Removals grouped by rule and reason, groups in the order of their first removal. */
export function groupRemovals(removed: readonly Removal[]): RemovalGroup[] {
  const groups = new Map<string, Removal[]>();
  for (const removal of [...removed].sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine)) {
    const key = `${removal.ruleId}\u0000${removal.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), removal]);
  }
  return [...groups.values()].map((removals) => ({
    ruleId: removals[0]!.ruleId,
    reason: removals[0]!.reason,
    removals,
    lines: lineList(removals),
  }));
}

/** `rad 10`, `rader 10, 14 och 16–18`: distinct ranges, in order. */
export function lineList(ranges: readonly { startLine: number; endLine: number }[]): string {
  const distinct = [...new Map(ranges.map((range) => [`${range.startLine}-${range.endLine}`, range])).values()];
  if (distinct.length === 1) return formatLines(distinct[0]!.startLine, distinct[0]!.endLine);
  const parts = distinct.map((range) => (range.startLine === range.endLine ? `${range.startLine}` : `${range.startLine}–${range.endLine}`));
  return `rader ${listSv(parts)}`;
}

/** How many lines of the source the removals cover (each line counted once). */
export function removedLineCount(removed: readonly Removal[]): number {
  const lines = new Set<number>();
  for (const removal of removed) for (let line = removal.startLine; line <= removal.endLine; line++) lines.add(line);
  return lines.size;
}

/** The parser's warnings, in line order (those without a line last). */
export function parserWarnings(document: Pick<PolicyDocument, 'diagnostics'>): Diagnostic[] {
  return sortByLine(document.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning' || diagnostic.severity === 'fatal'));
}

/** The parser's notes (severity `info`), in line order. */
export function parserNotes(document: Pick<PolicyDocument, 'diagnostics'>): Diagnostic[] {
  return sortByLine(document.diagnostics.filter((diagnostic) => diagnostic.severity === 'info'));
}

function sortByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
}

/** `rad 5`, `rad 5, kolumn 3`, or `hela dokumentet` for a diagnostic without a place. */
export function diagnosticPlace(diagnostic: Pick<Diagnostic, 'line' | 'column'>): string {
  if (diagnostic.line === null) return 'hela dokumentet';
  return diagnostic.column !== null && diagnostic.column > 1 ? `rad ${diagnostic.line}, kolumn ${diagnostic.column}` : `rad ${diagnostic.line}`;
}
