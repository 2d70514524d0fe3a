import type { CleanLine } from './noise/index.ts';
import { collapseWhitespace } from './lines.ts';
import { isFactLine, readsAsRunningText } from './facts.ts';
import { DOCUMENT_TYPES } from '../taxonomy/document-types.ts';
import { stripMarks, withoutTrailingPageNumber } from './text/trim.ts';

const TYPE_WORD = new RegExp(DOCUMENT_TYPES.flatMap((type) => type.patterns).join('|'), 'iu');
const BULLET = /^\s*[-•*–·▪●◦■]\s/u;
/** Breadcrumbs and document-class lines (`Styrande dokument Måldokument | Strategi`, `Start > Kommun > …`). */
const BREADCRUMB = /\s[|>›»]\s/u;
/** A heading may name its type within its first three words (`Mål och strategi för …`, `EU-strategi för …`). */
const TYPE_WITHIN_WORDS = 3;
const HEAD_LINES = 40;
/** Most words a heading has (`isHeadingShaped`). */
const HEADING_WORDS = 14;
/** Shortest line that reads as running text by its length alone (`readsAsRunningText`). */
const RUNNING_TEXT_LENGTH = 160;
/** A sentence ends inside the line: an end mark, a space, a capital. */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

export interface TitleLine {
  readonly text: string;
  readonly line: number;
}

export interface TitleOptions {
  /** The name a document-sharing site gave the upload (`Download "…"`), page numbers aside. */
  readonly uploadTitle?: string;
}

/**
 * The title, looked for in the document's head (the lines before its first running text): the
 * first line that names a kind of steering document in its first words (`Riktlinjer för …`,
 * `Internationell policy för …`, `Mål och strategi …`), else the first Markdown heading, else the
 * name a document-sharing site gave the upload, else the heading-shaped line that stands right
 * above the running text (a web page's heading, with facts such as `Antagen i fullmäktige …`
 * between them), else a short first line that is not a sentence. A cover line that runs the title
 * together with labels and facts (`STRATEGI Dnr KK15/410 EU-strategi för … Antagen av
 * kommunfullmäktige 2015`) gives the title alone; a page number beside it is not part of it.
 * A title may be of any length: a first line that names the kind of document and is shaped like a
 * title is the title however long it is (`longFirstLine`). Never a header field, a list item or a
 * breadcrumb.
 */
export function findTitle(lines: readonly CleanLine[], options: TitleOptions = {}): TitleLine | null {
  const nonBlank = lines.filter((line) => line.text.trim() !== '').slice(0, HEAD_LINES);
  const proseAt = nonBlank.findIndex((line) => isRunningText(line.text));
  const head = (proseAt === -1 ? nonBlank : nonBlank.slice(0, proseAt)).map((line) => ({
    line: line.line,
    raw: line.text,
    text: trimCoverLine(collapseWhitespace(stripMarks(line.text))),
  }));
  const usable = head.filter(
    (candidate) =>
      candidate.text !== '' && !candidate.raw.includes('\t') && candidate.text.length <= 160 && !BULLET.test(candidate.raw) && !BREADCRUMB.test(candidate.text),
  );
  const byType = usable.find((candidate) => namesType(candidate.text) && !/[.:;]$/u.test(candidate.text) && candidate.text.split(' ').length <= 20);
  const byHeading = usable.find((candidate) => /^#\s/u.test(candidate.raw));
  const aboveText = proseAt === -1 ? undefined : [...usable].reverse().find((candidate) => !isFactLine(candidate.raw) && isHeadingShaped(candidate.text));
  const upload = options.uploadTitle ? recased(options.uploadTitle, lines) : undefined;
  const first = usable[0];
  const titleShaped = first && isHeadingShaped(first.text) ? first : undefined;
  const long = longFirstLine(lines);
  const longByType = long && namesType(long.text) ? long : undefined;
  const chosen = longByType ?? byType ?? byHeading ?? upload ?? aboveText ?? titleShaped;
  return chosen ? { text: chosen.text, line: chosen.line } : null;
}

/**
 * The document's first line when it is shaped like a title — a capital or a digit first, no
 * sentence in it or at its end, not a list item, a fact, a breadcrumb or a table row — but is longer
 * than a heading is (over fourteen words, or as long as running text): a title written out in full.
 * `null` when the first line is short or reads as sentences.
 */
export function longFirstLine(lines: readonly CleanLine[]): TitleLine | null {
  const first = lines.find((line) => line.text.trim() !== '');
  if (!first) return null;
  const text = trimCoverLine(collapseWhitespace(stripMarks(first.text)));
  const long = text.length >= RUNNING_TEXT_LENGTH || text.split(' ').length > HEADING_WORDS;
  const shapedAsTitle =
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.!?:;,]$/u.test(text) &&
    !SENTENCE_BREAK.test(text) &&
    !first.text.includes('\t') &&
    !BULLET.test(first.text) &&
    !BREADCRUMB.test(text) &&
    !isFactLine(first.text);
  return long && shapedAsTitle ? { text, line: first.line } : null;
}

