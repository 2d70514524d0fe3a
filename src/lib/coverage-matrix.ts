/**
 * Which of the five canonical categories each document covers: the data behind the overview's
 * chart and its table. Only the steering document itself counts, not a cover letter before it
 * (Järfälla's tjänsteskrivelse is not the policy that was decided).
 */
import type { PolicyDocument, Section } from '../schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, getCategory, type CanonicalCategoryKey } from '../taxonomy/categories.ts';
import { getDocumentType } from '../taxonomy/document-types.ts';
import { sectionName, sectionPath } from './citation.ts';

/**
 * How a category is covered: `heading` when a section's own heading (or a header field) names it,
 * `guessed` when every section of the category got it from its text or from a parent whose text
 * was guessed, `missing` when no section has it.
 */
export type CoverageStatus = 'heading' | 'guessed' | 'missing';

/** One document × one category. */
export interface CoverageCell {
  readonly category: CanonicalCategoryKey;
  readonly categoryLabel: string;
  /** The `?k=` key of the comparison (`ansvar`). */
  readonly urlKey: string;
  readonly status: CoverageStatus;
  /** The document's sections of this category, in document order. */
  readonly sections: readonly Section[];
  /** Permalink of the first of them; `null` when the category is missing. */
  readonly href: string | null;
  /** The first section's name as cited (`5 Ansvar`); `null` when missing. */
  readonly firstSectionName: string | null;
}

/** One document's row. */
export interface CoverageRow {
  readonly documentId: string;
  /** The municipality, or the title when the municipality is unknown. */
  readonly label: string;
  readonly cells: readonly CoverageCell[];
}

/** Bases that say the heading (or the document's header) named the category. */
const NAMED_BASES: ReadonlySet<Section['categoryBasis']> = new Set(['heading', 'lead-in', 'header-field']);

/**
 * Is a category that only came `position`-wise (inherited from the parent section) named by a
 * heading higher up? Hylte's "Omvärldsbevakning" inherits "Prioriterade områden" from a parent
 * whose category was guessed from its text, so it is guessed too.
 */
function namedByAncestor(section: Section, sections: readonly Section[]): boolean {
  const index = sections.indexOf(section);
  let level = section.level;
  for (let i = index - 1; i >= 0 && level > 1; i--) {
    const candidate = sections[i]!;
    if (candidate.level >= level) continue;
    level = candidate.level;
    if (candidate.category !== section.category) return false;
    if (NAMED_BASES.has(candidate.categoryBasis)) return true;
    if (candidate.categoryBasis !== 'position') return false;
  }
  return false;
}

function statusOf(sections: readonly Section[], all: readonly Section[]): CoverageStatus {
  if (sections.length === 0) return 'missing';
  const named = sections.some((section) => NAMED_BASES.has(section.categoryBasis) || (section.categoryBasis === 'position' && namedByAncestor(section, all)));
  return named ? 'heading' : 'guessed';
}

/** The coverage of one document: one cell per canonical category, in the comparison's order. */
export function documentCoverage(document: PolicyDocument): CoverageRow {
  const own = document.sections.filter((section) => section.part === 'document');
  const cells = CANONICAL_CATEGORY_KEYS.map((key): CoverageCell => {
    const sections = own.filter((section) => section.category === key);
    const category = getCategory(key);
    const first = sections[0];
    return {
      category: key,
      categoryLabel: category.label,
      urlKey: category.urlKey,
      status: statusOf(sections, own),
      sections,
      href: first ? sectionPath(document, first) : null,
      firstSectionName: first ? sectionName(first) : null,
    };
  });
  return { documentId: document.id, label: document.municipality ?? document.title, cells };
}

/**
 * The coverage of every document, in the order given. Where a municipality has several documents,
 * each row label gets the adoption year (or the document type, or the id) so the rows can be told apart.
 */
export function coverageMatrix(documents: readonly PolicyDocument[]): CoverageRow[] {
  const rows = documents.map(documentCoverage);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
  const labelled = rows.map((row, index) => {
    if (counts.get(row.label)! < 2) return row;
    const document = documents[index]!;
    const year = document.adopted.date?.slice(0, 4);
    const label = year
      ? `${row.label} ${year}`
      : document.documentType
        ? `${row.label} (${getDocumentType(document.documentType).label.toLocaleLowerCase('sv')})`
        : `${row.label} (${document.id})`;
    return { ...row, label };
  });
  // Two documents of one municipality from the same year: fall back to their ids.
  const labels = new Map<string, number>();
  for (const row of labelled) labels.set(row.label, (labels.get(row.label) ?? 0) + 1);
  return labelled.map((row) => (labels.get(row.label)! > 1 ? { ...row, label: `${row.label} (${row.documentId})` } : row));
}

/** Per category: how many documents cover it (guessed or named) and which lack it. */
export interface CategoryTotal {
  readonly category: CanonicalCategoryKey;
  readonly label: string;
  readonly covered: number;
  readonly guessed: number;
  /** Labels of the documents without it, in row order. */
  readonly missing: readonly string[];
}

/** Totals per canonical category over a coverage matrix. */
export function categoryTotals(rows: readonly CoverageRow[]): CategoryTotal[] {
  return CANONICAL_CATEGORY_KEYS.map((key) => {
    const cells = rows.map((row) => ({ row, cell: row.cells.find((cell) => cell.category === key)! }));
    return {
      category: key,
      label: getCategory(key).label,
      covered: cells.filter(({ cell }) => cell.status !== 'missing').length,
      guessed: cells.filter(({ cell }) => cell.status === 'guessed').length,
      missing: cells.filter(({ cell }) => cell.status === 'missing').map(({ row }) => row.label),
    };
  });
}
