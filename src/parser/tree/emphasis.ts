/**
 * `*emphasis*` and `**strong**` in one line of text: CommonMark's delimiter-run rules and its
 * "process emphasis" algorithm (spec 0.31, appendix), the only inline Markdown the parser reads.
 *
 * Written here rather than taken from micromark, which the parser used before: micromark costs
 * about a tenth of a millisecond per line whatever the line holds, and pairs delimiter runs by
 * walking back over all earlier ones, so a line of thousands of `*` took seconds. This keeps the
 * same pairing as micromark without its per-line cost, and a test holds its output equal to
 * micromark's on generated lines (`tests/unit/emphasis.test.ts`).
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { PhrasingContent } from 'mdast';
import { trimSpacesAndTabs } from '../text/trim.ts';

type CharacterClass = 'space' | 'punctuation' | 'other';

const WHITESPACE = /\s/u;
const PUNCTUATION = /\p{P}|\p{S}/u;

/** As micromark classifies a neighbour of a delimiter run: one UTF-16 unit, the line's ends as space. */
function classify(unit: string | undefined): CharacterClass {
  if (unit === undefined || WHITESPACE.test(unit)) return 'space';
  return PUNCTUATION.test(unit) ? 'punctuation' : 'other';
}

/** A piece of the line in a doubly linked list: text, or a run of `*`/`_` (whose text shrinks as it is used), or a group. */
interface Piece {
  value: string;
  group?: { type: 'emphasis' | 'strong'; first: Piece | undefined };
  previous: Piece | undefined;
  next: Piece | undefined;
}

interface Delimiter {
  readonly marker: '*' | '_';
  readonly piece: Piece;
  count: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  previous: Delimiter | undefined;
  next: Delimiter | undefined;
}

/**
 * The phrasing content of one line: text, emphasis and strong, as CommonMark reads them with every
 * other construct switched off. White space at the line's ends is dropped, as in a paragraph.
 */
export function parseEmphasis(line: string): PhrasingContent[] {
  const text = trimSpacesAndTabs(line);
  const head: Piece = { value: '', previous: undefined, next: undefined };
  let tail = head;
  let lastDelimiter: Delimiter | undefined;
  const append = (value: string): Piece => {
    const piece: Piece = { value, previous: tail, next: undefined };
    tail.next = piece;
    tail = piece;
    return piece;
  };

  let textStart = 0;
  for (let index = 0; index < text.length; ) {
    const marker = text[index];
    if (marker !== '*' && marker !== '_') {
      index++;
      continue;
    }
    let end = index;
    while (text[end] === marker) end++;
    if (textStart < index) append(text.slice(textStart, index));
    const before = classify(text[index - 1]);
    const after = classify(text[end]);
    const leftFlanking = after === 'other' || (after === 'punctuation' && before !== 'other');
    const rightFlanking = before === 'other' || (before === 'punctuation' && after !== 'other');
    const delimiter: Delimiter = {
      marker,
      piece: append(text.slice(index, end)),
      count: end - index,
      canOpen: marker === '*' ? leftFlanking : leftFlanking && (before !== 'other' || !rightFlanking),
      canClose: marker === '*' ? rightFlanking : rightFlanking && (after !== 'other' || !leftFlanking),
      previous: lastDelimiter,
      next: undefined,
    };
    if (lastDelimiter) lastDelimiter.next = delimiter;
    lastDelimiter = delimiter;
    index = end;
    textStart = end;
  }
  if (textStart < text.length) append(text.slice(textStart));

  let first = lastDelimiter;
  while (first?.previous) first = first.previous;
  processEmphasis(first);
  return toPhrasing(head.next);
}

/**
 * The spec's "process emphasis" over the delimiter list starting at `first`, as micromark does it:
 * each closer takes the nearest opener of its marker before it, and the rule of three reads the
 * runs' lengths as left by earlier pairs. The search walks back over every open delimiter, so it
 * is quadratic in the runs of a line; `parseInline` reads no line of more than a few hundred runs.
 */
function processEmphasis(first: Delimiter | undefined): void {
  const remove = (delimiter: Delimiter): void => {
    if (delimiter.previous) delimiter.previous.next = delimiter.next;
    if (delimiter.next) delimiter.next.previous = delimiter.previous;
  };
  let closer = first;
  while (closer) {
    if (!closer.canClose) {
      closer = closer.next;
      continue;
    }
    let opener = closer.previous;
    while (opener) {
      const oddMatch = (closer.canOpen || opener.canClose) && closer.count % 3 !== 0 && (opener.count + closer.count) % 3 === 0;
      if (opener.marker === closer.marker && opener.canOpen && !oddMatch) break;
      opener = opener.previous;
    }
    if (!opener) {
      closer = closer.next;
      continue;
    }
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    opener.count -= use;
    closer.count -= use;
    opener.piece.value = opener.piece.value.slice(0, opener.count);
    closer.piece.value = closer.piece.value.slice(use);
    wrapBetween(opener.piece, closer.piece, use === 2 ? 'strong' : 'emphasis');
    // micromark reads the runs between the two again, as they are now (`_**-****-*_`: the `**` and
    // the `***` left of `****` make strong inside the emphasis), where the spec drops them; then
    // they are text to the runs outside.
    const between = opener.next === closer ? undefined : opener.next;
    if (between) {
      between.previous = undefined;
      closer.previous!.next = undefined;
      processEmphasis(between);
    }
    opener.next = closer;
    closer.previous = opener;
    if (opener.count === 0) remove(opener);
    if (closer.count === 0) {
      const next = closer.next;
      remove(closer);
      closer = next;
    }
  }
}

/** Move the pieces between `opener` and `closer` into a new group placed between them. */
function wrapBetween(opener: Piece, closer: Piece, type: 'emphasis' | 'strong'): void {
  const inner = opener.next === closer ? undefined : opener.next;
  const group: Piece = { value: '', group: { type, first: inner }, previous: opener, next: closer };
  if (inner) {
    inner.previous = undefined;
    closer.previous!.next = undefined;
  }
  opener.next = group;
  closer.previous = group;
}

/** The pieces as mdast, neighbouring text merged and empty text dropped. */
function toPhrasing(first: Piece | undefined): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  for (let piece = first; piece; piece = piece.next) {
    if (piece.group) {
      nodes.push({ type: piece.group.type, children: toPhrasing(piece.group.first) } as PhrasingContent);
      continue;
    }
    if (piece.value === '') continue;
    const last = nodes.at(-1);
    if (last?.type === 'text') last.value += piece.value;
    else nodes.push({ type: 'text', value: piece.value });
  }
  return nodes;
}
