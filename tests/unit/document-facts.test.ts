/** The document page's facts: decision flags, metadata rows, responsibilities, removals, warnings, citations. */
import { describe, expect, test } from 'vitest';
import { summariseAdoption } from '../../src/features/document/adoption.ts';
import { sectionCitation } from '../../src/lib/section-citation.ts';
import { diagnosticPlace, groupRemovals, lineList, parserNotes, parserWarnings, removedLineCount } from '../../src/features/document/interpretation.ts';
import { headerFieldRows, metadataRows, placeName, sourceFileName } from '../../src/features/document/metadata.ts';
import { responsibilitiesBySection } from '../../src/features/document/responsibilities.ts';
import { formatCitation } from '../../src/lib/citation.ts';
import type { PolicyDocument, Responsibility } from '../../src/schema/policy-document.ts';
import { parseSeed } from '../support/parse.ts';

const emptyMetadata: PolicyDocument['metadata'] = {
  referenceNumbers: [],
  replaces: null,
  scope: null,
  owner: null,
  validUntil: null,
  fields: [],
  sourceUrl: null,
  retrieved: null,
  origin: null,
};

describe('decision', () => {
  test('Eksjö: date and body, with the decision as written', async () => {
    expect(summariseAdoption(await parseSeed('eksjo'))).toEqual({
      status: 'decided',
      shown: '19 mars 2020, Kommunfullmäktige',
      asWritten: 'Antagen av kommunfullmäktige 2020-03-19, § 58',
      flag: null,
      lines: null,
    });
  });

  test('Tyresö: the placeholder is shown as written and flagged, with its line', async () => {
    const summary = summariseAdoption(await parseSeed('tyreso'));
    expect(summary).toMatchObject({ status: 'placeholder', shown: 'Antagna XXX-XX-XX', lines: 'rad 5' });
    expect(summary.flag).toMatch(/platshållare/u);
  });

  test('a placeholder is recognised from the text even without the diagnostic', () => {
    const summary = summariseAdoption({ adopted: { date: null, by: null, text: 'Fastställd åååå-mm-dd' }, diagnostics: [], metadata: emptyMetadata });
    expect(summary.status).toBe('placeholder');
  });

  test('Hylte: a body without a date is flagged as incomplete', async () => {
    expect(summariseAdoption(await parseSeed('hylte'))).toMatchObject({
      status: 'incomplete',
      shown: 'Kommunfullmäktige',
      flag: 'Dokumentet anger inget beslutsdatum.',
    });
  });

  test("Eskilstuna: nothing decided, and the header's blank decision fields are named", async () => {
    const summary = summariseAdoption(await parseSeed('eskilstuna'));
    expect(summary).toMatchObject({ status: 'missing', shown: 'Framgår inte av dokumentet', lines: 'rader 7 och 8' });
    expect(summary.flag).toContain('Fälten ”Beslutad när” och ”Beslutad av” i dokumenthuvudet är tomma.');
  });
});

describe('metadata', () => {
  test('Eskilstuna: reference numbers, replaces, scope, owner and validity, and every header field as written', async () => {
    const document = await parseSeed('eskilstuna');
    expect(placeName(document)).toBe('Eskilstuna kommun, Södermanlands län');
    expect(metadataRows(document).map((row) => row.label)).toEqual([
      'Diarienummer och paragrafer',
      'Ersätter',
      'Gäller för',
      'Dokumentansvarig',
      'Gäller till',
    ]);
    const fields = headerFieldRows(document);
    expect(fields[0]).toEqual({ label: 'Beslutad när', value: '', line: 7 });
    expect(fields.map((field) => field.label)).toContain('Gäller fr o m');
    expect(sourceFileName(document)).toBe('000_b84f3734f8592b5d.txt');
  });

  test('rows a document does not state are left out', () => {
    expect(metadataRows({ metadata: emptyMetadata })).toEqual([]);
    expect(placeName({ municipality: null, county: null })).toBe('Okänd kommun');
  });
});

