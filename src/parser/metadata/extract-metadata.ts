import type { VFile } from 'vfile';
import type { DocumentMetadata, HeaderField, PolicyDocument, Section } from '../../schema/policy-document.ts';
import type { DocumentTypeKey } from '../../taxonomy/document-types.ts';
import { report } from '../diagnostics.ts';
import type { SourceLine } from '../lines.ts';
import type { TitleLine } from '../title.ts';
import { isFactLine } from '../facts.ts';
import { removeInvisible } from '../text/invisible.ts';
import { parseAdoption } from './adoption.ts';
import { parseSwedishDate } from './dates.ts';
import { detectDocumentType } from './document-type.ts';
import { classifyLabel, interpretFields, parseHeaderFields } from './header-fields.ts';
import { detectMunicipality } from './municipality.ts';
import { findReferenceNumbers } from './reference-numbers.ts';
import { detectIssuingRegion } from './region.ts';
import { findRunningAdoption } from './running-adoption.ts';

/** Facts about a document that its text cannot hold (`content/sources.json`). */
export interface SourceFacts {
  readonly url?: string | null;
  readonly retrieved?: string | null;
  readonly origin?: string | null;
}

export interface ExtractedMetadata {
  readonly municipality: { name: string; code: string; county: string } | null;
  readonly issuer: PolicyDocument['issuer'];
  readonly title: string;
  readonly documentType: DocumentTypeKey | null;
  readonly adopted: PolicyDocument['adopted'];
  readonly metadata: DocumentMetadata;
}

/**
 * The header fields of the front matter (`Diarienummer\tKSKF/2020:402`, `Dnr 2001/152`), read from
 * the normalised lines like everything else shown: a value keeps no invisible or bidi character.
 */
export function findHeaderFields(source: readonly SourceLine[], frontMatter: readonly { startLine: number; endLine: number }[]): HeaderField[] {
  const lines: SourceLine[] = [];
  for (const range of frontMatter) {
    for (const line of source.slice(range.startLine - 1, range.endLine)) if (line.line >= range.startLine && line.line <= range.endLine) lines.push(line);
  }
  return parseHeaderFields(lines).fields;
}

/**
 * Everything the text says about the document itself: municipality (from the whole kept text),
 * or the region or county council that issued it instead, title and type, the decision (from the
 * front matter and its header fields, else from a statement in the running text), reference
 * numbers, what it replaces, whom it applies to and who owns it.
 */
export function extractMetadata(input: {
  file: VFile;
  keptText: string;
  title: TitleLine | null;
  /** A long first line shaped like a title that the title is not, for a warning. */
  titlePassedOver: TitleLine | null;
  sections: readonly Section[];
  fields: readonly HeaderField[];
  facts: SourceFacts;
}): ExtractedMetadata {
  const { file, keptText, title, titlePassedOver, sections, fields, facts } = input;
  const frontMatter = sections.filter((section) => section.category === 'front-matter');
  const frontText = frontMatter.map((section) => section.text).join('\n');

  const found = detectMunicipality(keptText);
  if (!found) report(file, 'warning', 'municipality-not-found', 'Ingen av Sveriges 290 kommuner nämns i texten; kommunen är okänd.', 1, 1);

  if (!title) report(file, 'warning', 'title-not-found', 'Ingen titel hittades; filnamnet används.', 1, 1);
  if (titlePassedOver) reportPassedOverTitle(file, titlePassedOver, title);
  // A file name is shown as a title too, so it keeps no invisible or bidi character either.
  const titleText = title?.text ?? `Namnlöst dokument (${removeInvisible(file.basename ?? 'okänd fil').text})`;
  const documentType = detectDocumentType(titleText);
  if (!documentType)
    report(
      file,
      'warning',
      'document-type-not-found',
      `Dokumenttypen framgår inte av titeln ”${titleText}”; väntade policy, riktlinje, strategi, program eller plan.`,
      title?.line ?? 1,
      1,
    );

  const interpreted = interpretFields(fields);
  const decision = findAdoption(file, frontMatter, fields) ?? findRunningAdoption(sections, documentType);
  if (!decision) report(file, 'warning', 'adoption-not-found', 'Inget beslutsdatum eller beslutande organ hittades i dokumentet.', 1, 1);
  const head = [frontText, ...fields.map((field) => `${field.label} ${field.value}`), ...headFactLines(keptText)].join('\n');
  const region = detectIssuingRegion({
    title: titleText,
    head,
    text: keptText,
    adoptedBy: decision?.by ?? null,
    municipalityInHead: /\s(?:kommun|stad)s?$/iu.test(detectMunicipality(head)?.matched ?? ''),
    municipalityFound: found !== null,
  });
  const municipality = found && !region ? { name: found.name, code: found.code, county: found.county } : null;
  const adopted = decision
    ? { date: decision.date, by: bodyName(decision.by, decision.text, municipality !== null || region !== null), text: decision.text }
    : { date: null, by: null, text: null };
  const referenceNumbers = unique([
    ...findReferenceNumbers(frontText),
    ...fields.flatMap((field) =>
      /^(dnr|diarienummer|diarienr)$/iu.test(field.label.trim()) && field.value.trim() !== '' ? findReferenceNumbers(`${field.label} ${field.value}`) : [],
    ),
  ]);
  return {
    municipality,
    issuer: region ? { kind: 'region', name: region.name } : municipality ? { kind: 'municipality', name: municipality.name } : { kind: 'unknown', name: null },
    title: titleText,
    documentType,
    adopted,
    metadata: {
      referenceNumbers,
      replaces: interpreted.replaces,
      scope: interpreted.scope,
      owner: interpreted.owner,
      validUntil: interpreted.validUntil,
      fields: [...fields],
      sourceUrl: facts.url ?? null,
      retrieved: facts.retrieved ?? null,
      origin: facts.origin ?? null,
    },
  };
}

