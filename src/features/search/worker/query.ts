/**
 * What a search query asks for. Its words are clauses: a plain word is a `term` (forgiving: other
 * forms, compounds, typos); a word written with hyphens, colons or slashes (`EU-projekt`, `EU:s`)
 * is a `compound` whose parts must stand next to each other; a quoted text is a `phrase` matched
 * word for word. The clauses make groups, every one of which a hit must satisfy (AND):
 *
 * - `ELLER` or `OR` (in capitals) between two words makes them alternatives of one group: either
 *   will do (`vänort ELLER partnerskap`); it binds the words next to it only (`a b ELLER c d` is
 *   a, b or c, and d), and one left without a word on each side is ignored (while typing);
 * - `-ord` (or `-"en fras"`) excludes the sections that have the word: such clauses are
 *   `excluded` and make no group;
 * - words that name a theme of the taxonomy (`Agenda 2030`, `vänorter`, a theme's label; never a
 *   quoted phrase) make one alternative that also holds, through the theme, in every section that
 *   names the theme in other words (`theme-lexicon.ts`).
 *
 * Parsing never fails: any string, however long or odd, gives a (possibly empty) query.
 */
import type { ThemeId } from '../../../taxonomy/themes.ts';
import { tokenise, wellFormed } from '../text.ts';
import { themeLexicon, type ThemeLexicon } from './theme-lexicon.ts';

/** Longest query read, in UTF-16 units; the rest is ignored. */
export const MAX_QUERY_LENGTH = 256;
/** Most clauses used (words to find and words to exclude); further words are ignored. */
export const MAX_CLAUSES = 10;
/** Most words of a phrase or compound used. */
export const MAX_SEQUENCE_WORDS = 10;

/** The words that join alternatives, written in capitals. */
export const OR_WORDS: readonly string[] = ['ELLER', 'OR'];

export interface QueryWord {
  /** Lower case, as typed: what an exact match must equal. */
  readonly form: string;
  /** Folded: what matching compares. */
  readonly key: string;
}

export type ClauseKind = 'term' | 'compound' | 'phrase';

export interface Clause {
  readonly kind: ClauseKind;
  /** One word for a term; the words in order for a compound or phrase. */
  readonly words: readonly QueryWord[];
  /**
   * May the last word of a compound or phrase be the start of a longer word? True for compounds
   * (`EU-projekt` finds `EU-projekten`) and for a phrase whose closing quote is not yet typed.
   */
  readonly openEnd: boolean;
  /** The clause as the user wrote it (for messages). */
  readonly text: string;
}

/** One way to satisfy a group: every clause (index into `ParsedQuery.clauses`), or one of the themes they name. */
export interface QueryAlternative {
  readonly clauses: readonly number[];
  /** The themes its words name, in the taxonomy's order; empty for most words. */
  readonly themes: readonly ThemeId[];
}

/** What a hit must satisfy: one of the alternatives. */
export interface QueryGroup {
  readonly alternatives: readonly QueryAlternative[];
}

export interface ParsedQuery {
  /** The clauses to find, each once (what the groups refer to, and what is marked in the hits). */
  readonly clauses: readonly Clause[];
  /** Every group must be satisfied. */
  readonly groups: readonly QueryGroup[];
  /** Sections with any of these are left out (`-ord`). */
  readonly excluded: readonly Clause[];
  /** Some of the query was ignored (too long, too many words). */
  readonly truncated: boolean;
}

