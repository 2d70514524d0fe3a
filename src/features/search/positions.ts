/**
 * Where each word stands in each section, for phrases and compounds (`"beslutar om medlemskap"`,
 * `EU-projekt`): their words must stand next to each other, in order, which the postings cannot
 * tell. A section's words are numbered in reading order, heading first, with one number skipped
 * after the heading and after each paragraph, so that no phrase runs from one into the next.
 *
 * Published in shards (`/sok/positioner/<shard>.json`), a shard for the words whose folded form
 * begins with the same two letters: a phrase needs a shard per word (a word being typed, a prefix
 * of two letters or more, needs one too), a few kilobytes each.
 */
import { NumberReader, writeNumber } from './compact-numbers.ts';

/** The positions of the words of one shard, as published. */
export interface PositionShard {
  readonly version: number;
  /** The shard's name (`be`). */
  readonly shard: string;
  /** For each word form (lower case, as in the index's `words`), its positions, encoded by `encodePositions`. */
  readonly words: Readonly<Record<string, string>>;
}

/** One place of a word: its number in the section, and whether it is in the heading. */
export interface WordPlace {
  readonly position: number;
  readonly inHeading: boolean;
}

/**
 * The shard of a folded word (`vanort` → `va`): its first two letters, each kept if it is a
 * letter a–z or a digit and written as `_<hex>_` otherwise, so that the name is a safe file name.
 */
export function positionShard(key: string): string {
  return Array.from(key)
    .slice(0, 2)
    .map((letter) => (/^[a-z0-9]$/u.test(letter) ? letter : `_${letter.codePointAt(0)!.toString(16)}_`))
    .join('');
}

/**
 * A word's places, one list per section of its postings (in the postings' order): per section its
 * number of places, then each place as `position * 2 + (inHeading ? 1 : 0)`, the first as is and
 * the others as the difference from the one before.
 */
export function encodePositions(places: readonly (readonly WordPlace[])[]): string {
  let encoded = '';
  for (const list of places) {
    encoded += writeNumber(list.length);
    let previous = 0;
    for (const place of list) {
      const code = place.position * 2 + (place.inHeading ? 1 : 0);
      if (code < previous) throw new Error('Places must be in ascending order');
      encoded += writeNumber(code - previous);
      previous = code;
    }
  }
  return encoded;
}

/** A word's places, decoded: for section `i` of its postings, `codes[offsets[i]]` to `codes[offsets[i + 1]]`. */
export interface DecodedPositions {
  readonly offsets: Int32Array;
  /** `position * 2 + (inHeading ? 1 : 0)`, ascending within each section. */
  readonly codes: Int32Array;
}

/** Decode what `encodePositions` wrote for a word with `sections` postings; throws if it does not fit. */
export function decodePositions(encoded: string, sections: number): DecodedPositions {
  const reader = new NumberReader(encoded);
  const offsets = new Int32Array(sections + 1);
  const codes: number[] = [];
  for (let section = 0; section < sections; section += 1) {
    offsets[section] = codes.length;
    const count = reader.number();
    let code = 0;
    for (let index = 0; index < count; index += 1) codes.push((code += reader.number()));
  }
  offsets[sections] = codes.length;
  if (!reader.done) throw new Error('Malformed positions: more sections than postings');
  return { offsets, codes: Int32Array.from(codes) };
}

/** Is `data` a position shard of the given version and name? */
export function isPositionShard(data: unknown, version: number, shard: string): data is PositionShard {
  const candidate = data as Partial<PositionShard> | null;
  return (
    !!candidate &&
    candidate.version === version &&
    candidate.shard === shard &&
    typeof candidate.words === 'object' &&
    candidate.words !== null &&
    Object.values(candidate.words).every((value) => typeof value === 'string')
  );
}
