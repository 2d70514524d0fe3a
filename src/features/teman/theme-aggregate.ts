/**
 * The theme map at scale (above `PER_DOCUMENT_MAX` documents, `../../lib/scale.ts`): for each theme, in
 * how many documents it is a priority area, a goal, in the purpose, only mentioned, or not named
 * at all. Counted from the same cells as the per-document map (`theme-map.ts`), so both designs
 * count alike, and in the map's row order (weight total, the weightiest first).
 */
import type { ThemeId } from '../../taxonomy/themes.ts';
import type { ThemeMap } from './theme-map.ts';
import { THEME_WEIGHTS } from './weights.ts';

/** How many documents give a theme one weight. */
export interface WeightCount {
  /** 1–4 (`THEME_WEIGHTS`). */
  readonly weight: number;
  /** `Prioriterat område`. */
  readonly label: string;
  readonly documents: number;
}

/** One theme over a set of documents. */
export interface ThemeCount {
  readonly themeId: ThemeId;
  readonly label: string;
  /** One entry per weight of `THEME_WEIGHTS`, the highest first; every weight is listed, also at 0 documents. */
  readonly byWeight: readonly WeightCount[];
  /** Documents that name the theme (the sum of `byWeight`). */
  readonly named: number;
  /** Documents that do not name it. */
  readonly notNamed: number;
  /** Every document: `named + notNamed`. */
  readonly total: number;
  /** `named / total`, 0 when there are no documents. */
  readonly share: number;
  /** The sum of the documents' weights: the rows are sorted by it. */
  readonly weightTotal: number;
}

/** The themes of `map` counted over its documents, in the map's row order. */
export function themeCounts(map: ThemeMap): ThemeCount[] {
  const total = map.columns.length;
  return map.rows.map((row, index) => {
    const cells = map.cells[index] ?? [];
    const byWeight = THEME_WEIGHTS.map(
      (entry): WeightCount => ({
        weight: entry.weight,
        label: entry.label,
        documents: cells.filter((cell) => cell.weight === entry.weight).length,
      }),
    );
    const named = byWeight.reduce((sum, entry) => sum + entry.documents, 0);
    return {
      themeId: row.themeId,
      label: row.label,
      byWeight,
      named,
      notNamed: total - named,
      total,
      share: total === 0 ? 0 : named / total,
      weightTotal: row.total,
    };
  });
}

/** How many documents give the theme `weight` (0 if the weight is not one of `THEME_WEIGHTS`). */
export function documentsAt(count: ThemeCount, weight: number): number {
  return count.byWeight.find((entry) => entry.weight === weight)?.documents ?? 0;
}
