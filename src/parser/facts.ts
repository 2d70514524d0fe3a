/**
 * Lines that state facts about a document rather than say what it says: the decision that adopted
 * it (`Antagen i fullmäktige 2009-11-25 § 68`, `Fastställd av KF`), reference numbers
 * (`Dnr KK15/410`), header fields (`Gäller för: Samtliga nämnder`, `VERSION 0.28`), dates,
 * document labels (`STYRDOKUMENT`, `STRATEGI`) and letterhead (`X kommun`, `KOMMUNSTYRELSENS
 * KANSLI`). They make up a document's front matter with its title; everything else is classified
 * by what it says.
 */
import { DOCUMENT_TYPES } from '../taxonomy/document-types.ts';
import { classifyLabel } from './metadata/header-fields.ts';
import { stripMarks } from './text/trim.ts';

const DECISION =
  /^(antagen|antaget|antagna|antogs|beslutad|beslutat|beslutade|fastställd|fastställt|fastställda|godkänd|godkänt|godkända|reviderad|reviderat|reviderade|uppdaterad|ersätter)(?![\p{L}\p{N}])/iu;
const REFERENCE = /^(dnr|diarienummer|diarienr|diarie-nr|ärendenummer|dokument-id|dokumentid|version|utgåva|datum|ink|inkom|ks|kf|§)(?![\p{L}])/iu;
const DATE_ONLY = /^(den\s+)?(\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})$/iu;
const DOCUMENT_LABEL = new RegExp(
  `^(styrdokument|styrande dokument|${DOCUMENT_TYPES.map((type) => type.key).join('|')}|riktlinjer|policydokument|måldokument)(?![\\p{L}])`,
  'iu',
);
/** A body or organisation named alone: letterhead (`X kommun`, `KOMMUNSTYRELSENS KANSLI`, `Region X`). */
const LETTERHEAD =
  /^(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:kommun|stad|region|landsting|kansli|förvaltning|nämnd|kommunstyrelse|kommunstyrelsen|stadsledningskontoret|kommunledningskontoret)$|^region\s+\p{L}+(\s+län)?$|^\p{L}+\s+kommun$/iu;

/** A document-class line (`Styrande dokument Måldokument | Strategi`): where the document sits among the issuer's documents. */
const DOCUMENT_CLASS = /^(styrande dokument|styrdokument|måldokument|policydokument)(?![\p{L}])|\s\|\s/iu;

/**
 * A line of a document's header that is never a heading, though it may look like one: a decision,
 * a reference number, a date, a document-class line, or a header row in capitals that opens with a
 * known label (`ANSVARIG ANNA BERG`, `GÄLLER FÖR VERKSAMHET …`, `VERSION 0.28 GODKÄNT DATUM`).
 */
export function isHeaderLine(text: string): boolean {
  const line = stripMarks(text);
  if (DECISION.test(line) || REFERENCE.test(line) || DATE_ONLY.test(line) || DOCUMENT_CLASS.test(line)) return true;
  return isCapitals(line) && startsWithLabel(line);
}

/** Does the line open with a known header label followed by a value (`GÄLLER FÖR Samtliga nämnder`)? */
function startsWithLabel(line: string): boolean {
  const words = line.split(/\s+/u);
  for (let length = Math.min(4, words.length - 1); length >= 1; length--) {
    if (classifyLabel(words.slice(0, length).join(' '))) return true;
  }
  return false;
}

/**
 * Does the text read as running text, by its shape: a long line, a sentence of eight words or
 * more, or a lead-in to a list (four words or more ending in `:` or `;`)? (Whether it states a fact
 * about the document is for `isFactLine` to say.)
 */
export function readsAsRunningText(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/u).length;
  return trimmed.length >= 160 || (words >= 8 && /[.!?]/u.test(trimmed)) || (words >= 4 && /[:;]$/u.test(trimmed));
}

/**
 * `Label: the rest of the line`, the label at most 50 characters. The rest may not hold a line break
 * after its first character that is not white space (`:\s*(?:\S.*)?$`, not `:\s*.*$`, whose two
 * halves both read spaces and retry every split of a long run).
 */
export const LABEL_AND_COLON = /^([^:]{1,50}):\s*(?:\S.*)?$/u;

/** Does this line state a fact about the document (and so belong to its front matter)? */
export function isFactLine(text: string): boolean {
  const line = stripMarks(text);
  if (line === '') return false;
  if (DECISION.test(line) || REFERENCE.test(line) || DATE_ONLY.test(line)) return true;
  if (isCapitals(line) && line.split(/\s+/u).length <= 10) return true;
  if (LETTERHEAD.test(line)) return true;
  if (DOCUMENT_LABEL.test(line) && line.split(/\s+/u).length <= 6 && !/[.!?]$/u.test(line)) return true;
  if (classifyLabel(line)) return true;
  const colon = LABEL_AND_COLON.exec(line);
  if (colon && classifyLabel(colon[1]!)) return true;
  const tab = /^([^\t]{1,50})\t/u.exec(text.trim());
  return tab !== null && classifyLabel(tab[1]!) !== null;
}

/** All letters capitals (`STYRDOKUMENT`, `GÄLLER FÖR VERKSAMHET …`): a label, a letterhead or a header row. */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}
