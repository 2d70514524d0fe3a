/**
 * The corpus' vocabulary, and how a query word matches it. Matching runs on the distinct folded
 * words (a few thousand now, tens of thousands at 300 documents), never on the text itself:
 *
 * - `equal`: the same folded word (`vanort` → `vänort`);
 * - `prefix`: a longer word starting with it (`vänort` → `vänortsavtal`, `vänorter`);
 * - `infix`: a compound containing it (`samarbete` → `vänortssamarbete`), for words of 4+ letters;
 * - `fuzzy`: a typo (`kommunstyrlsen` → `kommunstyrelsen`), for words of 5+ letters, only when
 *   none of the above found anything. fuse.js (Bitap) finds the closest words among the few that
 *   share enough letter pairs with the query word to be within its error budget (the q-gram lemma:
 *   `e` edits destroy at most `2e` of a word's letter pairs), so a query stays fast however large
 *   the vocabulary grows; the corrected words then match as if typed (with their compounds).
 */
import Fuse from 'fuse.js/basic';
import { fold } from '../text.ts';

export type KeyTier = 'equal' | 'prefix' | 'infix' | 'fuzzy';

/** How a query word may match: `any` for a free word, `equal`/`prefix` inside phrases. */
export type MatchMode = 'any' | 'equal' | 'prefix';

export interface KeyMatch {
  /** Index into `Vocabulary.keys`. */
  readonly key: number;
  readonly tier: KeyTier;
  /** Edits needed (fuzzy matches only; 0 otherwise). */
  readonly errors: number;
  /**
   * For fuzzy matches: 0 for a corrected word itself (`kommunstyrelsen`), 1 for a longer word
   * starting with it (`kommunstyrelsens`), 2 for a compound containing it.
   */
  readonly distance?: number;
}

/** At most this many corrections are used for a misspelt word. */
export const MAX_CORRECTIONS = 3;

/** Shortest word that matches inside compounds. */
export const MIN_INFIX_LENGTH = 4;
/** Shortest word that is matched with typos. */
export const MIN_FUZZY_LENGTH = 5;
/** Longest word that is matched with typos (Bitap works on 32 letters at once). */
export const MAX_FUZZY_LENGTH = 32;

/** Most words Bitap checks for one typo search: those sharing the most letter pairs with it. */
export const MAX_FUZZY_CANDIDATES = 200;

/** Edits allowed for a word of `length` letters: 1 up to 7 letters, 2 up to 11, then 3. */
export function allowedErrors(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  if (length <= 7) return 1;
  if (length <= 11) return 2;
  return 3;
}

function bigrams(word: string): string[] {
  const grams = new Set<string>();
  for (let index = 0; index + 2 <= word.length; index += 1) grams.add(word.slice(index, index + 2));
  return [...grams];
}

export class Vocabulary {
  /** Distinct lower-case forms, as in the index. */
  readonly forms: readonly string[];
  /** Distinct folded keys, sorted by UTF-16 code units. */
  readonly keys: readonly string[];
  /** For each key, the indices of its forms. */
  readonly formsOfKey: readonly (readonly number[])[];
  /** For each form, the index of its key. */
  readonly keyOfForm: Int32Array;
  #keyIndex = new Map<string, number>();
  #gramIndex: Map<string, Int32Array> | undefined;
  #counts: Uint16Array | undefined;

  constructor(forms: readonly string[]) {
    this.forms = forms;
    const byKey = new Map<string, number[]>();
    forms.forEach((form, index) => {
      const key = fold(form);
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    });
    this.keys = [...byKey.keys()].sort();
    this.keyOfForm = new Int32Array(forms.length);
    this.formsOfKey = this.keys.map((key, keyIndex) => {
      this.#keyIndex.set(key, keyIndex);
      const list = byKey.get(key)!;
      for (const form of list) this.keyOfForm[form] = keyIndex;
      return list;
    });
  }

  /** The index of a folded key, or -1. */
  keyIndex(key: string): number {
    return this.#keyIndex.get(key) ?? -1;
  }

  /** Keys that match `key` (folded) in the given mode; see the module comment. */
  match(key: string, mode: MatchMode): KeyMatch[] {
    if (key === '') return [];
    const matches: KeyMatch[] = [];
    const equal = this.keyIndex(key);
    if (equal >= 0) matches.push({ key: equal, tier: 'equal', errors: 0 });
    if (mode === 'equal') return matches;
    if (mode === 'prefix' || key.length >= 2) {
      const [from, to] = this.#prefixRange(key);
      for (let index = from; index < to; index += 1) if (index !== equal) matches.push({ key: index, tier: 'prefix', errors: 0 });
    }
    if (mode === 'prefix') return matches;
    if (key.length >= MIN_INFIX_LENGTH) {
      for (const index of this.#rarestPair(key)) {
        const candidate = this.keys[index]!;
        if (!candidate.startsWith(key) && candidate.includes(key)) matches.push({ key: index, tier: 'infix', errors: 0 });
      }
    }
    if (matches.length === 0 && key.length >= MIN_FUZZY_LENGTH && key.length <= MAX_FUZZY_LENGTH) return this.#corrected(key);
    return matches;
  }

