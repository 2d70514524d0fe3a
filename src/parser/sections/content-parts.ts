/**
 * Text whose heading names no category (or that has no heading) filed by what it says. The text
 * is read unit by unit: a paragraph, or a lead-in with the list it opens (`… ska:` and its items).
 * A unit goes where its evidence decides (`evidence.ts`); a lead-in that says what its list is
 * (`Övergripande mål för arbetet är:`, `Den ansvarar för följande:`, `… ska:` before a list of
 * things to do, which are aims) decides for the whole list; a unit without clear evidence stays
 * with the unit before it (at the start, the caller's fallback stands). Neighbouring units of one category
 * make one part.
 */
import { appendAll } from '../arrays.ts';
import type { List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isCanonicalCategory, type CategoryKey } from '../../taxonomy/categories.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { paragraphFromLines } from '../tree/parse-blocks.ts';
import { paragraphSlices } from '../tree/paragraph-slices.ts';
import { decide, isClear, sumEvidence, weighEvidence, weighSentence, type Evidence } from './evidence.ts';

export type PartBasis = 'content' | 'lead-in';

/** `fallback`: nothing in the text decided; the caller's fallback category stands. */
export type PartReason = PartBasis | 'fallback';

export interface ContentPart {
  readonly nodes: RootContent[];
  readonly category: CategoryKey;
  readonly basis: PartReason;
}

/** A paragraph, or a lead-in with its list; `leadIn` is the category a lead-in names for its list. */
export interface Unit {
  readonly nodes: RootContent[];
  readonly leadIn?: CategoryKey;
  /** The unit's evidence, where it was already weighed (sentence by sentence, when a paragraph was cut by subject). */
  readonly evidence?: readonly Evidence[];
}

/** A lead-in: a paragraph that ends in `:` or `;` right before a list. */
const LEAD_IN_END = { test: (text: string): boolean => /[:;]$/u.test(text.trimEnd()) };
/** A lead-in with `ska` before a list of things to do (`… ska kommunen:` `stärka …`, `öka …`): what the work shall achieve. */
const SHALL_WORD = /(?:^|[^\p{L}])(?:ska|skall)(?![\p{L}])/iu;
/**
 * `ska`/`skall` in the lead-in's last sentence, which ends in `:` or `;`. Read with code around a
 * pattern: `/(?<!\p{L})(?:ska|skall)(?!\p{L})[^.!?]*[:;]\s*$/` would be tried from every `ska`.
 */
export function isShallLeadIn(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(':') && !trimmed.endsWith(';')) return false;
  const sentenceStart = Math.max(trimmed.lastIndexOf('.'), trimmed.lastIndexOf('!'), trimmed.lastIndexOf('?')) + 1;
  return SHALL_WORD.test(trimmed.slice(sentenceStart));
}
const LEAD_IN_WEIGHT = 3;

export function textOf(nodes: readonly RootContent[]): string {
  return nodes.map((node) => (node.type === 'list' ? node.children.map((item) => toString(item)).join('\n') : toString(node))).join('\n');
}

/** Does the lead-in say what its list is? Then it decides the list's category. */
function leadInCategory(leadIn: string, list: List): CategoryKey | undefined {
  if (isShallLeadIn(leadIn) && list.children.every((item) => /^\p{Ll}/u.test(toString(item).trim()))) return 'goals';
  const named = weighEvidence(leadIn).find((evidence) => isCanonicalCategory(evidence.category) && evidence.weight >= LEAD_IN_WEIGHT);
  return named?.category;
}

/** The units of a run of nodes; `bySubject`: also cut paragraphs where they change subject (for text filed by content). */
export function units(nodes: readonly RootContent[], options: { bySubject?: boolean } = {}): Unit[] {
  const found: Unit[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const next = nodes[index + 1];
    if (node.type === 'list' && node.data?.topics) {
      found.push({ nodes: [node], leadIn: 'priorities' });
      continue;
    }
    if (node.type === 'paragraph' && next?.type === 'list' && LEAD_IN_END.test(toString(node))) {
      // A list whose items the document then goes through, heading by heading, names its areas: what it prioritises.
      const category = next.data?.topics ? 'priorities' : leadInCategory(toString(node), next);
      found.push({ nodes: [node, next], ...(category ? { leadIn: category } : {}) });
      index++;
      continue;
    }
    if (node.type === 'paragraph' && options.bySubject) appendAll(found, bySubject(node));
    else found.push({ nodes: [node] });
  }
  return found;
}

/**
 * A paragraph cut where it changes subject: at a sentence whose evidence points clearly to another
 * category than the sentences before it have decided together (`… påverkar oss alla. … Regionen har
 * ansvar för …`). Sentences without clear evidence stay with those before. Each segment keeps a
 * running total of its evidence, so the paragraph is read once.
 */
function bySubject(paragraph: Paragraph): Unit[] {
  const slices = paragraphSlices(paragraph);
  const segments: { start: number; evidence: Evidence[] }[] = [{ start: 0, evidence: [] }];
  for (const span of sentenceSpans(slices.text)) {
    const evidence = weighSentence(slices.text.slice(span.start, span.end));
    const segment = segments.at(-1)!;
    const current = decide(segment.evidence)?.category;
    if (isClear(evidence) && current !== undefined && evidence[0]!.category !== current) segments.push({ start: span.start, evidence });
    else if (evidence.length > 0) segment.evidence = sumEvidence([segment.evidence, evidence]);
  }
  if (segments.length === 1) return [{ nodes: [paragraph], evidence: segments[0]!.evidence }];
  return segments.flatMap((segment, index) => {
    const lines = slices.slice(segment.start, segments[index + 1]?.start ?? slices.text.length);
    if (lines.length === 0) return [];
    return [{ nodes: [paragraphFromLines(lines, index === 0 && paragraph.data?.pageBreakBefore === true)], evidence: segment.evidence }];
  });
}

/**
 * The parts of a run of nodes, each with its category. `fallback` is the category where nothing
 * in the text decides (`background` for a document's opening text, `other` under a heading that
 * names nothing); such parts say so (`basis: 'fallback'`).
 */
export function partsByContent(nodes: readonly RootContent[], fallback: CategoryKey): ContentPart[] {
  const read = units(nodes, { bySubject: true }).map((unit) => {
    if (unit.leadIn) return { unit, decided: { category: unit.leadIn, basis: 'lead-in' as const } };
    const evidence = decide(unit.evidence ?? weighEvidence(textOf(unit.nodes)));
    return { unit, decided: evidence ? { category: evidence.category, basis: 'content' as PartBasis } : undefined };
  });
  // A unit without evidence stays with the one before it; at the start, the fallback stands.
  let previous: (typeof read)[number]['decided'];
  const filed = read.map((entry) => {
    const decided = entry.decided ?? previous;
    previous = decided;
    return { nodes: entry.unit.nodes, decided };
  });
  const parts: ContentPart[] = [];
  for (const { nodes: unitNodes, decided } of filed) {
    const category = decided?.category ?? fallback;
    const basis = decided?.basis ?? 'fallback';
    const last = parts.at(-1);
    if (last && last.category === category) last.nodes.push(...unitNodes);
    else parts.push({ nodes: [...unitNodes], category, basis });
  }
  return parts;
}
