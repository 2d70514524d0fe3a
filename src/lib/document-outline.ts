/**
 * The shape of a document for reading: its parts (a cover letter, then the steering document
 * itself) and, within each part, the sections nested by level. Plain functions over the parsed
 * sections, so the contents list and the heading levels agree.
 */
import type { Section } from '../schema/policy-document.ts';

export type PartKey = Section['part'];

/** A run of consecutive sections that belong to the same part of the file. */
export interface DocumentPart {
  readonly part: PartKey;
  readonly sections: readonly Section[];
}

/** A section with the sections nested under it. */
export interface OutlineNode {
  readonly section: Section;
  /** 0 for the outermost sections of a part, 1 for their subsections, … */
  readonly depth: number;
  readonly children: OutlineNode[];
}

/**
 * Consecutive runs of sections of the same part, in source order. A document without a cover
 * letter is one part; Järfälla's tjänsteskrivelse followed by its attachment is two.
 */
export function splitParts(sections: readonly Section[]): DocumentPart[] {
  const parts: { part: PartKey; sections: Section[] }[] = [];
  for (const section of sections) {
    const last = parts.at(-1);
    if (last && last.part === section.part) last.sections.push(section);
    else parts.push({ part: section.part, sections: [section] });
  }
  return parts;
}

/** True when the sections should be shown under part headings (some belong to a cover letter). */
export function hasCoverLetter(sections: readonly Section[]): boolean {
  return sections.some((section) => section.part === 'cover-letter');
}

/**
 * Nest sections by level: each section goes under the nearest earlier section of a lower level.
 * A jump of several levels (1 → 3) nests one step deeper only, so the outline has no gaps.
 */
export function buildOutline(sections: readonly Section[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const section of sections) {
    while (stack.length > 0 && stack.at(-1)!.section.level >= section.level) stack.pop();
    const parent = stack.at(-1);
    const node: OutlineNode = { section, depth: parent ? parent.depth + 1 : 0, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** The outline depth of every section, by id (what `buildOutline` gives, flattened). */
export function outlineDepths(sections: readonly Section[]): Map<string, number> {
  const depths = new Map<string, number>();
  const visit = (nodes: readonly OutlineNode[]) => {
    for (const node of nodes) {
      depths.set(node.section.id, node.depth);
      visit(node.children);
    }
  };
  visit(buildOutline(sections));
  return depths;
}

/**
 * The HTML heading level for a section at an outline depth: `base` for the outermost sections
 * (2 under the page's h1, 3 inside a part that has its own h2), one more per depth, at most 6.
 */
export function headingLevel(depth: number, base: 2 | 3): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, base + depth) as 2 | 3 | 4 | 5 | 6;
}

/** How many words of an untitled section's text name it. */
const NAMING_WORDS = 5;

/**
 * The name a section is shown under: its heading; for the front matter, what it is; for text
 * without a heading of its own, its first words, after the heading it continues where it has one
 * (`Utmaningen, fortsättning: ’Ett stärkt internationellt perspektiv och …’`, `Utan rubrik: ’Vi
 * lever i en …’`), so that several such sections can be told apart and cited.
 */
export function displayHeading(section: Pick<Section, 'heading' | 'part' | 'category' | 'path' | 'text'>): string {
  if (section.heading !== null) return section.heading;
  if (section.category === 'front-matter') return section.part === 'cover-letter' ? 'Följebrevets huvud' : 'Titel och dokumentuppgifter';
  // The opening words only: a long section is not split whole to name it.
  const head = section.text.slice(0, NAMING_WORDS * 40);
  const words = head.split(/\s+/u).filter(Boolean);
  const more = words.length > NAMING_WORDS || head.length < section.text.length;
  const opening = `’${words.slice(0, NAMING_WORDS).join(' ')}${more ? ' …' : ''}’`;
  const continued = section.path.at(-1);
  return continued ? `${continued}, fortsättning: ${opening}` : `Utan rubrik: ${opening}`;
}