/**
 * A long first line shaped like a title that was not taken as the title (it names no kind of
 * document in its first words, so it may be a title or an opening paragraph without a full stop),
 * for a warning that says so. `null` when there is none, or it is the title.
 */
export function passedOverTitleLine(lines: readonly CleanLine[], title: TitleLine | null): TitleLine | null {
  const long = longFirstLine(lines);
  return long && long.line !== title?.line ? long : null;
}

/** Running text, which ends the head: a list item, or a line that reads as running text and states no fact. */
function isRunningText(text: string): boolean {
  return BULLET.test(text) || (!isFactLine(text) && readsAsRunningText(text));
}

function namesType(text: string): boolean {
  const match = TYPE_WORD.exec(text);
  if (!match) return false;
  return text.slice(0, match.index).split(/\s+/u).filter(Boolean).length < TYPE_WITHIN_WORDS;
}

function isHeadingShaped(text: string): boolean {
  return text.split(' ').length <= HEADING_WORDS && !/[.!?:;,]$/u.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
}

/** What follows the title on a cover line, to its end: a decision (`… Antagen av KF 2020`) or a reference number (`… Dnr 2020/12`). One white-space character starts each, so that a long run of white space is not read from each of its characters. */
const TRAILING_DECISION = /\s(?:antagen|antaget|antagna|fastställd|fastställt|beslutad|beslutat|godkänd|godkänt|reviderad)(?![\p{L}])[\s\S]*$/iu;
const TRAILING_REFERENCE = /\s(?:dnr|diarienummer|diarienr)\.?:?\s+\S[\s\S]*$/iu;

/**
 * A cover line without the labels and facts run into it: a leading document-type label in
 * capitals (`STRATEGI`), a reference number (`Dnr KK15/410`), a trailing decision (`Antagen av …`),
 * and a page number at either end (`2 Internationell policy`, `internationell strategi 1`).
 */
function trimCoverLine(text: string): string {
  const withoutLabels = text
    .replace(/^\d{1,3}\s+(?=\p{L})/u, '')
    .replace(/^(?:STYRDOKUMENT|POLICY|STRATEGI|RIKTLINJER?|PROGRAM|PLAN|HANDLINGSPLAN)\s+(?=\S)/u, '')
    .replace(/^(?:dnr|diarienummer|diarienr)\.?:?\s+\S+(?:\s+\d\S*)?\s+(?=\S)/iu, '')
    .replace(TRAILING_DECISION, '')
    .replace(TRAILING_REFERENCE, '')
    .trimEnd();
  return withoutTrailingPageNumber(withoutLabels).trim();
}

/** The upload's name, in the casing of a line that repeats it (a cover page), or as the site wrote it. */
function recased(title: string, lines: readonly CleanLine[]): TitleLine {
  const key = title.toLowerCase();
  const repeated = lines.find((line) => collapseWhitespace(line.text).toLowerCase() === key);
  return repeated ? { text: collapseWhitespace(repeated.text), line: repeated.line } : { text: title, line: 1 };
}
