import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { collapseWhitespace } from '../lines.ts';
import { headingKey, isCategoryHeading, TOP_LEVEL_HEADINGS } from '../tree/heading-cues.ts';
import { isCanonicalCategory } from '../../taxonomy/categories.ts';
import { isFactLine, readsAsRunningText } from '../facts.ts';
import { classifyHeading } from './classify.ts';
import { findCoverLetterEnd } from './cover-letter.ts';

/** A section before classification: its heading, place in the outline, and the nodes under it. */
export interface DraftSection {
  heading: string | null;
  number: string | null;
  level: number;
  path: string[];
  part: 'document' | 'cover-letter';
  /** The document's front matter: title, decision, reference numbers, header fields. */
  frontMatter: boolean;
  nodes: RootContent[];
  startLine: number;
  endLine: number;
}

const NUMBER_PREFIX = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+/u;

/**
 * Headings → sections, in source order. The front matter (the title, and what stands before it
 * and after it up to the first heading or the first running text: decisions, header fields,
 * reference numbers) is one section; running text before the first heading is a section of its
 * own, without a heading; a cover letter before the document proper is marked as such; heading
 * levels come from the document's numbering where it has one, and otherwise from the outline's
 * shape: a heading with no text of its own before the next heading contains the headings after it,
 * and the five canonical headings (`Syfte`, `Mål`, …) return to the level where the first of them
 * stood.
 */
export function buildSections(tree: Root): DraftSection[] {
  const nodes = tree.children;
  const coverEnd = findCoverLetterEnd(nodes);
  const sections: DraftSection[] = [];
  let outline = new Outline();
  let current: DraftSection | undefined;
  let inFrontMatter = true;
  let titleSeen = false;
  /** The latest list of the current section, whose items may come back as headings (its topics). */
  let topics: { keys: ReadonlySet<string>; level: number; list: List } | undefined;
  /** The section whose text ends with a lead-in (`…:`): the bare headings right after it are its topics. */
  let leadInTopics: { level: number; started: boolean } | undefined;

  nodes.forEach((node, index) => {
    const part = index < coverEnd ? 'cover-letter' : 'document';
    if (index === coverEnd && coverEnd > 0) {
      // The document proper starts: its own front matter, and a fresh outline.
      outline = new Outline();
      inFrontMatter = true;
      titleSeen = false;
      current = undefined;
    }
    const isHeading = node.type === 'heading';
    const isTitle = isHeading && node.data?.isTitle === true;
    if (isTitle) titleSeen = true;
    const afterTitle = titleSeen || !hasTitleAhead(nodes, index, coverEnd);
    const startsContent = (isHeading && !isTitle && afterTitle) || (!isHeading && inFrontMatter && afterTitle && isRunningText(node));
    if (inFrontMatter && !startsContent) {
      if (!current?.frontMatter || current.part !== part) {
        current = newSection({ heading: null, number: null, level: 1, path: [], part, frontMatter: true }, node);
        sections.push(current);
      } else {
        append(current, node);
      }
      return;
    }
    inFrontMatter = false;
    if (node.type === 'heading') {
      const split = splitNumber(collapseWhitespace(toString(node)));
      const heading = split.heading;
      const number = node.data?.number ?? split.number;
      // A heading that repeats an item of the list before it takes up that item: a topic under the list's section.
      const topic = topics?.keys.has(headingKey(heading)) ? topics : undefined;
      if (topic) topic.list.data = { ...topic.list.data, topics: true };
      else topics = undefined;
      // Bare headings right after a lead-in (`… inom följande områden:`) are its topics, until a heading that names a category or has a number.
      const leadIn = node.data?.kind === 'bare' && !number && !isCategoryHeading(heading) ? leadInTopics : undefined;
      leadInTopics = leadIn ? { level: leadIn.level, started: true } : undefined;
      const forced = topic ? topic.level + 1 : leadIn ? leadIn.level + 1 : undefined;
      const level = isTitle ? 1 : outline.levelOf(node, heading, number, forced === undefined ? undefined : Math.min(6, forced));
      const path = isTitle ? [] : outline.enter(level, heading);
      current = newSection({ heading, number, level, path, part, frontMatter: isTitle }, node);
      sections.push(current);
      return;
    }
    if (!current || current.frontMatter) {
      current = newSection({ heading: null, number: null, level: 1, path: [], part, frontMatter: false }, node);
      sections.push(current);
    } else {
      append(current, node);
    }
    if (node.type === 'list') topics = { keys: new Set(node.children.map((item) => headingKey(toString(item)))), level: current.level, list: node };
    // A lead-in starts a run of topics; the text under a topic continues the run; other text before the first topic ends it.
    if (node.type === 'paragraph' && /:\s*$/u.test(toString(node)) && !leadInTopics?.started) leadInTopics = { level: current.level, started: false };
    else if (!leadInTopics?.started) leadInTopics = undefined;
    outline.noteContent();
  });
  return sections;
}

