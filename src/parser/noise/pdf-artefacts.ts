/**
 * What turning a PDF or a web page into text leaves inside a line: words split by line-end
 * hyphenation and then run together with a space (`kun- skap`), bullets drawn with a symbol font
 * that come out as letters (`l`, `§`, ``), footnote numbers run into the text (`… i kommunen 1.
 * Utredningen …`), and the text of an image glued to the first word after it (`JordenI dagens …`).
 * Each rule cuts only what it names and records it; the words around it stay.
 */
import { isBlank, type NoiseCut, type NoiseFindings, type NoiseRule } from './types.ts';
import type { SourceLine } from '../lines.ts';
import { FUNCTION_WORDS } from '../tree/heading-cues.ts';

/** Words after which a hyphen marks a shortened compound (`hälso- och sjukvård`), not a word split at a line end. */
const KEEPS_HYPHEN = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'liksom', 'som', 'till', 'men', 'än', 'utan', 'både', 'plus']);
const SPLIT_WORD = /(?<![\p{L}\p{N}-])(\p{L}*?)(\p{Ll}|\p{Lu}{2})-[ ]+(\p{Ll}+)/gu;

/**
 * `kun- skap` → `kunskap`: a word split at a line end and run together with a space. The hyphen and
 * the space go; after an abbreviation in capitals only the space goes (`EU- finansierade` →
 * `EU-finansierade`). A shortened compound before `och`, `eller` … keeps its hyphen.
 */
export const lineEndHyphenation: NoiseRule = {
  id: 'line-end-hyphenation',
  reason: 'Ett ord som delades vid radslutet (”kun- skap”) har fogats ihop; bindestrecket och mellanrummet är borttagna.',
  find({ lines }) {
    const cuts: NoiseCut[] = [];
    for (const line of lines) {
      if (!line.text.includes('- ')) continue;
      for (const match of line.text.matchAll(SPLIT_WORD)) {
        const [whole, head = '', last = '', next = ''] = match;
        if (KEEPS_HYPHEN.has(next.toLowerCase()) || head.length + last.length < 2) continue;
        const hyphen = match.index + head.length + last.length;
        const end = match.index + whole.length - next.length;
        const abbreviation = /^\p{Lu}{2}$/u.test(last);
        cuts.push({ ruleId: this.id, line: line.line, start: abbreviation ? hyphen + 1 : hyphen, end });
      }
    }
    return cuts;
  },
};

/**
 * A bullet drawn with a symbol font: a lone `l` or private-use glyph before a capitalised item
 * (Swedish has no word `l`), or `§` at the start of a line or after a sentence (elsewhere it is a
 * paragraph sign).
 */
const LETTER_BULLET = /(?<=^|\s)(?:[l\uF0B7\uF0A7\uF076\uF0D8]|(?<=^\s*|[.!?:;]\s+)§)(?=\s+\p{Lu})/gu;
/** The characters one of those bullets is: a line without any is not searched. */
const BULLET_GLYPH = /[l\uF0B7\uF0A7\uF076\uF0D8§]/u;

/**
 * `l De internationella kontakterna ska …`: a bullet that a symbol font drew and text extraction
 * wrote as a letter, at the start of a line or after a sentence (where a page transcript runs the
 * items of a list together). It becomes the bullet it was (`•`), so the items read as a list.
 */
export const letterBullets: NoiseRule = {
  id: 'bullet-letter',
  reason: 'En punkt i en punktlista som PDF-omvandlingen skrev som en bokstav eller ett tecken (”l”, ”§”); den visas som punkt.',
  find({ lines }) {
    const cuts: NoiseCut[] = [];
    for (const line of lines) {
      if (!BULLET_GLYPH.test(line.text)) continue;
      for (const match of line.text.matchAll(LETTER_BULLET)) {
        cuts.push({ ruleId: this.id, line: line.line, start: match.index, end: match.index + 1, replacement: '•' });
      }
    }
    return cuts;
  },
};

/** Nouns a number belongs to (`kapitel 2`, `bilaga 1`, `mål 3`): never a footnote. */
const COUNTED =
  /(?:kapitel|kap|bilaga|bilagor|sida|sidan|sid|punkt|steg|nivå|fas|mål|nr|nummer|version|år|klass|grupp|paragraf|avsnitt|figur|tabell|område|del|etapp|vecka|dag|tim|timmar|procent|kr|kronor|st|personer|länder|kommuner)$/iu;
