import type { CleanLine } from './noise/index.ts';
import { collapseWhitespace } from './lines.ts';
import { DOCUMENT_TYPES } from '../taxonomy/document-types.ts';

const TYPE_WORD = new RegExp(DOCUMENT_TYPES.flatMap((type) => type.patterns).join('|'), 'iu');
const STRIP_MARKS = /^[#*_\s]+|[*_\s]+$/gu;

export interface TitleLine {
  readonly text: string;
  readonly line: number;
}

/**
 * The title: among the first lines left after noise removal, the first that names a kind of
 * steering document (`Riktlinjer för …`, `Internationell policy för …`, `Mål och strategi …`),
 * else the first Markdown heading, else a short first line that is not a sentence; else none.
 * Never a header field.
 */
export function findTitle(lines: readonly CleanLine[]): TitleLine | null {
  const candidates = lines
    .filter((line) => line.text.trim() !== '')
    .slice(0, 25)
    .map((line) => ({ line: line.line, text: collapseWhitespace(line.text.replace(STRIP_MARKS, '')), raw: line.text }));
  const usable = candidates.filter((candidate) => !candidate.raw.includes('\t') && candidate.text.length <= 160 && !/^[-•*]\s/u.test(candidate.raw));
  const byType = usable.find((candidate) => TYPE_WORD.test(candidate.text) && !/[.:;]$/u.test(candidate.text) && candidate.text.split(' ').length <= 20);
  const byHeading = usable.find((candidate) => /^#\s/u.test(candidate.raw));
  // Failing those, a first line that is shaped like a title (short, not a sentence); else none.
  const first = usable[0];
  const titleShaped = first && first.text.split(' ').length <= 12 && !/[.!?:;,]$/u.test(first.text) ? first : undefined;
  const chosen = byType ?? byHeading ?? titleShaped;
  return chosen ? { text: chosen.text, line: chosen.line } : null;
}
