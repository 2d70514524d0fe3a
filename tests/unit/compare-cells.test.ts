/** The comparison's cells, built from the five real documents. */
import { describe, expect, test } from 'vitest';
import { compareCell, type CompareCell, type GapCell, type SectionsCell } from '../../src/features/compare/cells.ts';
import { compareColumn } from '../../src/features/compare/column-headers.ts';
import { buildComparison } from '../../src/features/compare/comparison.ts';
import { formatCitation } from '../../src/lib/citation.ts';
import { CANONICAL_CATEGORY_KEYS } from '../../src/taxonomy/categories.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

const documents = await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)));
const document = (id: SeedName) => documents.find((candidate) => candidate.id === id)!;

function sections(cell: CompareCell): SectionsCell {
  if (cell.kind !== 'sections') throw new Error(`expected sections, got a gap: ${cell.explanation}`);
  return cell;
}
function gap(cell: CompareCell): GapCell {
  if (cell.kind !== 'gap') throw new Error(`expected a gap, got ${cell.entries.map((entry) => entry.heading).join(', ')}`);
  return cell;
}
const names = (cell: SectionsCell) => cell.entries.map((entry) => [entry.number, entry.heading].filter(Boolean).join(' '));

describe('cells with sections', () => {
  test("Hylte's Mål is 4 Mål and its four subsections, nested under it, in source order", () => {
    const cell = sections(compareCell(document('hylte'), 'goals'));
    expect(names(cell)).toEqual(['4 Mål', 'Strategiskt och integrerat', 'Mervärden', 'Förståelse och integration', 'Miljö och klimat']);
    expect(cell.entries.map((entry) => entry.depth)).toEqual([0, 1, 1, 1, 1]);
    expect(cell.entries[0]!.basisNote).toBeNull();
    expect(cell.entries[1]!.basisNote).toBe('Kategorin ärvd från ”4 Mål”');
    expect(cell.entries[0]!.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(cell.entries[0]!.href).toBe('/dokument/hylte/#mal');
    expect(cell.entries[0]!.lines).toBe('rad 16');
  });

  test('a category guessed from the text is marked as such', () => {
    const cell = sections(compareCell(document('hylte'), 'priorities'));
    expect(cell.entries[0]).toMatchObject({ heading: 'Internationellt arbete i Hylte kommun', basisNote: 'Kategorin gissad från texten' });
  });

  test("Eskilstuna's follow-up comes from the document header, and says so", () => {
    const [entry, ...rest] = sections(compareCell(document('eskilstuna'), 'follow-up')).entries;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ heading: 'Uppföljning', fromHeader: true, lines: 'rad 15', context: null });
  });

  test("Eskilstuna's Ansvar keeps its three subsections under Ansvarsfördelning, which sits under Riktlinjer", () => {
    const cell = sections(compareCell(document('eskilstuna'), 'responsibility'));
    expect(names(cell)).toEqual(['Ansvarsfördelning', 'Kommunfullmäktige', 'Kommunstyrelsen', 'Nämnder']);
    expect(cell.entries.map((entry) => entry.depth)).toEqual([0, 1, 1, 1]);
    expect(cell.entries[0]!.context).toBe('Riktlinjer');
    expect(cell.entries[0]!.blocks).toEqual([]);
    expect(cell.entries[1]!.context).toBeNull();
  });

  test('every entry carries the exact citation of its section, with a place for the address', () => {
    const hylte = document('hylte');
    const entry = sections(compareCell(hylte, 'responsibility')).entries[0]!;
    expect(entry.citation).toBe(formatCitation(hylte, hylte.sections.find((section) => section.id === 'ansvar')!, '{origin}'));
    expect(entry.citation).toMatch(/avsnitt ”5 Ansvar”, källtextens rad 18–20\. \{origin\}\/dokument\/hylte\/#ansvar$/u);
  });

  test("Järfälla's cells hold only the document's own sections, never its cover letter's", () => {
    const jarfalla = document('jarfalla');
    const coverLetter = new Set(jarfalla.sections.filter((section) => section.part === 'cover-letter').map((section) => section.id));
    expect(coverLetter.size).toBeGreaterThan(0);
    const comparison = buildComparison([jarfalla]);
    const ids = comparison.rows.flatMap((row) =>
      row.cells.flatMap(({ cell }) => (cell.kind === 'sections' ? cell.entries.map((entry) => entry.sectionId) : [])),
    );
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => coverLetter.has(id))).toEqual([]);
    expect(names(sections(compareCell(jarfalla, 'background')))).toEqual(['Bakgrund']);
    expect(sections(compareCell(jarfalla, 'background')).entries[0]!.href).toBe('/dokument/jarfalla/#bakgrund');
  });

  test.each(documents.map((candidate) => [candidate.id, candidate] as const))('%s: every cell is in source order', (_, candidate) => {
    for (const row of buildComparison([candidate]).rows) {
      const cell = row.cells[0]!.cell;
      if (cell.kind === 'gap') continue;
      const starts = cell.entries.map((entry) => candidate.sections.find((section) => section.id === entry.sectionId)!.source.startLine);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe('gaps', () => {
  test("Tyresö's missing follow-up points to the follow-up duty in its 4 Ansvar section", () => {
    const cell = gap(compareCell(document('tyreso'), 'follow-up'));
    expect(cell.explanation).toBe('Dokumentet har inget avsnitt om uppföljning.');
    expect(cell.mentions.map((mention) => [mention.sectionName, mention.href])).toEqual([['4 Ansvar', '/dokument/tyreso/#ansvar']]);
    expect(cell.mentions[0]!.duties).toEqual([
      expect.objectContaining({
        duty: expect.stringMatching(/^Respektive nämnd redovisar i årsredovisningen/u),
        actors: ['Nämnd'],
        roleLabel: 'Följer upp och redovisar',
      }),
    ]);
    expect(cell.coverLetter).toEqual([]);
    // The rest of the answer in place: who is given the task, and where every document's answer stands.
    expect(cell.followUp).toEqual({ assignees: ['Nämnd'], href: '/ansvar/uppfoljning/#dokument-for-dokument' });
  });

  test("Tyresö's missing purpose is a plain gap: no role speaks to purpose", () => {
    const cell = gap(compareCell(document('tyreso'), 'purpose'));
    expect(cell).toEqual({ kind: 'gap', explanation: 'Dokumentet har inget avsnitt om syfte.', mentions: [], coverLetter: [], followUp: null });
  });

  test("a category only Järfälla's cover letter has is a gap that points to the cover letter", () => {
    const cell = gap(compareCell(document('jarfalla'), 'proposal'));
    expect(cell.coverLetter.map((pointer) => [pointer.sectionName, pointer.href])).toEqual([
      ['KOMMUNLEDNINGSKONTORETS FÖRSLAG', '/dokument/jarfalla/#skrivelse-kommunledningskontorets-forslag'],
      ['Slutsatser', '/dokument/jarfalla/#skrivelse-slutsatser'],
    ]);
  });

  test('the same duty named for several actors is quoted once, with all of them', () => {
    const hylte = document('hylte');
    const withoutResponsibility = {
      ...hylte,
      sections: hylte.sections.map((section) => (section.category === 'responsibility' ? { ...section, category: 'other' as const } : section)),
    };
    const cell = gap(compareCell(withoutResponsibility, 'responsibility'));
    const followUp = cell.mentions
      .find((mention) => mention.sectionName === '5 Ansvar')!
      .duties.find((duty) => duty.duty.startsWith('Internationella aktiviteter följs'))!;
    expect(followUp.actors).toEqual(['Kommunstyrelsen', 'Nämnd', 'Kommunala stiftelser']);
  });
});

describe('the whole comparison', () => {
  const comparison = buildComparison(documents);

  test('columns are the documents in the order given, with type and decision', () => {
    expect(comparison.columns.map((column) => column.id)).toEqual(['eskilstuna', 'eksjo', 'hylte', 'tyreso', 'jarfalla']);
    expect(compareColumn(document('eksjo'))).toEqual({
      id: 'eksjo',
      municipality: 'Eksjö',
      title: 'Internationell policy för Eksjö kommun',
      typeLabel: 'Policy',
      decision: 'Beslutad 2020 av Kommunfullmäktige',
      href: '/dokument/eksjo/',
      ageNote: new Date().getFullYear() - 2020 > 8 ? `Äldre än 8 år: från 2020, ${new Date().getFullYear() - 2020} år sedan` : null,
      old: new Date().getFullYear() - 2020 > 8,
    });
    // Without a decision date, the year of the case number; old after eight years.
    const since2001 = new Date().getFullYear() - 2001;
    expect(compareColumn(document('jarfalla'))).toMatchObject({
      ageNote: `Äldre än 8 år: från 2001, ${since2001} år sedan (enligt diarienumret 2001/152)`,
      old: true,
    });
    expect(compareColumn(document('hylte')).decision).toBe('Beslutad av Kommunfullmäktige, år framgår inte');
    expect(compareColumn(document('eskilstuna')).decision).toBe('Beslutsdatum saknas');
  });

  test('rows are the five canonical categories in order, then the others some document has', () => {
    expect(comparison.rows.slice(0, 5).map((row) => row.key)).toEqual([...CANONICAL_CATEGORY_KEYS]);
    expect(comparison.rows.slice(0, 5).map((row) => row.urlKey)).toEqual(['syfte', 'mal', 'prioriteringar', 'ansvar', 'uppfoljning']);
    expect(comparison.rows.map((row) => row.urlKey)).toEqual(expect.arrayContaining(['bakgrund', 'samarbeten', 'handlingsplan']));
    expect(comparison.rows.map((row) => row.urlKey)).not.toContain('forslag');
    expect(comparison.rows.every((row) => row.cells.map((cell) => cell.documentId).join() === comparison.columns.map((column) => column.id).join())).toBe(true);
  });

  test('each row counts the documents that have the category', () => {
    const coverage = Object.fromEntries(comparison.rows.map((row) => [row.urlKey, row.coverage]));
    expect(coverage).toMatchObject({ syfte: 3, mal: 5, prioriteringar: 5, ansvar: 5, uppfoljning: 4 });
  });
});