/** Most characters of a passed-over title line quoted in its warning. */
const QUOTED_TITLE_CHARACTERS = 80;

/**
 * A long first line shaped like a title was not taken as the title: the warning names the line,
 * says why, and what the title is instead, so a reader can tell a title cut short from a paragraph.
 */
function reportPassedOverTitle(file: VFile, passedOver: TitleLine, title: TitleLine | null): void {
  const wordEnd = passedOver.text.lastIndexOf(' ', QUOTED_TITLE_CHARACTERS);
  const quoted =
    passedOver.text.length > QUOTED_TITLE_CHARACTERS ? `${passedOver.text.slice(0, wordEnd > 0 ? wordEnd : QUOTED_TITLE_CHARACTERS)} …` : passedOver.text;
  const instead = title ? `titeln är i stället ”${title.text}” (rad ${title.line})` : 'filnamnet används som titel i stället';
  report(
    file,
    'warning',
    'long-title-passed-over',
    `Rad ${passedOver.line} (”${quoted}”, ${passedOver.text.length} tecken) ser ut som en titel men togs inte som titel: den är längre än en rubrik brukar vara och nämner ingen dokumenttyp bland sina första ord; ${instead}.`,
    passedOver.line,
    1,
  );
}

/**
 * The decision the front matter states: its header fields first (a `Fastställt av` row without a
 * date takes the header's `Datum`), then its paragraphs, then a cover page naming the body after
 * the title. `null` when the front matter says nothing about a decision.
 */
function findAdoption(file: VFile, frontMatter: readonly Section[], fields: readonly HeaderField[]): PolicyDocument['adopted'] | null {
  const candidates = frontMatter.flatMap((section) =>
    section.blocks.flatMap((block) => (block.type === 'paragraph' ? [{ text: block.phrases.map((p) => p.text).join(''), line: block.startLine }] : [])),
  );
  const kindOf = (field: HeaderField) => classifyLabel(field.label);
  const fieldText = fields
    .filter((field) => kindOf(field) === 'decided' || kindOf(field) === 'decided-by' || /^(beslutad|antagen|fastställd)/iu.test(field.label.trim()))
    .map((field) => ({ text: `${field.label} ${field.value}`.trim(), line: field.line }));
  for (const candidate of [...fieldText, ...candidates]) {
    const adoption = parseAdoption(candidate.text);
    if (!adoption || (adoption.date === null && adoption.by === null && !adoption.placeholder)) continue;
    if (adoption.placeholder)
      report(
        file,
        'warning',
        'adoption-date-placeholder',
        `Beslutsdatumet är en platshållare (”${adoption.text}”); dokumentet kan vara ett utkast.`,
        candidate.line,
        1,
      );
    const byField = fields.find((field) => kindOf(field) === 'decided-by' && field.value.trim() !== '');
    const dateField =
      adoption.date === null && !adoption.placeholder && byField
        ? fields.find((field) => kindOf(field) === 'date' && parseSwedishDate(field.value)?.date)
        : undefined;
    const text = dateField ? `${adoption.text}; ${dateField.label} ${dateField.value.trim()}` : adoption.text;
    return { date: adoption.date ?? (dateField ? parseSwedishDate(dateField.value)!.date : null), by: adoption.by ?? byField?.value.trim() ?? null, text };
  }
  const body = coverPageBody(candidates.map((candidate) => candidate.text));
  return body ? { date: null, by: body, text: null } : null;
}

/**
 * The deciding body's name. `Stadsfullmäktige` is Kommunfullmäktige in Swedish law, and is named
 * so for a Swedish municipality or region; a town abroad (a Finland-Swedish `stadsfullmäktige`) keeps
 * the name it was written with.
 */
function bodyName(by: string | null, text: string | null, swedish: boolean): string | null {
  if (by === 'Kommunfullmäktige' && !swedish && /(?<![\p{L}])stadsfullmäktige(?![\p{L}])/iu.test(text ?? '')) return 'Stadsfullmäktige';
  return by;
}

/** The lines at the head of the kept text that state facts (letterhead, header rows in capitals), up to its first twenty lines. */
function headFactLines(keptText: string): string[] {
  const head: string[] = [];
  // Read line by line up to the twentieth that is not blank, not the whole text.
  for (let start = 0; start <= keptText.length && head.length < 20; ) {
    const end = keptText.indexOf('\n', start);
    const line = keptText.slice(start, end === -1 ? keptText.length : end);
    if (line.trim() !== '') head.push(line);
    if (end === -1) break;
    start = end + 1;
  }
  return head.filter((line) => isFactLine(line));
}

/** A transcript's cover page names the deciding body after the title: `Riktlinjer för … Kommunfullmäktige`. */
function coverPageBody(texts: readonly string[]): string | null {
  for (const text of texts) {
    const match = /\s((?:Kommun|Stads)?fullmäktige|Kommunstyrelsen)$/u.exec(text);
    if (match) return match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1);
  }
  return null;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