/** Straight and typographic quotation marks all open and close a phrase. */
const QUOTE = /["”“„«»]/u;
/** A minus before a word: hyphen-minus or the minus sign. */
const MINUS = /^[-\u2212]+/u;

/** A piece of the query in reading order: a clause to find, one to exclude, or `ELLER`. */
type Item = { readonly type: 'find'; readonly clause: Clause } | { readonly type: 'exclude'; readonly clause: Clause } | { readonly type: 'or' };

/** Parse a query as typed; `lexicon` tells which words name a theme (the taxonomy's, by default). */
export function parseQuery(input: string, lexicon: ThemeLexicon = themeLexicon()): ParsedQuery {
  const clean = wellFormed(input);
  let truncated = clean.length > MAX_QUERY_LENGTH;
  // Cut between words: a word cut in half would match nothing.
  const text =
    truncated && /[\p{L}\p{N}\p{M}]/u.test(clean.charAt(MAX_QUERY_LENGTH))
      ? clean.slice(0, MAX_QUERY_LENGTH).replace(/[\p{L}\p{N}\p{M}]+$/u, '')
      : clean.slice(0, MAX_QUERY_LENGTH);

  const items: Item[] = [];
  const push = (result: { clause: Clause | null; truncated: boolean }, exclude: boolean) => {
    if (result.truncated) truncated = true;
    if (result.clause) items.push({ type: exclude ? 'exclude' : 'find', clause: result.clause });
  };
  const parts = text.split(QUOTE);
  let excludeNext = false;
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      const closed = index < parts.length - 1;
      push(sequence(part, 'phrase', !closed), excludeNext);
      excludeNext = false;
      return;
    }
    const chunks = part.split(/\s+/u).filter((chunk) => chunk !== '');
    // `-"fras"`: a minus just before the quote excludes the phrase.
    excludeNext = index < parts.length - 1 && /(^|\s)[-\u2212]+$/u.test(part);
    chunks.forEach((chunk, at) => {
      if (OR_WORDS.includes(chunk)) {
        items.push({ type: 'or' });
        return;
      }
      const minus = MINUS.exec(chunk);
      if (!minus) {
        push(sequence(chunk, 'compound', true), false);
        return;
      }
      if (excludeNext && at === chunks.length - 1) return;
      push(sequence(chunk.slice(minus[0].length), 'compound', true), true);
    });
  });
  return assemble(items, lexicon, truncated);
}

