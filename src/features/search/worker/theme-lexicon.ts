/**
 * The themes of the taxonomy (`src/taxonomy/themes.ts`) as search reads them: each cue as a
 * pattern over words (the tokens of `../text.ts`), not a regular expression. The build decides
 * which sections name a theme with the taxonomy's own patterns (`findThemeMatches`); the worker
 * only needs to tell which theme a query names (`Agenda 2030`, `vänorter`, the theme's label) and
 * where a theme hit's words are, on a few hundred words at a time. Regular expressions would do
 * that too, but V8 compiles each of the taxonomy's ~300 patterns on first use and again when it
 * tiers up, some 100 ms on the first queries; comparing words costs microseconds.
 *
 * A cue's words are compared folded (`vanort` names `vänort`), with the cue's rules:
 * - a plain cue word takes a Swedish ending (`CUE_ENDINGS`: `vänort` → `vänorter`), `=` none;
 * - a trailing `*` lets the last word be the start of a longer one (`vänort*` → `vänortsavtal`);
 * - a leading `*` lets the first word be the end of a longer one (`*projekt` → `utvecklingsprojekt`);
 * - without a leading `*` the first word is not the tail of a hyphenated compound (`EU-projekt`
 *   does not name `projekt…`), and without a trailing `*` the last is not the head of one;
 * - a cue with a capital letter (`Sida=`, `ICLD`) is compared as written in a text, but not in a
 *   query, where a reader types `sida` or `icld`;
 * - words the theme's `exclude` cues cover never count.
 */
import { CUE_ENDINGS, parseCue, THEMES, type ThemeDefinition, type ThemeId } from '../../../taxonomy/themes.ts';
import { tokenise, type Token } from '../text.ts';

interface CueWords {
  /** The cue's words, folded. */
  readonly keys: readonly string[];
  /** The cue's words as written, for cues compared with case. */
  readonly written: readonly string[];
  readonly head: boolean;
  readonly part: boolean;
  readonly exact: boolean;
  readonly caseSensitive: boolean;
  /** The cue ends in a hyphen (`kultur-`, `Sida-*`): the last word must be followed by one. */
  readonly hyphen: boolean;
}

export interface LexiconTheme {
  readonly id: ThemeId;
  readonly label: string;
}

/** Where a text names a theme: the theme (index in `ThemeLexicon.themes`) and the words, by token index (inclusive). */
export interface ThemeSpan {
  readonly theme: number;
  readonly first: number;
  readonly last: number;
}

/**
 * How to read the words: in a `text`, cues with a capital are compared as written; in a `query`,
 * case does not count, the theme's label written out names it too (`Vänorter och partnerskap`),
 * and the last word of a cue of several may be cut short (`globala mål` for `globala målen`).
 */
export type SpanMode = 'text' | 'query';

/** Shortest last word that may stand for a cue's longer one in a query (`mål` for `målen`). */
const QUERY_STEM_LENGTH = 3;

interface CompiledTheme {
  readonly cues: readonly CueWords[];
  readonly exclude: readonly CueWords[];
  /** The label's words (folded), and the label's without its parenthesis. */
  readonly labels: readonly (readonly string[])[];
}

const ENDINGS: readonly string[] = ['', ...CUE_ENDINGS];

/** Shortest word `themesNear` compares. */
const NEAR_LENGTH = 4;

function compileCue(cue: string): CueWords {
  const { body, head, part, exact } = parseCue(cue);
  const hyphen = body.endsWith('-');
  const tokens = tokenise(body);
  if (tokens.length === 0) throw new Error(`Cue "${cue}" has no words`);
  return {
    keys: tokens.map((token) => token.key),
    written: tokens.map((token) => body.slice(token.start, token.end).normalize('NFC')),
    head,
    part,
    exact: exact || hyphen,
    caseSensitive: /\p{Lu}/u.test(body),
    hyphen,
  };
}