  /** The closest words to a misspelt `key`, each matched as if it had been typed. */
  #corrected(key: string): KeyMatch[] {
    const found = new Map<number, KeyMatch>();
    for (const correction of this.#fuzzy(key).slice(0, MAX_CORRECTIONS)) {
      for (const match of this.match(this.keys[correction.key]!, 'any')) {
        const distance = match.tier === 'equal' ? 0 : match.tier === 'prefix' ? 1 : 2;
        const known = found.get(match.key);
        if (!known || distance < (known.distance ?? 0)) found.set(match.key, { key: match.key, tier: 'fuzzy', errors: correction.errors, distance });
      }
    }
    return [...found.values()].sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || a.key - b.key);
  }

  /**
   * Words close to `key` for a "did you mean" suggestion, best first; looser than matching (one
   * more edit allowed), and for words of 3 letters or more.
   */
  suggest(key: string, limit = 3): string[] {
    if (key.length < 3 || key.length > MAX_FUZZY_LENGTH) return [];
    const errors = Math.max(1, allowedErrors(key.length) + (key.length >= MIN_FUZZY_LENGTH ? 1 : 0));
    const found = this.#fuzzy(key, errors, false);
    return found.slice(0, limit).map((match) => this.keys[match.key]!);
  }

  #prefixRange(prefix: string): [number, number] {
    const keys = this.keys;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keys[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < keys.length && keys[end]!.startsWith(prefix)) end += 1;
    return [low, end];
  }

  /** Keys holding the query's rarest letter pair: every key containing `key` is among them. */
  #rarestPair(key: string): Int32Array {
    const index = this.#grams();
    let rarest: Int32Array | undefined;
    for (const gram of bigrams(key)) {
      const list = index.get(gram);
      if (!list) return new Int32Array(0);
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest ?? new Int32Array(0);
  }

  /** Keys that share enough letter pairs with `key` to be within `errors` edits of containing it. */
  #candidates(key: string, errors: number, limit = Number.POSITIVE_INFINITY): number[] {
    const grams = bigrams(key);
    const needed = Math.max(1, grams.length - 2 * errors);
    const index = this.#grams();
    const counts = (this.#counts ??= new Uint16Array(this.keys.length));
    const touched: number[] = [];
    for (const gram of grams) {
      const list = index.get(gram);
      if (!list) continue;
      for (const keyIndex of list) {
        if (counts[keyIndex] === 0) touched.push(keyIndex);
        counts[keyIndex] = counts[keyIndex]! + 1;
      }
    }
    let candidates: number[] = [];
    for (const keyIndex of touched) if (counts[keyIndex]! >= needed) candidates.push(keyIndex);
    // For typos, only the words sharing the most letter pairs (the shortest first: a corrected
    // word brings its compounds along) are worth Bitap's time.
    if (limit < candidates.length) {
      const keys = this.keys;
      candidates = candidates.sort((a, b) => counts[b]! - counts[a]! || keys[a]!.length - keys[b]!.length || a - b).slice(0, limit);
    }
    for (const keyIndex of touched) counts[keyIndex] = 0;
    return candidates.sort((a, b) => a - b);
  }

  /** Keys containing `key` with at most `errors` edits, by Bitap (fuse.js); only the closest if `closestOnly`. */
  #fuzzy(key: string, errors = allowedErrors(key.length), closestOnly = true): KeyMatch[] {
    if (errors === 0) return [];
    const candidates = this.#candidates(key, errors, MAX_FUZZY_CANDIDATES);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(
      candidates.map((index) => this.keys[index]!),
      // Keys are folded and lower case already; Bitap's score is errors / length once location is ignored.
      { includeScore: true, ignoreLocation: true, isCaseSensitive: true, shouldSort: true, threshold: (errors + 0.5) / key.length },
    );
    const found = fuse.search(key).map((result) => ({
      key: candidates[result.refIndex]!,
      tier: 'fuzzy' as const,
      errors: Math.round((result.score ?? 0) * key.length),
    }));
    // Prefer whole-word likeness among equally close words: `kommunstyrelsen` before `kommunstyrelsens`.
    found.sort(
      (a, b) => a.errors - b.errors || Math.abs(this.keys[a.key]!.length - key.length) - Math.abs(this.keys[b.key]!.length - key.length) || a.key - b.key,
    );
    if (!closestOnly || found.length === 0) return found;
    const best = found[0]!.errors;
    return found.filter((match) => match.errors === best);
  }

  #grams(): Map<string, Int32Array> {
    if (this.#gramIndex) return this.#gramIndex;
    const lists = new Map<string, number[]>();
    this.keys.forEach((key, keyIndex) => {
      for (const gram of bigrams(key)) {
        const list = lists.get(gram);
        if (list) list.push(keyIndex);
        else lists.set(gram, [keyIndex]);
      }
    });
    this.#gramIndex = new Map([...lists].map(([gram, list]) => [gram, Int32Array.from(list)]));
    return this.#gramIndex;
  }
}