const AFTER_WORD = /(?<=\p{Ll}{2}) (\d{1,2})(?=[.,;:]?(?: |$))/gu;
const DIGIT = /\d/u;
const AFTER_SENTENCE = /(?<=\p{Ll}[.!?]) (\d{1,2})(?= \p{Lu})/gu;

/**
 * Footnote numbers run into the text by extraction: `… i kommunen 1. Utredningen`, `en rapport 2
 * som …`, `… kommun. 3 Strategin …`. A number counts as a footnote mark only as part of the
 * sequence 1, 2, 3 … through the document, with at least one of them glued to a word; never after
 * a noun that counts things (`kapitel 2`, `mål 3`), nor before an entry of the table of contents
 * (`1 Inledning`).
 */
export const footnoteMarks: NoiseRule = {
  id: 'footnote-mark',
  reason: 'Fotnotssiffra som hamnade i den löpande texten när dokumentet gjordes om till text.',
  find({ lines }, findings: NoiseFindings) {
    const toc = new Set(findings.tocEntries.map((entry) => entry.toLowerCase()));
    const candidates: { line: SourceLine; start: number; end: number; value: number; glued: boolean }[] = [];
    for (const line of lines) {
      // A footnote mark is a number: a line without a digit holds none.
      if (!DIGIT.test(line.text)) continue;
      for (const match of line.text.matchAll(AFTER_WORD)) {
        const before = line.text.slice(0, match.index);
        if (COUNTED.test(before)) continue;
        candidates.push({ line, start: match.index, end: match.index + match[0].length, value: Number(match[1]), glued: true });
      }
      for (const match of line.text.matchAll(AFTER_SENTENCE)) {
        const next = /^ \d{1,2} ((?:\S+ ?){1,6})/u.exec(line.text.slice(match.index))?.[1]?.toLowerCase() ?? '';
        if ([...toc].some((entry) => next.startsWith(entry))) continue;
        candidates.push({ line, start: match.index, end: match.index + match[0].length, value: Number(match[1]), glued: false });
      }
    }
    candidates.sort((a, b) => a.line.line - b.line.line || a.start - b.start);
    const sequence: typeof candidates = [];
    for (const candidate of candidates) if (candidate.value === sequence.length + 1) sequence.push(candidate);
    if (sequence.length < 2 || !sequence.some((candidate) => candidate.glued)) return [];
    return sequence.map((candidate) => ({ ruleId: this.id, line: candidate.line.line, start: candidate.start, end: candidate.end }));
  },
};

/** A word ending in a small letter glued to a capitalised word that opens a sentence: `JordenI dagens`, `studiebesök i DidconInom …`. */
/** What every glued image text has, tested first: a small letter directly followed by a capital. */
const SMALL_THEN_CAPITAL = /\p{Ll}\p{Lu}/u;
const GLUED = /^((?:[^\s.!?:;]+\s+){0,11}?[^\s.!?:;]*\p{Ll}{2})(\p{Lu}\p{Ll}*)(?=\s+\p{Ll})/u;

/**
 * The text of an image (its alternative text or caption) glued to the first word of the paragraph
 * after it, as a web page's text extraction leaves it: `JordenI dagens globaliserade värld …`. At
 * the start of a paragraph, words without a sentence end up to a small letter directly followed by
 * a capitalised word that opens sentences (`I`, `Inom`, `Det`, `Vi` …) are the image's, and are cut.
 */
export const gluedImageText: NoiseRule = {
  id: 'image-text',
  reason: 'En bilds text (alternativtext eller bildtext) som klistrats ihop med första ordet i stycket efter bilden.',
  find({ lines }) {
    const cuts: NoiseCut[] = [];
    lines.forEach((line, index) => {
      const previous = lines[index - 1];
      if (previous && !isBlank(previous.text)) return;
      if (!SMALL_THEN_CAPITAL.test(line.text)) return;
      const match = GLUED.exec(line.text);
      if (!match) return;
      const glued = match[1]!;
      // The sentence after the image opens with a word that opens sentences (`I`, `Inom`, `Det`), not a name (`ErasmusPlus`).
      if (!FUNCTION_WORDS.has(match[2]!.toLowerCase()) || !/^\p{Lu}/u.test(line.text.trimStart())) return;
      cuts.push({ ruleId: this.id, line: line.line, start: 0, end: glued.length });
    });
    return cuts;
  },
};
