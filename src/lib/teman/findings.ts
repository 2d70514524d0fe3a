/** What the theme map shows, in Swedish sentences computed from its data (the chart's caption). */
import { lowerFirst } from '../ansvar/actors.ts';
import { joinSv } from '../ansvar/findings.ts';
import type { ThemeMap } from './theme-map.ts';
import { MAX_WEIGHT } from './weights.ts';

/** The theme most often a priority, the theme most documents name, and how many no document names. */
export function themeMapFinding(map: ThemeMap): string {
  const total = map.columns.length;
  if (total === 0) return 'Det finns inga dokument att jämföra.';
  const sentences: string[] = [];
  const priority = map.rows
    .map((row, index) => ({ row, documents: map.columns.filter((_, column) => map.cells[index]?.[column]?.weight === MAX_WEIGHT).map((column) => column.label) }))
    .filter((entry) => entry.documents.length > 0)
    .sort((a, b) => b.documents.length - a.documents.length)[0];
  if (priority) sentences.push(`${priority.row.label} är ett prioriterat område i ${priority.documents.length} av ${total} dokument (${joinSv(priority.documents)}).`);
  const widest = [...map.rows].sort((a, b) => b.named - a.named || b.total - a.total)[0];
  if (widest && widest.named > 0) {
    const share = widest.named === total ? `alla ${total}` : `${widest.named} av ${total}`;
    sentences.push(`Flest dokument nämner ${lowerFirst(widest.label)}: ${share}.`);
  }
  const unnamed = map.rows.filter((row) => row.named === 0).length;
  if (unnamed > 0) sentences.push(`${unnamed} av ${map.rows.length} teman nämns inte i något dokument.`);
  return sentences.length > 0 ? sentences.join(' ') : 'Inget av dokumenten nämner något av temana.';
}
