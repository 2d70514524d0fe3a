import type { RootContent } from 'mdast';
import type { HeaderField, Section } from '../../schema/policy-document.ts';
import { slugify } from '../../taxonomy/municipalities.ts';
import { parseInline } from '../tree/dialect.ts';
import type { BlockLine } from '../tree/mdast-data.ts';
import { paragraphFromLines } from '../tree/parse-blocks.ts';
import type { DraftSection } from './build-sections.ts';
import { classifyHeading, classifySection, type Classification } from './classify.ts';
import { blocksText, toBlocks } from './to-blocks.ts';

/** Header fields whose value is section content rather than a fact about the document. */
const CONTENT_FIELD = /^(uppföljning|syfte|mål|ansvar|ansvarsfördelning|utvärdering)$/iu;

const FRONT_MATTER_ID = 'dokumentuppgifter';
const COVER_LETTER_PREFIX = 'skrivelse-';

/**
 * Draft sections → the public sections: blocks and plain text, a stable id, and a category. A
 * header field that carries content (`Uppföljning: Årliga rapporter till kommunstyrelsen`) is
 * lifted out of the front matter into a section of its own category, marked as coming from the
 * header.
 */
export function finalizeSections(drafts: readonly DraftSection[], headerFields: readonly HeaderField[]): Section[] {
  const contentFields = new Map(
    headerFields.filter((field) => CONTENT_FIELD.test(field.label.trim()) && field.value.trim() !== '').map((field) => [field.line, field]),
  );
  const expanded = drafts.flatMap((draft) => (draft.frontMatter ? liftHeaderFields(draft, contentFields) : [draft]));
  const ids = new Set<string>();
  const classifications: { level: number; part: string; classification: Classification }[] = [];
  return expanded.map((draft) => {
    const blocks = toBlocks(draft.nodes.filter((node, index) => !(index === 0 && node.type === 'heading' && !draft.frontMatter)));
    const text = blocksText(blocks);
    const field = 'field' in draft ? (draft.field as HeaderField) : undefined;
    let classification: Classification;
    if (field) classification = { category: classifyHeading(field.label) ?? 'other', basis: 'header-field' };
    else if (draft.frontMatter) classification = { category: 'front-matter', basis: 'position' };
    else {
      while (classifications.length > 0 && (classifications.at(-1)!.level >= draft.level || classifications.at(-1)!.part !== draft.part)) classifications.pop();
      classification = classifySection(draft.heading, text, classifications.at(-1)?.classification);
      classifications.push({ level: draft.level, part: draft.part, classification });
    }
    const id = uniqueId(sectionId(draft), ids);
    return {
      id,
      heading: draft.heading,
      number: draft.number,
      level: draft.level,
      path: draft.path,
      category: classification.category,
      categoryBasis: classification.basis,
      part: draft.part,
      fromHeader: field !== undefined,
      text,
      blocks,
      source: { startLine: draft.startLine, endLine: draft.endLine },
    } satisfies Section;
  });
}

function sectionId(draft: DraftSection): string {
  const prefix = draft.part === 'cover-letter' ? COVER_LETTER_PREFIX : '';
  if (draft.frontMatter && draft.heading === null) return `${prefix}${FRONT_MATTER_ID}`;
  const base = slugify(draft.heading ?? '').slice(0, 60).replace(/-+$/u, '');
  return `${prefix}${base || 'avsnitt'}`;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let counter = 2; taken.has(id); counter++) id = `${base}-${counter}`;
  taken.add(id);
  return id;
}

type FieldDraft = DraftSection & { field?: HeaderField };

/** Split a front-matter draft around its content-carrying header field lines. */
function liftHeaderFields(draft: DraftSection, fields: ReadonlyMap<number, HeaderField>): FieldDraft[] {
  if (![...fields.keys()].some((line) => line >= draft.startLine && line <= draft.endLine)) return [draft];
  const out: FieldDraft[] = [];
  let current: FieldDraft | undefined;
  const open = (node: RootContent) => {
    current = { ...draft, nodes: [node], startLine: node.position!.start.line, endLine: node.position!.end.line };
    out.push(current);
  };
  const add = (node: RootContent) => {
    if (!current || current.field) open(node);
    else {
      current.nodes.push(node);
      current.endLine = Math.max(current.endLine, node.position!.end.line);
    }
  };
  for (const node of draft.nodes) {
    if (node.type !== 'paragraph' || !node.data?.lines?.some((line) => fields.has(line.line))) {
      add(node);
      continue;
    }
    let run: BlockLine[] = [];
    const flush = () => {
      if (run.length > 0) add(paragraphFromLines(run));
      run = [];
    };
    for (const line of node.data.lines) {
      const field = fields.get(line.line);
      if (!field) {
        run.push(line);
        continue;
      }
      flush();
      const value = field.value.trim();
      const paragraph = paragraphFromLines([{ line: line.line, text: value, phrases: parseInline(value) }]);
      current = { ...draft, frontMatter: false, heading: field.label.trim(), number: null, nodes: [paragraph], startLine: line.line, endLine: line.line, field };
      out.push(current);
    }
    flush();
  }
  return out;
}