/** Clauses, groups and exclusions from the items in reading order. */
function assemble(items: readonly Item[], lexicon: ThemeLexicon, truncatedBefore: boolean): ParsedQuery {
  let truncated = truncatedBefore;
  const clauses: Clause[] = [];
  const excluded: Clause[] = [];
  const ids = new Map<string, number>();
  const excludedIds = new Set<string>();
  /** The clause's index, added if new; -1 once there are too many. */
  const clauseIndex = (clause: Clause): number => {
    const id = clauseId(clause);
    const known = ids.get(id);
    if (known !== undefined) return known;
    if (clauses.length + excluded.length >= MAX_CLAUSES) {
      truncated = true;
      return -1;
    }
    ids.set(id, clauses.length);
    clauses.push(clause);
    return clauses.length - 1;
  };

  // Atoms: a word, a phrase, or the words that together name a theme; `or` and `break` between them.
  type Piece = { readonly type: 'atom'; readonly alternative: QueryAlternative } | { readonly type: 'or' } | { readonly type: 'break' };
  const pieces: Piece[] = [];
  let run: Clause[] = [];
  const flush = () => {
    for (const atom of themeAtoms(run, lexicon)) {
      const indices = atom.clauses.map(clauseIndex).filter((index) => index >= 0);
      if (indices.length === atom.clauses.length) pieces.push({ type: 'atom', alternative: { clauses: dedupe(indices), themes: atom.themes } });
    }
    run = [];
  };
  for (const item of items) {
    if (item.type === 'find' && item.clause.kind !== 'phrase') {
      run.push(item.clause);
      continue;
    }
    flush();
    if (item.type === 'or') pieces.push({ type: 'or' });
    else if (item.type === 'find') {
      const index = clauseIndex(item.clause);
      if (index >= 0) pieces.push({ type: 'atom', alternative: { clauses: [index], themes: [] } });
    } else {
      pieces.push({ type: 'break' });
      const id = clauseId(item.clause);
      if (excludedIds.has(id)) continue;
      if (clauses.length + excluded.length >= MAX_CLAUSES) {
        truncated = true;
        continue;
      }
      excludedIds.add(id);
      excluded.push(item.clause);
    }
  }
  flush();

  // `ELLER` joins the atoms on either side of it into one group.
  const groups: QueryAlternative[][] = [];
  let orPending = false;
  let afterAtom = false;
  for (const piece of pieces) {
    if (piece.type === 'atom') {
      if (orPending && afterAtom) groups.at(-1)!.push(piece.alternative);
      else groups.push([piece.alternative]);
      orPending = false;
      afterAtom = true;
    } else if (piece.type === 'or') {
      orPending ||= afterAtom;
    } else {
      orPending = false;
      afterAtom = false;
    }
  }
  const seen = new Set<string>();
  const unique = groups
    .map((alternatives) => uniqueAlternatives(alternatives))
    .filter((alternatives) => {
      const id = JSON.stringify(alternatives);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  return { clauses, groups: unique.map((alternatives) => ({ alternatives })), excluded, truncated };
}

function clauseId(clause: Clause): string {
  return `${clause.kind}:${clause.openEnd}:${clause.words.map((word) => word.form).join(' ')}`;
}

function dedupe(values: readonly number[]): number[] {
  return [...new Set(values)];
}

function uniqueAlternatives(alternatives: readonly QueryAlternative[]): QueryAlternative[] {
  const seen = new Set<string>();
  return alternatives.filter((alternative) => {
    const id = JSON.stringify(alternative);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Words typed one after the other (no `ELLER`, phrase or exclusion between them) as atoms: the
 * words that name a theme together make one (`Agenda 2030`), with the themes they name; every
 * other word is one by itself.
 */
export function themeAtoms(run: readonly Clause[], lexicon: ThemeLexicon): { clauses: Clause[]; themes: ThemeId[] }[] {
  if (run.length === 0) return [];
  const text = run.map((clause) => clause.text).join(' ');
  const tokens = tokenise(text);
  // The clause each token belongs to.
  const owner: number[] = [];
  run.forEach((clause, index) => {
    for (let count = tokenise(clause.text).length; count > 0; count -= 1) owner.push(index);
  });
  /** For each clause, the atom it starts or joins (by its first clause), and the themes of that atom. */
  const atomOf = run.map((_, index) => index);
  const themes = run.map(() => new Set<number>());
  for (const span of lexicon.spans(text, tokens, 'query')) {
    const from = owner[span.first];
    const to = owner[span.last];
    if (from === undefined || to === undefined) continue;
    const start = atomOf[from]!;
    for (let index = from; index <= to; index += 1) {
      // Joining an atom that began earlier joins its start.
      const previous = atomOf[index]!;
      for (let other = 0; other < run.length; other += 1) if (atomOf[other] === previous) atomOf[other] = start;
    }
    themes[start]!.add(span.theme);
  }
  const atoms: { clauses: Clause[]; themes: ThemeId[] }[] = [];
  run.forEach((clause, index) => {
    const start = atomOf[index]!;
    if (start === index) atoms.push({ clauses: [clause], themes: [] });
    else atoms.at(-1)!.clauses.push(clause);
  });
  // Themes gathered on any clause of an atom are the atom's.
  let atom = -1;
  run.forEach((_, index) => {
    if (atomOf[index] === index) atom += 1;
    const found = atoms[atom]!;
    for (const theme of themes[index]!) if (!found.themes.includes(lexicon.themes[theme]!.id)) found.themes.push(lexicon.themes[theme]!.id);
  });
  for (const found of atoms) found.themes.sort((a, b) => lexicon.indexOf(a) - lexicon.indexOf(b));
  return atoms;
}

function sequence(text: string, kind: 'compound' | 'phrase', openEnd: boolean): { clause: Clause | null; truncated: boolean } {
  const tokens = tokenise(text);
  if (tokens.length === 0) return { clause: null, truncated: false };
  const words = tokens.slice(0, MAX_SEQUENCE_WORDS).map(({ form, key }) => ({ form, key }));
  const truncated = tokens.length > MAX_SEQUENCE_WORDS;
  const clauseKind: ClauseKind = kind === 'compound' && words.length === 1 ? 'term' : kind;
  const written = text.slice(tokens[0]!.start, tokens[Math.min(tokens.length, MAX_SEQUENCE_WORDS) - 1]!.end);
  return { clause: { kind: clauseKind, words, openEnd: clauseKind === 'term' ? false : openEnd, text: written }, truncated };
}
