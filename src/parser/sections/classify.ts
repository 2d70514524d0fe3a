import { CATEGORIES, type CategoryKey } from '../../taxonomy/categories.ts';
import { headingKey } from '../tree/heading-cues.ts';

export type CategoryBasis = 'heading' | 'content' | 'lead-in' | 'header-field' | 'position';

export interface Classification {
  readonly category: CategoryKey;
  readonly basis: CategoryBasis;
}

const HEADING_RULES = CATEGORIES.flatMap((category) => category.headings.map((source) => ({ key: category.key, pattern: new RegExp(source, 'u') })));
/** A heading that is only an actor's name (`Kommunfullmäktige`, `Nämnder`) heads that actor's duties. */
const ACTOR_HEADING =
  /^(kommun|stads)?(fullmäktige(s presidium)?|styrelsen?(s arbetsutskott)?|nämnd(en|er|erna)?|förvaltning(en|ar|arna)?|kommunledningskontoret|bolag(en)?|(förvaltnings|sektors)?chef(er|erna)?)$/u;

/** The category a heading names, if any (first matching category in taxonomy order). */
export function classifyHeading(heading: string | null): CategoryKey | undefined {
  if (heading === null) return undefined;
  const key = headingKey(heading);
  if (ACTOR_HEADING.test(key)) return 'responsibility';
  return HEADING_RULES.find((rule) => rule.pattern.test(key))?.key;
}

/** A glossary entry: the heading is a word and the text opens by defining it (`Program` — `Ett program är …`). */
export function definesHeading(heading: string | null, text: () => string): boolean {
  if (heading === null || /\s/u.test(heading.trim())) return false;
  const match = /^(en|ett)\s+(\p{L}+)\s+(är|avser|betyder)\s/iu.exec(text());
  return match !== null && match[2]!.toLowerCase() === heading.trim().toLowerCase();
}

/** A category that a section's subsections inherit: one that says something (not `other`, not the title block). */
export function isInheritable(classification: Classification | undefined): classification is Classification {
  return classification !== undefined && classification.category !== 'other' && classification.category !== 'front-matter';
}
