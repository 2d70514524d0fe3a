/**
 * Layout of the overview's coverage chart: documents as rows, the five canonical categories as
 * columns, one square mark per cell. Computed with d3-scale at build time and rendered as static
 * SVG by `CoverageChart.astro`; nothing here touches a DOM, so the layout is the same on every
 * build and a test can read where each label and mark goes.
 */
import { max } from 'd3-array';
import { scaleBand } from 'd3-scale';
import type { CategoryTotal, CoverageRow, CoverageStatus } from '../../lib/coverage-matrix.ts';
import { CANONICAL_CATEGORY_KEYS, getCategory } from '../../taxonomy/categories.ts';
import { bandTicks, type BandTick } from '../../charts/axis.ts';
import { COVERAGE_MARKS } from '../../charts/coverage-marks.ts';
import { fitText, textWidth } from '../../charts/text.ts';

/**
 * The widest the chart is drawn, in user units (CSS pixels, as the chart is never scaled up): what
 * the figure gives it beside its caption at 1280 px (`index.astro`). Row labels get all of it that
 * the marks and the slanted column labels leave, so a name is cut with `…` only when it is wider
 * than that; the label's `<title>` and the marks' titles keep it whole.
 */
export const MAX_CHART_WIDTH = 560;

export interface CoverageChartOptions {
  /** Distance between neighbouring marks' starts, in user units. */
  readonly step?: number;
  readonly fontSize?: number;
  /** Column labels are drawn rotated this many degrees counter-clockwise. */
  readonly labelAngle?: number;
  /** The widest the chart may be (`MAX_CHART_WIDTH`). */
  readonly maxWidth?: number;
}

export interface CoverageMarkLayout {
  readonly documentId: string;
  readonly category: string;
  readonly status: CoverageStatus;
  /** Top-left corner and side of the square. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** The section the mark links to; `null` when the category is missing. */
  readonly href: string | null;
  /** What the mark says, for `<title>` and `aria-label`. */
  readonly label: string;
}

export interface CoverageChartLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly labelAngle: number;
  /** Top axis: one tick per category; labels start at `columnLabelY`. */
  readonly columns: readonly BandTick[];
  readonly columnLabelY: number;
  /** Left axis: one tick per document, its label as drawn (cut with `…` only when out of room) and whole; labels end at `rowLabelX`. */
  readonly rows: readonly (BandTick & { readonly fullLabel: string })[];
  readonly rowLabelX: number;
  /** Totals under each column (`5`), at `totalsY`, after the row label `totalsLabel` (`Har avsnittet, av 5`). */
  readonly totals: readonly { readonly key: string; readonly center: number; readonly text: string; readonly label: string }[];
  readonly totalsLabel: string;
  readonly totalsY: number;
  readonly marks: readonly CoverageMarkLayout[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The words a mark's title uses for its state. */
function describe(row: CoverageRow, cell: CoverageRow['cells'][number]): string {
  const where = `${row.label}, ${cell.categoryLabel}`;
  if (cell.status === 'missing') return `${where}: saknas`;
  const count = cell.sections.length === 1 ? 'ett avsnitt' : `${cell.sections.length} avsnitt`;
  const state = cell.status === 'guessed' ? 'finns, gissad från texten' : 'finns';
  return `${where}: ${state} (${count}, först ”${cell.firstSectionName}”)`;
}

/** Lay out the coverage chart for the given rows (documents) and their category totals. */
export function layoutCoverageChart(rows: readonly CoverageRow[], totals: readonly CategoryTotal[], options: CoverageChartOptions = {}): CoverageChartLayout {
  const step = options.step ?? 46;
  const fontSize = options.fontSize ?? 14;
  const labelAngle = options.labelAngle ?? 45;
  const radians = (labelAngle * Math.PI) / 180;
  const keys = [...CANONICAL_CATEGORY_KEYS];
  const label = (key: string) => getCategory(key as (typeof keys)[number]).label;

  const totalsLabel = `Antal av ${rows.length}`;
  const columnLabelWidth = max(keys, (key) => textWidth(label(key), fontSize)) ?? 0;
  const top = Math.ceil(columnLabelWidth * Math.sin(radians) + fontSize + 8);
  // What the marks and the last slanted label take right of the row labels, whatever their width.
  const columnsOnly = scaleBand<string>()
    .domain(keys)
    .range([0, keys.length * step])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const lastKey = keys[keys.length - 1]!;
  const rightOfLabels = Math.max(
    keys.length * step,
    columnsOnly(lastKey)! + columnsOnly.bandwidth() / 2 + textWidth(label(lastKey), fontSize) * Math.cos(radians) + 8,
  );
  const room = Math.floor((options.maxWidth ?? MAX_CHART_WIDTH) - rightOfLabels);
  const widest = Math.max(max(rows, (row) => textWidth(row.label, fontSize)) ?? 0, textWidth(totalsLabel, fontSize));
  // Rounded up: a column rounded down to the pixel would cut the widest name by a fraction of one.
  const rowLabelWidth = Math.min(room, Math.ceil(Math.max(64, widest + 12)));

  const x = scaleBand<string>()
    .domain(keys)
    .range([rowLabelWidth, rowLabelWidth + keys.length * step])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const y = scaleBand<string>()
    .domain(rows.map((row) => row.documentId))
    .range([top, top + rows.length * step])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const size = round(Math.min(x.bandwidth(), y.bandwidth()));

  const columns = bandTicks(x, label);
  const labelOf = (id: string) => rows.find((row) => row.documentId === id)!.label;
  const rowTicks = bandTicks(y, (id) => fitText(labelOf(id), rowLabelWidth - 12, fontSize)).map((tick) => ({ ...tick, fullLabel: labelOf(tick.key) }));
  const last = columns[columns.length - 1]!;
  const lastLabelReach = last.center + textWidth(last.label, fontSize) * Math.cos(radians) + 8;
  const totalsY = round(top + rows.length * step + fontSize + 6);
  const total = rows.length;

  const marks = rows.flatMap((row) =>
    row.cells.map((cell) => ({
      documentId: row.documentId,
      category: cell.category,
      status: cell.status,
      x: round(x(cell.category)! + (x.bandwidth() - size) / 2),
      y: round(y(row.documentId)! + (y.bandwidth() - size) / 2),
      size,
      href: cell.href,
      label: describe(row, cell),
    })),
  );

  return {
    width: Math.ceil(Math.max(rowLabelWidth + keys.length * step, lastLabelReach)),
    height: Math.ceil(totalsY + 8),
    fontSize,
    labelAngle,
    columns,
    columnLabelY: top - 8,
    rows: rowTicks,
    rowLabelX: round(rowLabelWidth - 10),
    totals: totals.map((entry) => ({
      key: entry.category,
      center: columns.find((column) => column.key === entry.category)!.center,
      text: String(entry.covered),
      label: `${entry.label}: ${entry.covered} av ${total} dokument har avsnittet`,
    })),
    totalsY,
    totalsLabel,
    marks,
  };
}

/** The style of each state, re-exported for the renderer and the legend. */
export { COVERAGE_MARKS };
