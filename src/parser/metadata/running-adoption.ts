/**
 * The decision that adopted a document, stated in its running text rather than near its title:
 * web pages and older transcripts tell it in a sentence (`Kommunfullmäktige antog den 25 juni 1998
 * …`, `Programmet godkändes av stadsfullmäktige i februari 2018`, `Kommunfullmäktige har beslutat
 * att …`). Such a sentence counts only when it is about this document: never one that denies a
 * decision (`ingen av kommunfullmäktige fastställd policy`), nor one about another matter (a
 * motion, a budget, a commission: `beslutade att bifalla motionen`), nor one that introduces
 * another kind of document (`antog en policy` in a set of guidelines), nor the commission that asked
 * for the document (`gav kommunstyrelsen i uppdrag att ta fram …`). Sentences that name the
 * document — its kind (`riktlinjerna`, `denna strategi`), `dokumentet`, or any kind when the title
 * names none — come before the others; among equals the earliest wins. A sentence that does not
 * name it counts only for a council (`Kommunfullmäktige har beslutat att …`): a board's or a
 * committee's decision in passing is more often about a matter of the day than a steering document.
 */
import type { Section } from '../../schema/policy-document.ts';
import { DOCUMENT_TYPES, type DocumentTypeKey } from '../../taxonomy/document-types.ts';
import { readSentenceDecisions, type Adoption } from './adoption.ts';

/** A running-text decision with the source line of the block that states it. */
export interface RunningAdoption extends Adoption {
  readonly line: number;
}

const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
/** A sentence that says nothing was decided. */
const NEGATION = new RegExp(`${WORD_BEFORE}(?:inte|ej|ingen|inget|inga|aldrig)${WORD_AFTER}`, 'iu');
/** Matters a council decides that are not steering documents. */
const OTHER_MATTER = new RegExp(
  `${WORD_BEFORE}(?:motion\\p{L}*|medborgarförslag\\p{L}*|interpellation\\p{L}*|budget\\p{L}*|årsredovisning\\p{L}*|delårsrapport\\p{L}*|bifall\\p{L}*|biföll|avslå\\p{L}*|avslog|återremitt\\p{L}*|remiss\\p{L}*|remitter\\p{L}*)`,
  'iu',
);
/** A commission or a document still to be written: the decision that asked for the document is not the one that adopted it. */
const COMMISSION = new RegExp(`${WORD_BEFORE}(?:i uppdrag|uppdrog|uppdra|ta fram|tas fram|utarbeta|utarbetas|utreda|utredas)${WORD_AFTER}`, 'iu');
/** Words that point at the document itself whatever its kind. */
const THIS_DOCUMENT = new RegExp(`${WORD_BEFORE}(?:denna|detta|dessa|den här|det här|de här|dokumentet|styrdokumentet)${WORD_AFTER}`, 'iu');
const KIND_PATTERNS = DOCUMENT_TYPES.map((type) => ({ key: type.key as DocumentTypeKey, pattern: new RegExp(type.patterns.join('|'), 'giu') }));
/** A council: the body that adopts a municipality's or a region's steering documents. */
const COUNCIL = /fullmäktige$/iu;
const INDEFINITE_BEFORE = new RegExp(`${WORD_BEFORE}(?:en|ett)\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu');

type Standing = 'names-document' | 'plain' | 'elsewhere';

/** How a sentence stands to the document with this kind: names it, says nothing of it, or is about something else. */
function standing(sentence: string, kind: DocumentTypeKey | null): Standing {
  if (NEGATION.test(sentence) || OTHER_MATTER.test(sentence) || COMMISSION.test(sentence)) return 'elsewhere';
  if (THIS_DOCUMENT.test(sentence)) return 'names-document';
  let namesOwn = false;
  let introducesOther = false;
  for (const { key, pattern } of KIND_PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const indefinite = INDEFINITE_BEFORE.test(sentence.slice(0, match.index));
      if ((key === kind || kind === null) && !indefinite) namesOwn = true;
      else if (key !== kind && kind !== null && indefinite) introducesOther = true;
    }
  }
  if (namesOwn) return 'names-document';
  return introducesOther ? 'elsewhere' : 'plain';
}

/** The sentences of a block's text: split after `.`, `!` or `?` (and a closing quote) before a capital. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?][”"’)]?)\s+(?=[\p{Lu}”"])/u).filter((sentence) => sentence.trim() !== '');
}

/** The blocks of the sections as plain texts, paragraphs and list items alike, with their first line. */
function blockTexts(sections: readonly Section[]): { text: string; line: number }[] {
  return sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.type === 'paragraph'
        ? [{ text: block.phrases.map((phrase) => phrase.text).join(''), line: block.startLine }]
        : block.items.map((item) => ({ text: item.phrases.map((phrase) => phrase.text).join(''), line: item.startLine })),
    ),
  );
}

/**
 * The decision about this document that its running text states, or `null`. `kind` is the
 * document type its title names (`null` when it names none: then any kind of document counts as
 * naming it). A decision needs a body or a date; one with only a placeholder date does not count.
 */
export function findRunningAdoption(sections: readonly Section[], kind: DocumentTypeKey | null): RunningAdoption | null {
  let fallback: RunningAdoption | null = null;
  for (const block of blockTexts(sections)) {
    for (const sentence of sentences(block.text.replace(/\s+/gu, ' '))) {
      const decisions = readSentenceDecisions(sentence).filter((decision) => decision.by !== null || decision.date !== null);
      const first = decisions[0];
      if (!first) continue;
      const found = standing(sentence, kind);
      if (found === 'elsewhere') continue;
      const adoption: RunningAdoption = {
        date: first.date,
        by: first.by,
        paragraph: first.paragraph,
        placeholder: false,
        text: sentence.trim(),
        line: block.line,
      };
      if (found === 'names-document') return adoption;
      if (first.by !== null && COUNCIL.test(first.by)) fallback ??= adoption;
    }
  }
  return fallback;
}