describe('responsibilities by section', () => {
  test('Eksjö "Ansvar och organisation": Kommunstyrelsen – Beslutar, in the order stated', async () => {
    const document = await parseSeed('eksjo');
    const entries = responsibilitiesBySection(document).get('ansvar-och-organisation')!;
    expect(entries.slice(0, 2).map((entry) => `${entry.actorList} – ${entry.role}`)).toEqual(['Kommunfullmäktige – Beslutar', 'Kommunstyrelsen – Beslutar']);
    expect(entries[1]!.duty).toBe('Kommunstyrelsen beslutar om medlemskap i internationella nätverk och organisationer.');
    expect(entries[1]!.namedAs).toEqual([]);
  });

  test('one statement naming several actors in the same role is one entry; the words of the text are kept', async () => {
    const document = await parseSeed('hylte');
    const entry = responsibilitiesBySection(document)
      .get('ansvar')!
      .find((candidate) => candidate.duty.startsWith('De deltar'))!;
    expect(entry.actorList).toBe('Kommunstyrelsen, Nämnd och Kommunala stiftelser');
    expect(entry.namedAs).toEqual(['De']);
  });

  test('statements of different roles stay apart', () => {
    const base: Responsibility = {
      actor: { id: 'ks', label: 'Kommunstyrelsen' },
      actorText: 'Kommunstyrelsen',
      duty: 'X.',
      clause: 'X.',
      role: 'decides',
      kind: 'other',
      sectionId: 's',
      line: 1,
    };
    const map = responsibilitiesBySection({ responsibilities: [base, { ...base, role: 'leads' }, { ...base, sectionId: 't' }] });
    expect(map.get('s')!.map((entry) => entry.role)).toEqual(['Beslutar', 'Leder och samordnar']);
    expect(map.get('t')).toHaveLength(1);
  });
});

describe('what the parser did', () => {
  test('Hylte: removals grouped by reason; the related-documents list covers lines 24–202', async () => {
    const document = await parseSeed('hylte');
    const groups = groupRemovals(document.removed);
    const related = groups.find((group) => group.ruleId === 'related-documents')!;
    expect(related.lines).toBe('rad 24–202');
    expect(related.removals[0]!.text.length).toBeGreaterThan(1000);
    const pageNumbers = groups.find((group) => group.ruleId === 'page-number')!;
    expect(pageNumbers.removals.length).toBeGreaterThan(5);
    expect(pageNumbers.lines).toBe('rader 10, 14, 16, 18, 20 och 22');
    expect(groups.map((group) => group.ruleId)[0]).toBe('site-chrome');
    expect(removedLineCount(document.removed)).toBeGreaterThan(179);
  });

  test('line lists', () => {
    expect(lineList([{ startLine: 3, endLine: 3 }])).toBe('rad 3');
    expect(
      lineList([
        { startLine: 3, endLine: 5 },
        { startLine: 3, endLine: 5 },
      ]),
    ).toBe('rad 3–5');
    expect(
      lineList([
        { startLine: 3, endLine: 5 },
        { startLine: 9, endLine: 9 },
      ]),
    ).toBe('rader 3–5 och 9');
  });

  test('Tyresö: one warning (the placeholder) with its line; notes apart, placeless ones last', async () => {
    const document = await parseSeed('tyreso');
    const warnings = parserWarnings(document);
    expect(warnings.map((warning) => [warning.ruleId, diagnosticPlace(warning)])).toEqual([['adoption-date-placeholder', 'rad 5']]);
    const notes = parserNotes(document);
    expect(notes.at(-1)!.line).toBeNull();
    expect(diagnosticPlace(notes.at(-1)!)).toBe('hela dokumentet');
    expect(diagnosticPlace({ line: 4, column: 7 })).toBe('rad 4, kolumn 7');
  });
});

describe('citation', () => {
  test('a section of the steering document is cited as formatCitation cites it', async () => {
    const document = await parseSeed('eksjo');
    const section = document.sections.find((candidate) => candidate.id === 'syfte')!;
    expect(sectionCitation(document, section)).toBe(formatCitation(document, section, '{origin}'));
  });

  test('a cover-letter section says it is not the steering document', async () => {
    const document = await parseSeed('jarfalla');
    const section = document.sections.find((candidate) => candidate.part === 'cover-letter' && candidate.heading === 'SAMMANFATTNING')!;
    expect(sectionCitation(document, section, 'https://exempel.se')).toMatch(/^Ur följebrevet \(tjänsteskrivelsen\), inte styrdokumentet: Järfälla kommun, /u);
  });
});