/** Does `key` end with `cue` plus an ending (or exactly `cue` when `exact`)? */
function endsInflected(key: string, cue: string, exact: boolean): boolean {
  if (exact) return key.endsWith(cue);
  return ENDINGS.some((ending) => key.length >= cue.length + ending.length && key.endsWith(ending) && key.slice(0, key.length - ending.length).endsWith(cue));
}

/** Is `key` the word `cue` with an ending (or exactly it when `exact`)? */
function isInflected(key: string, cue: string, exact: boolean): boolean {
  if (!key.startsWith(cue)) return false;
  if (key.length === cue.length) return true;
  return !exact && ENDINGS.includes(key.slice(cue.length));
}

/** Does the `index`-th word of `cue` match `token` by the cue's rules? `stems`: a cue's last word of several may be cut short (in a query). */
function wordMatches(cue: CueWords, index: number, key: string, stems: boolean): boolean {
  const word = cue.keys[index]!;
  const first = index === 0;
  const last = index === cue.keys.length - 1;
  if (stems && last && !first && key.length >= QUERY_STEM_LENGTH && word.startsWith(key)) return true;
  const head = first && cue.head;
  const part = last && cue.part;
  if (head && part) return key.includes(word);
  if (head) return last ? endsInflected(key, word, cue.exact) : key.endsWith(word);
  if (part) return key.startsWith(word);
  return last ? isInflected(key, word, cue.exact) : key === word;
}

/** The words as written contain the cue's, with case (`Sida`, not `sida`). */
function caseMatches(cue: CueWords, index: number, text: string, token: Token): boolean {
  return text.slice(token.start, token.end).normalize('NFC').includes(cue.written[index]!);
}

/** Are tokens `a` and `b` (a before b) one hyphenated or colon-joined word (`EU-projekt`, `EU:s`)? */
function joined(text: string, a: Token, b: Token | undefined): boolean {
  return b !== undefined && b.start === a.end + 1 && (text[a.end] === '-' || text[a.end] === ':');
}

/** Does `cue` match the tokens from `at` on? Returns the index of its last token, or -1. */
function matchAt(cue: CueWords, text: string, tokens: readonly Token[], at: number, matchCase: boolean, stems = false): number {
  const count = cue.keys.length;
  if (at + count > tokens.length) return -1;
  for (let index = 0; index < count; index += 1) {
    const token = tokens[at + index]!;
    if (!wordMatches(cue, index, token.key, stems)) return -1;
    if (matchCase && cue.caseSensitive && !caseMatches(cue, index, text, token)) return -1;
  }
  const first = tokens[at]!;
  const last = tokens[at + count - 1]!;
  if (!cue.head && at > 0 && joined(text, tokens[at - 1]!, first) && text[first.start - 1] === '-') return -1;
  if (cue.hyphen) {
    if (text[last.end] !== '-') return -1;
  } else if (!cue.part && joined(text, last, tokens[at + count])) {
    return -1;
  }
  return at + count - 1;
}

/**
 * The taxonomy's themes, compiled once for matching words. Cues that must start a word are looked
 * up by their first two letters; those that may end one (`*projekt`) are tried at every word.
 */
export class ThemeLexicon {
  readonly themes: readonly LexiconTheme[];
  readonly #compiled: readonly CompiledTheme[];
  /** Cue (theme index, cue) by the first two letters of its first word. */
  readonly #byStart = new Map<string, { theme: number; cue: CueWords }[]>();
  readonly #anywhere: { theme: number; cue: CueWords }[] = [];
  readonly #byId: ReadonlyMap<string, number>;

