/**
 * What a search query asks for: a list of clauses, every one of which a hit must satisfy (AND).
 * A plain word is a `term` (forgiving: other forms, compounds, typos); a word written with hyphens,
 * colons or slashes (`EU-projekt`, `EU:s`) is a `compound` whose parts must stand next to each
 * other; a quoted text is a `phrase` matched word for word. Parsing never fails: any string,
 * however long or odd, gives a (possibly empty) query.
 */
import { tokenise, wellFormed } from '../text.ts';

/** Longest query read, in UTF-16 units; the rest is ignored. */
export const MAX_QUERY_LENGTH = 256;
/** Most clauses used; further words are ignored. */
export const MAX_CLAUSES = 10;
/** Most words of a phrase or compound used. */
export const MAX_SEQUENCE_WORDS = 10;

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

export interface ParsedQuery {
  readonly clauses: readonly Clause[];
  /** Some of the query was ignored (too long, too many words). */
  readonly truncated: boolean;
}

/** Straight and typographic quotation marks all open and close a phrase. */
const QUOTE = /["”“„«»]/u;

/** Parse a query as typed. */
export function parseQuery(input: string): ParsedQuery {
  const clean = wellFormed(input);
  let truncated = clean.length > MAX_QUERY_LENGTH;
  // Cut between words: a word cut in half would match nothing.
  const text = truncated && /[\p{L}\p{N}\p{M}]/u.test(clean.charAt(MAX_QUERY_LENGTH)) ? clean.slice(0, MAX_QUERY_LENGTH).replace(/[\p{L}\p{N}\p{M}]+$/u, '') : clean.slice(0, MAX_QUERY_LENGTH);
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const add = (clause: Clause | null) => {
    if (!clause) return;
    const id = `${clause.kind}:${clause.openEnd}:${clause.words.map((word) => word.form).join(' ')}`;
    if (seen.has(id)) return;
    if (clauses.length >= MAX_CLAUSES) {
      truncated = true;
      return;
    }
    seen.add(id);
    clauses.push(clause);
  };

  const parts = text.split(QUOTE);
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1;
    if (quoted) {
      const closed = index < parts.length - 1;
      const result = sequence(part, 'phrase', !closed);
      if (result.truncated) truncated = true;
      add(result.clause);
      return;
    }
    for (const chunk of part.split(/\s+/u)) {
      const result = sequence(chunk, 'compound', true);
      if (result.truncated) truncated = true;
      add(result.clause);
    }
  });
  return { clauses, truncated };
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
