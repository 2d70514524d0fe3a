/**
 * Everything the overview page shows, computed once from the documents: one row per document up
 * to `PER_DOCUMENT_MAX` documents, counts per category and per county above it (see `../../lib/scale.ts`).
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { layoutCategoryBars, type CategoryBarsLayout } from './category-bars-chart.ts';
import { layoutCoverageChart, type CoverageChartLayout } from './coverage-chart.ts';
import { categoriesPerDocument, categoryCounts, countyMatrix, type CategoryCount, type CountyMatrix } from '../../lib/aggregate.ts';
import { aggregateFinding, countySpread, type AggregateFinding } from '../../lib/aggregate-finding.ts';
import { groupByCounty } from '../../lib/counties.ts';
import { categoryTotals, coverageMatrix, type CategoryTotal, type CoverageRow } from '../../lib/coverage-matrix.ts';
import { documentRows, type DocumentRow } from './documents-table.ts';
import { coverageFinding, type CoverageFinding } from './coverage-finding.ts';
import { pageDesign } from '../../lib/scale.ts';
import { overviewSummary } from '../../lib/collection-summary.ts';

/** The overview with one row per document (the chart, its table and the list of documents). */
export interface PerDocumentOverview {
  readonly design: 'per-document';
  /** `5 styrdokument från 5 kommuner i 4 län`. */
  readonly summary: string;
  readonly documents: readonly DocumentRow[];
  readonly coverage: readonly CoverageRow[];
  readonly totals: readonly CategoryTotal[];
  readonly finding: CoverageFinding;
  readonly chart: CoverageChartLayout;
}

/** The overview at scale: counts per category and per county, no row per document. */
export interface AggregateOverview {
  readonly design: 'aggregate';
  readonly summary: string;
  /** The five categories over all documents. */
  readonly counts: readonly CategoryCount[];
  /** Documents covering 0, 1, …, 5 of the categories. */
  readonly perDocument: readonly number[];
  readonly finding: AggregateFinding;
  readonly chart: CategoryBarsLayout;
  readonly counties: CountyMatrix;
  /** Where the counties differ most, or `null`. */
  readonly spread: string | null;
}

export type Overview = PerDocumentOverview | AggregateOverview;

/** The per-document overview of the given documents (in the order they are shown). */
export function perDocumentOverview(documents: readonly PolicyDocument[]): PerDocumentOverview {
  const coverage = coverageMatrix(documents);
  const totals = categoryTotals(coverage);
  return {
    design: 'per-document',
    summary: overviewSummary(documents),
    documents: documentRows(documents),
    coverage,
    totals,
    finding: coverageFinding(coverage),
    chart: layoutCoverageChart(coverage, totals),
  };
}

/** The aggregate overview of the given documents. */
export function aggregateOverview(documents: readonly PolicyDocument[]): AggregateOverview {
  const coverage = coverageMatrix(documents);
  const counts = categoryCounts(coverage);
  const perDocument = categoriesPerDocument(coverage);
  const counties = countyMatrix(groupByCounty(documents));
  return {
    design: 'aggregate',
    summary: overviewSummary(documents),
    counts,
    perDocument,
    finding: aggregateFinding(counts, perDocument),
    chart: layoutCategoryBars(counts),
    counties,
    spread: countySpread(counties),
  };
}

/** The overview of the given documents, in the design their number calls for. */
export function buildOverview(documents: readonly PolicyDocument[]): Overview {
  return pageDesign(documents.length) === 'per-document' ? perDocumentOverview(documents) : aggregateOverview(documents);
}
