/**
 * The live numbers of `/om/`: where each document came from, what each step of the parser did to
 * it, and what it warned about. Computed from the published documents, never written by hand.
 */
import { median } from 'd3-array';
import type { Diagnostic, PolicyDocument, Section } from '../../schema/policy-document.ts';
import { formatLines } from '../../lib/format.ts';
import { displayHeading } from '../../lib/document-outline.ts';

export type CategoryBasis = Section['categoryBasis'];

/** The bases, in the order the parser tries them, with how the site says them. */
export const BASES: readonly { readonly key: CategoryBasis; readonly label: string }[] = [
  { key: 'heading', label: 'rubriken' },
  { key: 'lead-in', label: 'meningen som inleder en lista' },
  { key: 'header-field', label: 'ett fält i dokumenthuvudet' },
  { key: 'position', label: 'avsnittets plats' },
  { key: 'content', label: 'texten (gissad)' },
];

export interface DocumentMethod {
  readonly id: string;
  readonly municipality: string;
  readonly title: string;
  /** How the file reached the project (`content/sources.json`), or `null`. */
  readonly origin: string | null;
  readonly sourceUrl: string | null;
  readonly file: string;
  readonly encoding: string;
  readonly lineCount: number;
  /** Sections of the steering document itself. */
  readonly sections: number;
  /** Sections of a cover letter before it. */
  readonly coverLetterSections: number;
  readonly byBasis: Readonly<Record<CategoryBasis, number>>;
  /** Sections whose category was guessed from their text: heading and lines. */
  readonly guessed: readonly { readonly heading: string; readonly lines: string; readonly sectionId: string }[];
  readonly removals: number;
  readonly responsibilities: number;
  /** Diagnostics of severity `warning`, in line order. */
  readonly warnings: readonly Diagnostic[];
  /** Lines where HTML tags were reduced to text. */
  readonly htmlTagLines: number;
  readonly decisionDate: boolean;
  readonly decisionBody: boolean;
}

export interface RuleCount {
  readonly ruleId: string;
  /** The reason the parser gave, as readers see it beside the removed text. */
  readonly reason: string;
  readonly removals: number;
  /** Source lines taken out (a join removes none). */
  readonly lines: number;
  /** Municipalities where the rule took something out, in document order. */
  readonly documents: readonly string[];
  /** How many documents the rule took something out of. */
  readonly documentCount: number;
}

export interface MethodSummary {
  readonly documents: readonly DocumentMethod[];
  readonly totalSections: number;
  readonly sectionsMedian: number;
  readonly sectionsMin: number;
  readonly sectionsMax: number;
  readonly byBasis: Readonly<Record<CategoryBasis, number>>;
  readonly removalsByRule: readonly RuleCount[];
  readonly totalRemovals: number;
  readonly totalResponsibilities: number;
  readonly totalWarnings: number;
  /** `{ 'utf-8': 5 }`. */
  readonly encodings: Readonly<Record<string, number>>;
  readonly withoutUrl: number;
  readonly withDecisionDate: number;
  readonly withDecisionBody: number;
}

const emptyBases = (): Record<CategoryBasis, number> => ({ heading: 0, 'lead-in': 0, 'header-field': 0, position: 0, content: 0 });

const byLine = (a: Diagnostic, b: Diagnostic) => (a.line ?? 0) - (b.line ?? 0);

/** What the parser did to one document. */
export function documentMethod(document: PolicyDocument): DocumentMethod {
  const own = document.sections.filter((section) => section.part === 'document');
  const byBasis = emptyBases();
  for (const section of own) byBasis[section.categoryBasis]++;
  return {
    id: document.id,
    municipality: document.municipality ?? document.title,
    title: document.title,
    origin: document.metadata.origin,
    sourceUrl: document.metadata.sourceUrl,
    file: document.source.file,
    encoding: document.source.encoding,
    lineCount: document.source.lineCount,
    sections: own.length,
    coverLetterSections: document.sections.length - own.length,
    byBasis,
    guessed: document.sections
      .filter((section) => section.categoryBasis === 'content')
      .map((section) => ({ heading: displayHeading(section), lines: formatLines(section.source.startLine, section.source.endLine), sectionId: section.id })),
    removals: document.removed.length,
    responsibilities: document.responsibilities.length,
    warnings: document.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').sort(byLine),
    htmlTagLines: document.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'html-tag').length,
    decisionDate: document.adopted.date !== null,
    decisionBody: document.adopted.by !== null,
  };
}

/** Removals grouped by the rule that made them, most frequent first (then by rule id). */
export function removalsByRule(documents: readonly PolicyDocument[]): RuleCount[] {
  const rules = new Map<string, { reason: string; removals: number; lines: number; documents: string[]; ids: Set<string> }>();
  for (const document of documents) {
    for (const removal of document.removed) {
      const entry = rules.get(removal.ruleId) ?? { reason: removal.reason, removals: 0, lines: 0, documents: [], ids: new Set<string>() };
      entry.removals++;
      entry.ids.add(document.id);
      if (removal.text !== '') entry.lines += removal.endLine - removal.startLine + 1;
      const name = document.municipality ?? document.title;
      if (!entry.documents.includes(name)) entry.documents.push(name);
      rules.set(removal.ruleId, entry);
    }
  }
  return [...rules]
    .map(([ruleId, { ids, ...entry }]) => ({ ruleId, ...entry, documentCount: ids.size }))
    .sort((a, b) => b.removals - a.removals || a.ruleId.localeCompare(b.ruleId));
}

/** The numbers of `/om/` for the given documents. */
export function methodSummary(documents: readonly PolicyDocument[]): MethodSummary {
  const perDocument = documents.map(documentMethod);
  const counts = perDocument.map((document) => document.sections);
  const byBasis = emptyBases();
  for (const document of perDocument) for (const basis of BASES) byBasis[basis.key] += document.byBasis[basis.key];
  const encodings: Record<string, number> = {};
  for (const document of perDocument) encodings[document.encoding] = (encodings[document.encoding] ?? 0) + 1;
  const rules = removalsByRule(documents);
  return {
    documents: perDocument,
    totalSections: counts.reduce((sum, count) => sum + count, 0),
    sectionsMedian: median(counts) ?? 0,
    sectionsMin: counts.length > 0 ? Math.min(...counts) : 0,
    sectionsMax: counts.length > 0 ? Math.max(...counts) : 0,
    byBasis,
    removalsByRule: rules,
    totalRemovals: rules.reduce((sum, rule) => sum + rule.removals, 0),
    totalResponsibilities: perDocument.reduce((sum, document) => sum + document.responsibilities, 0),
    totalWarnings: perDocument.reduce((sum, document) => sum + document.warnings.length, 0),
    encodings,
    withoutUrl: perDocument.filter((document) => document.sourceUrl === null).length,
    withDecisionDate: perDocument.filter((document) => document.decisionDate).length,
    withDecisionBody: perDocument.filter((document) => document.decisionBody).length,
  };
}
