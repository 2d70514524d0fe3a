import { appendAll } from '../arrays.ts';
import type { RootContent } from 'mdast';
import type { HeaderField, Section } from '../../schema/policy-document.ts';
import { getCategory, isCanonicalCategory, type CategoryKey } from '../../taxonomy/categories.ts';
import { slugify } from '../../taxonomy/municipalities.ts';
import { parseInline } from '../tree/dialect.ts';
import type { BlockLine } from '../tree/mdast-data.ts';
import { paragraphFromLines } from '../tree/parse-blocks.ts';
import type { DraftSection } from './build-sections.ts';
import { classifyHeading, definesHeading, isInheritable, type CategoryBasis, type Classification } from './classify.ts';
import { partsByContent, units, type ContentPart } from './content-parts.ts';
import { blocksText, toBlocks } from './to-blocks.ts';
import { oneOf, trimEndWhere } from '../text/trim.ts';

/** Header fields whose value is section content rather than a fact about the document. */
const CONTENT_FIELD = /^(uppföljning|syfte|mål|ansvar|ansvarsfördelning|utvärdering)$/iu;

const FRONT_MATTER_ID = 'dokumentuppgifter';
const COVER_LETTER_PREFIX = 'skrivelse-';
const UNTITLED_PREFIX = 'text-';

type FieldDraft = DraftSection & { field?: HeaderField };

interface Classified {
  readonly draft: FieldDraft;
  readonly classification: Classification;
}

/**
 * Draft sections → the public sections: blocks and plain text, a stable id, and a category. A
 * header field that carries content (`Uppföljning: Årliga rapporter till kommunstyrelsen`) is
 * lifted out of the front matter into a section of its own category, marked as coming from the
 * header. A section's category comes from its heading; else from the enclosing section whose
 * category it inherits; else from what its text says, part by part (`content-parts.ts`): text
 * under a heading that names nothing, and a document's opening text, can hold several parts,
 * each its own section (the first keeps the heading; the others follow it, untitled, one level
 * down). Inside a section whose heading names a category, a lead-in that names another canonical
 * category with its list (`Målen för arbetet är:` under `Syfte`) is a part of its own as well.
 */
export function finalizeSections(drafts: readonly DraftSection[], headerFields: readonly HeaderField[]): Section[] {
  // A content field is lifted only where it has its line to itself: a header table run into one line keeps its fields together.
  const fieldsOnLine = new Map<number, number>();
  for (const field of headerFields) fieldsOnLine.set(field.line, (fieldsOnLine.get(field.line) ?? 0) + 1);
  const contentFields = new Map(
    headerFields
      .filter((field) => CONTENT_FIELD.test(field.label.trim()) && field.value.trim() !== '' && fieldsOnLine.get(field.line) === 1)
      .map((field) => [field.line, field]),
  );
  const expanded: FieldDraft[] = drafts.flatMap((draft) => (draft.frontMatter ? liftHeaderFields(draft, contentFields) : [draft]));
  const classified: Classified[] = [];
  const open: { level: number; part: string; classification: Classification }[] = [];
  for (const draft of expanded) {
    if (draft.field) {
      classified.push({ draft, classification: { category: classifyHeading(draft.field.label) ?? 'other', basis: 'header-field' } });
      continue;
    }
    if (draft.frontMatter) {
      classified.push({ draft, classification: { category: 'front-matter', basis: 'position' } });
      continue;
    }
    while (open.length > 0 && (open.at(-1)!.level >= draft.level || open.at(-1)!.part !== draft.part)) open.pop();
    const parts = classifyDraft(draft, open.at(-1)?.classification);
    appendAll(classified, parts);
    // Subsections follow the part right above them.
    open.push({ level: draft.level, part: draft.part, classification: parts.at(-1)!.classification });
  }
  const ids = new Set<string>();
  return classified.map(({ draft, classification }) => {
    const blocks = toBlocks(bodyNodes(draft));
    const id = uniqueId(sectionId(draft, classification), ids);
    return {
      id,
      heading: draft.heading,
      number: draft.number,
      level: draft.level,
      path: draft.path,
      category: classification.category,
      categoryBasis: classification.basis,
      part: draft.part,
      fromHeader: draft.field !== undefined,
      text: blocksText(blocks),
      blocks,
      source: { startLine: draft.startLine, endLine: draft.endLine },
    } satisfies Section;
  });
}

/** A section's nodes without its heading. */
function bodyNodes(draft: DraftSection): RootContent[] {
  return draft.nodes.filter((node, index) => !(index === 0 && node.type === 'heading' && !draft.frontMatter));
}

