/**
 * `/om/` above `PER_DOCUMENT_MAX` documents: the parser's numbers summed per county (the numbers
 * per document move to the county pages), warnings counted per rule (each document's own are on
 * its page and its county's page), and where the texts came from counted per origin.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import type { CountyGroup } from '../../lib/counties.ts';
import { documentMethod, type CategoryBasis } from './method.ts';

/** The parser's work on one county's documents, summed. */
export interface CountyMethod {
  readonly label: string;
  readonly href: string;
  readonly documents: number;
  readonly sections: number;
  readonly coverLetterSections: number;
  readonly byBasis: Readonly<Record<CategoryBasis, number>>;
  readonly removals: number;
  readonly responsibilities: number;
  readonly warnings: number;
  /** Documents with at least one warning. */
  readonly documentsWithWarnings: number;
}

/** One row per county group, in the groups' order. */
export function methodByCounty(groups: readonly CountyGroup[]): CountyMethod[] {
  return groups.map((group) => {
    const methods = group.documents.map(documentMethod);
    const sum = (pick: (method: (typeof methods)[number]) => number) => methods.reduce((total, method) => total + pick(method), 0);
    return {
      label: group.label,
      href: group.href,
      documents: methods.length,
      sections: sum((method) => method.sections),
      coverLetterSections: sum((method) => method.coverLetterSections),
      byBasis: {
        heading: sum((method) => method.byBasis.heading),
        'lead-in': sum((method) => method.byBasis['lead-in']),
        'header-field': sum((method) => method.byBasis['header-field']),
        position: sum((method) => method.byBasis.position),
        content: sum((method) => method.byBasis.content),
      },
      removals: sum((method) => method.removals),
      responsibilities: sum((method) => method.responsibilities),
      warnings: sum((method) => method.warnings.length),
      documentsWithWarnings: methods.filter((method) => method.warnings.length > 0).length,
    };
  });
}

/** The warnings of one rule over all documents. */
export interface WarningRule {
  readonly ruleId: string;
  readonly warnings: number;
  readonly documents: number;
  /** The first warning of the rule (in document order), to show what it says. */
  readonly example: { readonly message: string; readonly documentId: string; readonly municipality: string };
}

/** Warnings per rule, most frequent first (then by rule id). */
export function warningsByRule(documents: readonly PolicyDocument[]): WarningRule[] {
  const rules = new Map<string, { warnings: number; ids: Set<string>; example: WarningRule['example'] }>();
  for (const document of documents) {
    for (const diagnostic of document.diagnostics) {
      if (diagnostic.severity !== 'warning') continue;
      const entry = rules.get(diagnostic.ruleId) ?? {
        warnings: 0,
        ids: new Set<string>(),
        example: { message: diagnostic.message, documentId: document.id, municipality: document.municipality ?? document.title },
      };
      entry.warnings++;
      entry.ids.add(document.id);
      rules.set(diagnostic.ruleId, entry);
    }
  }
  return [...rules]
    .map(([ruleId, entry]) => ({ ruleId, warnings: entry.warnings, documents: entry.ids.size, example: entry.example }))
    .sort((a, b) => b.warnings - a.warnings || a.ruleId.localeCompare(b.ruleId));
}

/** How the texts reached the project, with how many documents each way (`null`: not recorded), most first. */
export function originCounts(documents: readonly PolicyDocument[]): { readonly origin: string | null; readonly documents: number }[] {
  const counts = new Map<string | null, number>();
  for (const document of documents) counts.set(document.metadata.origin, (counts.get(document.metadata.origin) ?? 0) + 1);
  return [...counts]
    .map(([origin, count]) => ({ origin, documents: count }))
    .sort((a, b) => b.documents - a.documents || (a.origin ?? '').localeCompare(b.origin ?? '', 'sv'));
}
