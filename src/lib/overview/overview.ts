/** Everything the overview page shows, computed once from the documents. */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { layoutCoverageChart, type CoverageChartLayout } from '../charts/coverage-chart.ts';
import { categoryTotals, coverageMatrix, type CategoryTotal, type CoverageRow } from './coverage.ts';
import { documentRows, type DocumentRow } from './documents-table.ts';
import { coverageFinding, type CoverageFinding } from './finding.ts';

export interface Overview {
  /** `5 styrdokument från 5 kommuner i 4 län`. */
  readonly summary: string;
  readonly documents: readonly DocumentRow[];
  readonly coverage: readonly CoverageRow[];
  readonly totals: readonly CategoryTotal[];
  readonly finding: CoverageFinding;
  readonly chart: CoverageChartLayout;
}

const distinct = (values: readonly (string | null)[]) => new Set(values.filter((value): value is string => value !== null)).size;

/** The overview of the given documents (in the order they are shown). */
export function buildOverview(documents: readonly PolicyDocument[]): Overview {
  const coverage = coverageMatrix(documents);
  const totals = categoryTotals(coverage);
  const municipalities = distinct(documents.map((document) => document.municipality));
  const counties = distinct(documents.map((document) => document.county));
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return {
    summary: `${plural(documents.length, 'styrdokument', 'styrdokument')} från ${plural(municipalities, 'kommun', 'kommuner')} i ${plural(counties, 'län', 'län')}`,
    documents: documentRows(documents),
    coverage,
    totals,
    finding: coverageFinding(coverage),
    chart: layoutCoverageChart(coverage, totals),
  };
}