  constructor(definitions: readonly ThemeDefinition[] = THEMES) {
    this.themes = definitions.map((theme) => ({ id: theme.id as ThemeId, label: theme.label }));
    this.#byId = new Map(definitions.map((theme, index) => [theme.id, index]));
    this.#compiled = definitions.map((theme) => {
      const plain = theme.label.replace(/\s*\(.*\)\s*$/u, '');
      const labels = [...new Set([theme.label, plain])].map((label) => tokenise(label).map((token) => token.key));
      return { cues: theme.cues.map(compileCue), exclude: (theme.exclude ?? []).map(compileCue), labels };
    });
    this.#compiled.forEach((theme, index) => {
      for (const cue of theme.cues) {
        if (cue.head) {
          this.#anywhere.push({ theme: index, cue });
          continue;
        }
        const start = cue.keys[0]!.slice(0, 2);
        const list = this.#byStart.get(start) ?? [];
        list.push({ theme: index, cue });
        this.#byStart.set(start, list);
      }
    });
  }

  /** The index of a theme by its id, or -1. */
  indexOf(id: string): number {
    return this.#byId.get(id) ?? -1;
  }

  /**
   * Themes one of whose words is close to the folded word `key` (4 letters or more) without
   * matching it: a cue's or the label's word starts with it (`globala` for `globala målen`) or it
   * starts with theirs. For a search that found nothing, in the taxonomy's order.
   */
  themesNear(key: string): number[] {
    if (key.length < NEAR_LENGTH) return [];
    const near = (word: string) => word.length >= NEAR_LENGTH && (word.startsWith(key) || key.startsWith(word));
    return this.#compiled.flatMap((theme, index) =>
      theme.cues.some((cue) => cue.keys.some(near)) || theme.labels.some((label) => label.some(near)) ? [index] : [],
    );
  }

  /** Every place where the words `tokens` of `text` name a theme, in text order. */
  spans(text: string, tokens: readonly Token[], mode: SpanMode): ThemeSpan[] {
    const query = mode === 'query';
    const found: ThemeSpan[] = [];
    const seen = new Set<string>();
    const add = (theme: number, first: number, last: number) => {
      const id = `${theme}:${first}:${last}`;
      if (seen.has(id)) return;
      seen.add(id);
      found.push({ theme, first, last });
    };
    tokens.forEach((token, at) => {
      const candidates = [
        ...(this.#byStart.get(token.key.slice(0, 2)) ?? []),
        ...(token.key.length < 2 ? [] : (this.#byStart.get(token.key.slice(0, 1)) ?? [])),
        ...this.#anywhere,
      ];
      for (const { theme, cue } of candidates) {
        const last = matchAt(cue, text, tokens, at, !query, query);
        if (last >= 0) add(theme, at, last);
      }
      if (!query) return;
      this.#compiled.forEach((theme, index) => {
        for (const label of theme.labels) {
          if (label.length > 0 && label.every((key, offset) => tokens[at + offset]?.key === key)) add(index, at, at + label.length - 1);
        }
      });
    });
    return this.#withoutExcluded(text, tokens, found, !query).sort((a, b) => a.first - b.first || b.last - a.last || a.theme - b.theme);
  }

  /** The spans that no `exclude` cue of their theme covers (`medlemskap i EU` is not a network). */
  #withoutExcluded(text: string, tokens: readonly Token[], spans: readonly ThemeSpan[], matchCase: boolean): ThemeSpan[] {
    const themes = new Set(spans.map((span) => span.theme));
    const excluded: ThemeSpan[] = [];
    for (const theme of themes) {
      for (const cue of this.#compiled[theme]!.exclude) {
        for (let at = 0; at < tokens.length; at += 1) {
          const last = matchAt(cue, text, tokens, at, matchCase);
          if (last >= 0) excluded.push({ theme, first: at, last });
        }
      }
    }
    if (excluded.length === 0) return [...spans];
    return spans.filter((span) => !excluded.some((other) => other.theme === span.theme && span.first <= other.last && span.last >= other.first));
  }
}

let shared: ThemeLexicon | undefined;

/** The lexicon of the taxonomy's themes, compiled on first use. */
export function themeLexicon(): ThemeLexicon {
  return (shared ??= new ThemeLexicon());
}