function classifyDraft(draft: DraftSection, parent: Classification | undefined): Classified[] {
  const body = bodyNodes(draft);
  if (definesHeading(draft.heading, () => openingText(body))) return [{ draft, classification: { category: 'definitions', basis: 'heading' } }];
  const byHeading = classifyHeading(draft.heading);
  if (byHeading) return splitLeadIns(draft, body, byHeading);
  if (isInheritable(parent)) return [{ draft, classification: { category: parent.category, basis: 'position' } }];
  // A document's untitled opening text argues why the work matters (its purpose) unless it says otherwise.
  const fallback = draft.heading === null ? 'purpose' : 'other';
  const fallbackBasis = draft.heading === null ? 'position' : 'heading';
  const parts = partsByContent(body, fallback);
  if (parts.length === 0) return [{ draft, classification: { category: fallback, basis: fallbackBasis } }];
  return classifiedParts(draft, parts, fallbackBasis);
}

/**
 * The text of a section's first five lines (blocks and list items, as `blocksText` writes them), all
 * that `definesHeading` reads: its pattern spans four words and the white space after them, and
 * `blocksText` leaves one character of white space between lines. A section of many thousand
 * paragraphs is not turned into text to read its opening.
 */
function openingText(body: readonly RootContent[]): string {
  const lines: string[] = [];
  for (const node of body) {
    const text = blocksText(toBlocks([node]));
    // One list may hold a quarter of a million items: its lines are taken one by one, never spread.
    if (text !== '') for (const line of text.split('\n')) if (lines.length < 5) lines.push(line);
    if (lines.length >= 5) break;
  }
  return lines.join('\n');
}

/** Under a heading that names a category, a lead-in naming another canonical category takes its list with it. */
function splitLeadIns(draft: DraftSection, body: readonly RootContent[], category: CategoryKey): Classified[] {
  const parts: ContentPart[] = [];
  for (const unit of units(body)) {
    const own = unit.leadIn !== undefined && unit.leadIn !== category && isCanonicalCategory(unit.leadIn) && isCanonicalCategory(category);
    const partCategory = own ? unit.leadIn! : category;
    const basis = own ? 'lead-in' : 'fallback';
    // A unit of the same category and basis as the part before joins it, without a part of its own.
    const last = parts.at(-1);
    if (last && last.category === partCategory && last.basis === basis) last.nodes.push(...unit.nodes);
    else parts.push({ nodes: [...unit.nodes], category: partCategory, basis });
  }
  if (parts.length <= 1) return [{ draft, classification: { category, basis: 'heading' } }];
  return classifiedParts(draft, parts, 'heading');
}

/**
 * One classified draft per part: the first keeps the heading, the others follow it untitled, a
 * level down. A part nothing in the text decided takes `fallbackBasis`.
 */
function classifiedParts(draft: DraftSection, parts: readonly ContentPart[], fallbackBasis: CategoryBasis): Classified[] {
  const heading = draft.nodes[0]?.type === 'heading' ? [draft.nodes[0]] : [];
  return parts.map((part, index) => {
    const nodes = index === 0 ? [...heading, ...part.nodes] : part.nodes;
    const startLine = index === 0 ? draft.startLine : nodes[0]!.position!.start.line;
    const endLine = nodes.reduce((last, node) => Math.max(last, node.position!.end.line), 0);
    const classification: Classification = { category: part.category, basis: part.basis === 'fallback' ? fallbackBasis : part.basis };
    if (index === 0 || draft.heading === null) return { draft: { ...draft, nodes, startLine, endLine }, classification };
    return {
      draft: { ...draft, heading: null, number: null, level: Math.min(6, draft.level + 1), path: [...draft.path, draft.heading], nodes, startLine, endLine },
      classification,
    };
  });
}

function sectionId(draft: DraftSection, classification: Classification): string {
  const prefix = draft.part === 'cover-letter' ? COVER_LETTER_PREFIX : '';
  if (draft.frontMatter && draft.heading === null) return `${prefix}${FRONT_MATTER_ID}`;
  if (draft.heading === null) return `${prefix}${UNTITLED_PREFIX}${getCategory(classification.category).urlKey}`;
  const base = trimEndWhere(slugify(draft.heading).slice(0, 60), oneOf('-'));
  return `${prefix}${base || 'avsnitt'}`;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let counter = 2; taken.has(id); counter++) id = `${base}-${counter}`;
  taken.add(id);
  return id;
}

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
      current = {
        ...draft,
        frontMatter: false,
        heading: field.label.trim(),
        number: null,
        nodes: [paragraph],
        startLine: line.line,
        endLine: line.line,
        field,
      };
      out.push(current);
    }
    flush();
  }
  return out;
}
