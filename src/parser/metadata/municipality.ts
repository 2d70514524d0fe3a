/**
 * Which municipality a document is from, found in its text: `Hylte kommuns`, `JÄRFÄLLA KOMMUN`,
 * `tyresö kommun`, `Borås stads`, `Upplands Väsby`, `Malung-Sälens kommun`. All 290 names are
 * compiled once into one regular expression (from a trie, so a position is rejected after its
 * first letter), with Unicode-aware word boundaries and both Unicode forms of å ä ö é ü.
 */
import { MUNICIPALITIES, findMunicipalityByName } from '../../taxonomy/municipalities.ts';
import type { Municipality } from '../../taxonomy/municipalities.ts';

export interface MunicipalityMatch {
  readonly code: string;
  readonly name: string;
  readonly county: string;
  readonly slug: string;
  /** The mention the decision rests on, as written (`Hylte kommuns`): the earliest `kommun`/`stad` form, else the earliest mention. */
  readonly matched: string;
  /** Where `matched` starts in the text (UTF-16 index). */
  readonly index: number;
}

export interface DetectMunicipalityOptions {
  /** Ignore mentions starting at or after this index (a list of unrelated documents after the text). */
  readonly limit?: number;
  /** Mentions before this index weigh three times as much (default 2000). */
  readonly headLength?: number;
}

/** Names that are also ordinary words (`vara`, `mark`, `berg`): they count only as `<name> kommun` or `<name> stad`. */
const COMMON_WORD_NAMES = new Set(['Ale', 'Berg', 'Boden', 'Eda', 'Kil', 'Mark', 'Vara']);
/** The one municipality that calls itself a region. */
const REGION_MUNICIPALITY = 'Gotland';
const STRONG_WEIGHT = 3;
const BARE_WEIGHT = 1;
const HEAD_FACTOR = 3;
const DEFAULT_HEAD_LENGTH = 2000;

const SEPARATOR = String.raw`(?:[ \t\u00A0]*[\-\u2010\u2011\u2013][ \t\u00A0]*|\s+)`;
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;

/** A regular-expression atom for one letter: itself or its decomposed form (`å` or `a` + ring). */
function letterAtom(letter: string): string {
  if (letter === ' ' || letter === '-') return SEPARATOR;
  const escaped = letter.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const decomposed = letter.normalize('NFD');
  return decomposed === letter ? escaped : `(?:${escaped}|${decomposed})`;
}

interface TrieNode {
  end: boolean;
  readonly children: Map<string, TrieNode>;
}

function trieToPattern(node: TrieNode): string {
  const branches = [...node.children].map(([letter, child]) => letterAtom(letter) + trieToPattern(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return node.end ? `(?:${group})?` : group;
}

/** Every name, and its genitive where the name does not already end in s (`Hyltes`, but `Borås`). */
function buildPattern(municipalities: readonly Municipality[]): RegExp {
  const root: TrieNode = { end: false, children: new Map() };
  for (const { name } of municipalities) {
    const lower = name
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\s\-]+/gu, (sep) => (sep.includes('-') ? '-' : ' '));
    for (const form of lower.endsWith('s') ? [lower] : [lower, `${lower}s`]) {
      let node = root;
      for (const letter of form) {
        const next = node.children.get(letter) ?? { end: false, children: new Map() };
        node.children.set(letter, next);
        node = next;
      }
      node.end = true;
    }
  }
  return new RegExp(`(?<!${WORD_CHAR})(?<name>${trieToPattern(root)})(?<suffix>\\s+(?:kommun|stad)s?)?(?!${WORD_CHAR})`, 'giu');
}

let pattern: RegExp | undefined;

/** The municipality a mention names: the name itself, or its genitive (only for names not ending in s). */
function resolve(written: string): Municipality | null {
  const exact = findMunicipalityByName(written);
  if (exact) return exact;
  if (!/s$/iu.test(written)) return null;
  const stem = findMunicipalityByName(written.slice(0, -1));
  return stem && !/s$/u.test(stem.name) ? stem : null;
}

interface Tally {
  readonly municipality: Municipality;
  score: number;
  first: number;
  evidence: { matched: string; index: number; strong: boolean };
}

/**
 * The municipality the text is most likely from, or `null` if it names none. Each mention scores:
 * `<name> kommun(s)`, `<name> stad(s)` (and `Region Gotland`) 3, a bare capitalised name 1, and
 * three times that in the first `headLength` characters; the highest total wins, the earliest
 * first mention breaks ties. Not mentions: `Region X`, `X län`, `X läns`, lower-case bare names, and
 * names that are ordinary words (`Vara`, `Mark`) without `kommun`/`stad`.
 */
export function detectMunicipality(text: string, options: DetectMunicipalityOptions = {}): MunicipalityMatch | null {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const headLength = options.headLength ?? DEFAULT_HEAD_LENGTH;
  pattern ??= buildPattern(MUNICIPALITIES);
  const tallies = new Map<string, Tally>();
  for (const match of text.matchAll(pattern)) {
    if (match.index >= limit) break;
    const written = match.groups?.name ?? '';
    const municipality = resolve(written);
    if (!municipality) continue;
    const end = match.index + match[0].length;
    if (/^\s+läns?(?![\p{L}\p{N}])/iu.test(text.slice(end, end + 8))) continue;
    const region = /(?<![\p{L}\p{N}])region\s+$/iu.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[0];
    if (region && municipality.name !== REGION_MUNICIPALITY) continue;
    const strong = match.groups?.suffix !== undefined || region !== undefined;
    if (!strong && (COMMON_WORD_NAMES.has(municipality.name) || !/^\p{Lu}/u.test(written))) continue;
    const weight = (strong ? STRONG_WEIGHT : BARE_WEIGHT) * (match.index < headLength ? HEAD_FACTOR : 1);
    const start = match.index - (region?.length ?? 0);
    const evidence = { matched: text.slice(start, end), index: start, strong };
    const tally = tallies.get(municipality.code);
    if (!tally) {
      tallies.set(municipality.code, { municipality, score: weight, first: match.index, evidence });
      continue;
    }
    tally.score += weight;
    if (strong && !tally.evidence.strong) tally.evidence = evidence;
  }
  let best: Tally | null = null;
  for (const tally of tallies.values()) {
    if (!best || tally.score > best.score || (tally.score === best.score && tally.first < best.first)) best = tally;
  }
  if (!best) return null;
  const { code, name, county, slug } = best.municipality;
  return { code, name, county, slug, matched: best.evidence.matched, index: best.evidence.index };
}
