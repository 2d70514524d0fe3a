import { CATEGORIES, type CategoryKey } from '../../taxonomy/categories.ts';
import { headingKey } from '../tree/heading-cues.ts';

export type CategoryBasis = 'heading' | 'content' | 'header-field' | 'position';

export interface Classification {
  readonly category: CategoryKey;
  readonly basis: CategoryBasis;
}

const HEADING_RULES = CATEGORIES.flatMap((category) => category.headings.map((source) => ({ key: category.key, pattern: new RegExp(source, 'u') })));
/** A heading that is only an actor's name (`Kommunfullmäktige`, `Nämnder`) heads that actor's duties. */
const ACTOR_HEADING = /^(kommun|stads)?(fullmäktige(s presidium)?|styrelsen?(s arbetsutskott)?|nämnd(en|er|erna)?|förvaltning(en|ar|arna)?|kommunledningskontoret|bolag(en)?|(förvaltnings|sektors)?chef(er|erna)?)$/u;

/** The category a heading names, if any (first matching category in taxonomy order). */
export function classifyHeading(heading: string | null): CategoryKey | undefined {
  if (heading === null) return undefined;
  const key = headingKey(heading);
  if (ACTOR_HEADING.test(key)) return 'responsibility';
  return HEADING_RULES.find((rule) => rule.pattern.test(key))?.key;
}

/** Content cues of the canonical categories, counted in a section's text. */
export function classifyContent(text: string): CategoryKey | undefined {
  const lower = text.toLowerCase();
  const counts = CATEGORIES.map((category) => ({
    key: category.key,
    hits: category.content.reduce((sum, cue) => sum + countOccurrences(lower, cue), 0),
  })).sort((a, b) => b.hits - a.hits);
  const [best, second] = counts;
  if (!best || best.hits < 2 || (second && second.hits * 2 > best.hits)) return undefined;
  return best.key as CategoryKey;
}

function countOccurrences(text: string, cue: string): number {
  let count = 0;
  for (let index = text.indexOf(cue); index !== -1; index = text.indexOf(cue, index + cue.length)) count++;
  return count;
}

/**
 * A section's category: from its heading where the heading names one; else its parent's, where
 * the parent's heading named one (`2.1 Barn och …` under `2 Prioriterade områden`); else from its
 * text, where the cues clearly point one way (reported as a guess); else `other`.
 */
export function classifySection(heading: string | null, text: string, parent: Classification | undefined): Classification {
  if (definesHeading(heading, text)) return { category: 'definitions', basis: 'heading' };
  const byHeading = classifyHeading(heading);
  if (byHeading) return { category: byHeading, basis: 'heading' };
  if (parent && parent.category !== 'other' && parent.category !== 'front-matter') return { category: parent.category, basis: 'position' };
  const byContent = classifyContent(text);
  if (byContent) return { category: byContent, basis: 'content' };
  return { category: 'other', basis: 'heading' };
}

/** A glossary entry: the heading is a word and the text opens by defining it (`Program` — `Ett program är …`). */
function definesHeading(heading: string | null, text: string): boolean {
  if (heading === null || /\s/u.test(heading.trim())) return false;
  const match = /^(en|ett)\s+(\p{L}+)\s+(är|avser|betyder)\s/iu.exec(text);
  return match !== null && match[2]!.toLowerCase() === heading.trim().toLowerCase();
}
