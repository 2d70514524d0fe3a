/** What the theme charts show, in Swedish sentences computed from their data (the charts' captions). */
import { formatShare } from '../../lib/aggregate.ts';
import { formatCount } from '../../lib/aggregate-finding.ts';
import { capitalise, countWord, listSv, lowerFirst } from '../../lib/swedish.ts';
import { documentsAt, type ThemeCount } from './theme-aggregate.ts';
import type { ThemeMap } from './theme-map.ts';
import { MAX_WEIGHT } from './weights.ts';

/** Above this many documents, the theme map's finding counts them without naming them. */
const MAX_LISTED_DOCUMENTS = 6;

/** The theme most often a priority (and in which documents), the theme most documents name, and how many no document names. */
export function themeMapFinding(map: ThemeMap): string {
  const total = map.columns.length;
  if (total === 0) return 'Det finns inga dokument att jämföra.';
  const sentences: string[] = [];
  const priority = map.rows
    .map((row, index) => ({
      row,
      documents: map.columns.filter((_, column) => map.cells[index]?.[column]?.weight === MAX_WEIGHT).map((column) => column.label),
    }))
    .filter((entry) => entry.documents.length > 0)
    .sort((a, b) => b.documents.length - a.documents.length)[0];
  if (priority) {
    const which = priority.documents.length <= MAX_LISTED_DOCUMENTS ? ` (${listSv(priority.documents)})` : '';
    sentences.push(`${priority.row.label} är ett prioriterat område i ${priority.documents.length} av ${total} dokument${which}.`);
  }
  const widest = [...map.rows].sort((a, b) => b.named - a.named || b.total - a.total)[0];
  if (widest && widest.named > 0) {
    const share = widest.named === total ? `alla ${total}` : `${widest.named} av ${total}`;
    sentences.push(`Flest dokument nämner ${lowerFirst(widest.label)}: ${share}.`);
  }
  const unnamed = map.rows.filter((row) => row.named === 0).length;
  if (unnamed > 0) sentences.push(`${unnamed} av ${map.rows.length} teman nämns inte i något dokument.`);
  return sentences.length > 0 ? sentences.join(' ') : 'Inget av dokumenten nämner något av temana.';
}

/** Above this many themes in one sentence, they are counted, not named. */
const MAX_NAMED_THEMES = 3;

/** The themes with the highest `value` (none when it is 0), in the given order. */
function leaders(counts: readonly ThemeCount[], value: (count: ThemeCount) => number): { themes: ThemeCount[]; value: number } {
  const highest = Math.max(0, ...counts.map(value));
  return { themes: highest === 0 ? [] : counts.filter((count) => value(count) === highest), value: highest };
}

/**
 * Themes in a sentence: one in lower case (`barn och unga`); two or three quoted as written, since
 * their labels hold `och` and commas themselves (`”Barn och unga” och ”Kultur och fritid”`); more
 * counted (`fyra teman`).
 */
function themesPhrase(counts: readonly ThemeCount[]): string {
  if (counts.length === 1) return lowerFirst(counts[0]?.label ?? '');
  if (counts.length > MAX_NAMED_THEMES) return `${countWord(counts.length)} teman`;
  return listSv(counts.map((count) => `”${count.label}”`));
}

/** `95 av 300 dokument (32 %)`, with `vardera` when several themes share it. */
function ofDocuments(value: number, total: number, several: boolean): string {
  return `${formatCount(value)} av ${formatCount(total)} dokument${several ? ' vardera' : ''} (${formatShare(value / total)})`;
}

/**
 * The finding of the national chart: which theme is most often a priority area, which one most
 * documents name, and which no document names — each in how many of all the documents.
 */
export function themeCountsFinding(counts: readonly ThemeCount[]): string {
  const total = counts[0]?.total ?? 0;
  if (total === 0) return 'Det finns inga dokument att jämföra.';
  const sentences: string[] = [];

  const priority = leaders(counts, (count) => documentsAt(count, MAX_WEIGHT));
  const several = priority.themes.length > 1;
  if (priority.themes.length === 0) sentences.push(`Inget tema är ett prioriterat område i något av de ${formatCount(total)} dokumenten.`);
  else if (priority.themes.length > MAX_NAMED_THEMES)
    sentences.push(`${capitalise(themesPhrase(priority.themes))} är lika ofta ett prioriterat område: i ${ofDocuments(priority.value, total, several)}.`);
  else sentences.push(`Oftast ett prioriterat område är ${themesPhrase(priority.themes)}: i ${ofDocuments(priority.value, total, several)}.`);

  const widest = leaders(counts, (count) => count.named);
  if (widest.value === total) sentences.push(`Alla ${formatCount(total)} dokument nämner ${themesPhrase(widest.themes)}.`);
  else if (widest.themes.length > 0)
    sentences.push(`Flest dokument nämner ${themesPhrase(widest.themes)}: ${ofDocuments(widest.value, total, widest.themes.length > 1)}.`);

  const unnamed = counts.filter((count) => count.named === 0);
  if (unnamed.length > 0) {
    const which = unnamed.length <= MAX_NAMED_THEMES ? `: ${themesPhrase(unnamed)}` : '';
    sentences.push(`${formatCount(unnamed.length)} av ${formatCount(counts.length)} teman nämns inte i något dokument${which}.`);
  }
  return sentences.join(' ');
}
