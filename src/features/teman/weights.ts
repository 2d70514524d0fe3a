/**
 * How much it counts where a document names a theme, defined once and stated on `/teman/`: a
 * section of priorities counts more than goals, goals more than purpose, purpose more than a
 * passing mention anywhere else. A document's weight for a theme is the highest weight of the
 * sections that name it. Sections that are not the municipality's own words about its work
 * (the title block, references, definitions of document types, a cover letter) do not count.
 */
import type { Section } from '../../schema/policy-document.ts';

export interface ThemeWeight {
  readonly weight: number;
  /** The category whose sections carry this weight; `null`: any other counted section. */
  readonly category: 'priorities' | 'goals' | 'purpose' | null;
  /** Short Swedish label (`Prioriterat område`). */
  readonly label: string;
  readonly description: string;
}

/** From the highest weight down. */
export const THEME_WEIGHTS = [
  { weight: 4, category: 'priorities', label: 'Prioriterat område', description: 'Temat nämns i ett avsnitt om prioriterade områden.' },
  { weight: 3, category: 'goals', label: 'Mål', description: 'Temat nämns i ett avsnitt om mål eller inriktning.' },
  { weight: 2, category: 'purpose', label: 'Syfte', description: 'Temat nämns i ett avsnitt om syfte.' },
  { weight: 1, category: null, label: 'Nämns annars', description: 'Temat nämns någon annanstans: bakgrund, ansvar, samarbeten, uppföljning …' },
] as const satisfies readonly ThemeWeight[];

export const MAX_WEIGHT = 4;

/** Categories whose sections never count: not the municipality's own words about its international work. */
export const UNCOUNTED_CATEGORIES: ReadonlySet<string> = new Set(['front-matter', 'references', 'definitions']);

/** Does the section count for the theme map at all? */
export function sectionCounts(section: Pick<Section, 'category' | 'part'>): boolean {
  return section.part === 'document' && !UNCOUNTED_CATEGORIES.has(section.category);
}

/** The weight of a theme named in this section (0 if the section does not count). */
export function sectionWeight(section: Pick<Section, 'category' | 'part'>): number {
  if (!sectionCounts(section)) return 0;
  return THEME_WEIGHTS.find((entry) => entry.category === section.category)?.weight ?? 1;
}

/** The label of a weight (`Mål`), or `Nämns inte` for 0. */
export function weightLabel(weight: number): string {
  return THEME_WEIGHTS.find((entry) => entry.weight === weight)?.label ?? 'Nämns inte';
}