/**
 * Running text, which ends the front matter: a list, a paragraph with a sentence of some length,
 * or a lead-in to a list, that is not a fact about the document (a decision, a header field, a
 * reference number).
 */
function isRunningText(node: RootContent): boolean {
  if (node.type === 'list') return true;
  if (node.type !== 'paragraph') return false;
  const lines = node.data?.lines ?? [];
  return !lines.every((line) => isFactLine(line.text)) && readsAsRunningText(lines.map((line) => line.text).join(' '));
}

/** Is there a title heading later in the front matter of this part (so earlier headings are front matter)? */
function hasTitleAhead(nodes: readonly RootContent[], index: number, coverEnd: number): boolean {
  const end = index < coverEnd ? coverEnd : nodes.length;
  for (let next = index + 1; next < end && next < index + 12; next++) {
    const node = nodes[next]!;
    if (node.type === 'heading' && node.data?.isTitle) return true;
  }
  return false;
}

function splitNumber(text: string): { heading: string; number: string | null } {
  const match = NUMBER_PREFIX.exec(text);
  if (!match || text.length === match[0].length) return { heading: text, number: null };
  return { heading: text.slice(match[0].length), number: match[1]! };
}

function newSection(init: Omit<DraftSection, 'nodes' | 'startLine' | 'endLine'>, node: RootContent): DraftSection {
  return { ...init, nodes: [node], startLine: node.position!.start.line, endLine: node.position!.end.line };
}

function append(section: DraftSection, node: RootContent): void {
  section.nodes.push(node);
  section.endLine = Math.max(section.endLine, node.position!.end.line);
}

/** Tracks the outline so far, to give each heading its level and path. */
class Outline {
  private stack: { level: number; heading: string }[] = [];
  private previous: { level: number; empty: boolean } | undefined;
  private canonicalLevel: number | undefined;
  private numberedLevel = 0;

  /** The level of a heading; `forced` where the document's structure already says it (a topic of a list). */
  levelOf(node: Heading, heading: string, number: string | null, forced?: number): number {
    const level = forced ?? this.decide(node, heading, number);
    if (number) this.numberedLevel = level;
    if (isCanonicalCategory(classifyHeading(heading) ?? '') && this.canonicalLevel === undefined) this.canonicalLevel = level;
    this.previous = { level, empty: true };
    return level;
  }

  private decide(node: Heading, heading: string, number: string | null): number {
    if (number) return Math.min(6, number.split('.').length);
    if (TOP_LEVEL_HEADINGS.test(headingKey(heading))) return 1;
    if (node.data?.kind === 'inline') return Math.min(6, (this.numberedLevel || 1) + 1);
    if (node.data?.kind === 'atx') return Math.min(6, node.depth);
    const previous = this.previous;
    if (!previous) return 1;
    if (previous.empty) return Math.min(6, previous.level + 1);
    const canonical = isCanonicalCategory(classifyHeading(heading) ?? '') && isCategoryHeading(heading);
    if (canonical && this.canonicalLevel !== undefined) return this.canonicalLevel;
    return previous.level;
  }

  enter(level: number, heading: string): string[] {
    while (this.stack.length > 0 && this.stack.at(-1)!.level >= level) this.stack.pop();
    const path = this.stack.map((entry) => entry.heading);
    this.stack.push({ level, heading });
    return path;
  }

  noteContent(): void {
    if (this.previous) this.previous.empty = false;
  }
}
