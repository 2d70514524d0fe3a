/**
 * The five real documents, parsed end to end. Each expectation was checked by hand against the
 * source file (line numbers are the source's): the outline a reader would see, the category of
 * every section, sentences a policy writer would look for, and the document's facts.
 */
import { describe, expect, test } from 'vitest';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { lostLines, lostWords, parseSeed, SEEDS, seedBytes, type SeedName } from '../support/parse.ts';

const outline = (document: PolicyDocument) =>
  document.sections.map(
    (section) =>
      `${'  '.repeat(section.level - 1)}${section.number ? `${section.number} ` : ''}${section.heading ?? '(huvud)'} [${section.category}${section.part === 'cover-letter' ? ', följebrev' : ''}]`,
  );

const textOf = (document: PolicyDocument, category: string) =>
  document.sections
    .filter((section) => section.category === category)
    .map((section) => section.text)
    .join('\n');

describe.each(Object.keys(SEEDS) as SeedName[])('%s', (name) => {
  test('loses no line and no word of the source', async () => {
    const document = await parseSeed(name);
    const text = new TextDecoder().decode(seedBytes(name));
    expect(lostLines(text, document)).toEqual([]);
    expect(lostWords(text, document)).toEqual([]);
  });

  test('has every canonical category except where the document truly lacks it', async () => {
    const document = await parseSeed(name);
    const missing = ['purpose', 'goals', 'priorities', 'responsibility', 'follow-up'].filter(
      (key) => !document.sections.some((section) => section.category === key),
    );
    const expectedMissing: Record<SeedName, string[]> = {
      eskilstuna: [], // follow-up comes from the header field `Uppföljning`
      eksjo: [],
      hylte: [], // section 6 states what is prioritised; classified from its text, with a warning
      tyreso: ['purpose', 'follow-up'],
      jarfalla: ['purpose'],
    };
    expect(missing).toEqual(expectedMissing[name]);
  });

  test('every section is inside the file and sections follow source order', async () => {
    const document = await parseSeed(name);
    const lineCount = document.source.lineCount;
    let previous = 0;
    for (const section of document.sections) {
      expect(section.source.startLine).toBeGreaterThanOrEqual(previous);
      expect(section.source.endLine).toBeLessThanOrEqual(lineCount);
      previous = section.source.startLine;
    }
    expect(new Set(document.sections.map((section) => section.id)).size).toBe(document.sections.length);
  });
});

test('Eskilstuna: header table, glossary of document types, actors as headings, follow-up from the header', async () => {
  const document = await parseSeed('eskilstuna');
  expect(document.municipality).toBe('Eskilstuna');
  expect(document.title).toBe('Riktlinjer för internationella frågor');
  expect(document.documentType).toBe('riktlinje');
  expect(document.adopted.date).toBeNull();
  expect(document.metadata.referenceNumbers).toContain('Diarienummer KSKF/2020:402');
  expect(document.metadata.replaces).toBe('Riktlinje för Eskilstuna kommuns internationella arbete KSKF/2009:395');
  expect(document.metadata.scope).toBe('Samtliga nämnder');
  expect(document.metadata.owner).toBe('Lena Lundberg, administrativ direktör');
  expect(outline(document)).toEqual([
    '(huvud) [front-matter]',
    'Uppföljning [follow-up]',
    'Program [definitions]',
    'Plan [definitions]',
    'Policy [definitions]',
    'Riktlinje [definitions]',
    'Ämnesområde och bakgrund [background]',
    'Riktlinjer [other]',
    '  Syfte [purpose]',
    '  Internationella samarbeten [collaboration]',
    '    Vänortsrelaterat arbete [collaboration]',
    '    Eurotowns [collaboration]',
    '  Inriktning på det internationella arbetet [goals]',
    '  Prioriterade ämnesområden [priorities]',
    '  Ansvarsfördelning [responsibility]',
    '    Kommunfullmäktige [responsibility]',
    '    Kommunstyrelsen [responsibility]',
    '    Nämnder [responsibility]',
  ]);
  const followUp = document.sections.find((section) => section.category === 'follow-up')!;
  expect(followUp).toMatchObject({
    fromHeader: true,
    categoryBasis: 'header-field',
    text: 'Årliga rapporter till kommunstyrelsen',
    source: { startLine: 15, endLine: 15 },
  });
  expect(textOf(document, 'purpose')).toContain(
    'vara ett instrument för verksamhetsutveckling och därigenom skapa ett mervärde för kommunen, dess invånare och näringsliv;',
  );
  expect(textOf(document, 'goals')).toContain('prioritera arbete inom den Europeiska unionen;');
  expect(textOf(document, 'responsibility')).toContain(
    'Kommunfullmäktige representerar kommunen utåt och är huvudansvarig för kontakterna med kommunens vänorter.',
  );
  const purpose = document.sections.find((section) => section.category === 'purpose')!;
  expect(purpose.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'list']);
});

test('Eksjö: table of contents removed with its dot leaders, bare-line headings', async () => {
  const document = await parseSeed('eksjo');
  expect(document.municipality).toBe('Eksjö');
  expect(document.documentType).toBe('policy');
  expect(document.adopted).toMatchObject({ date: '2020-03-19', by: 'Kommunfullmäktige' });
  expect(document.metadata.referenceNumbers).toContain('§ 58');
  expect(document.removed).toContainEqual(expect.objectContaining({ ruleId: 'table-of-contents', startLine: 11, endLine: 23 }));
  expect(outline(document)).toEqual([
    '(huvud) [front-matter]',
    'Bakgrund [background]',
    'Syfte [purpose]',
    'Övergripande mål [goals]',
    'Strategi – arbetsmetod [strategy]',
    'Prioriterade områden [priorities]',
    'Projektsamverkan [collaboration]',
    'Stöd till projekt och utbyten [funding]',
    'Ansvar och organisation [responsibility]',
    'Uppföljning [follow-up]',
    'Utvärdering [follow-up]',
  ]);
  expect(textOf(document, 'follow-up')).toContain('Det internationella arbetet ska årligen följas upp och redovisas i kommunens årsredovisning.');
  expect(textOf(document, 'responsibility')).toContain('Kommunstyrelsen beslutar om medlemskap i internationella nätverk och organisationer.');
  expect(textOf(document, 'priorities')).toContain('Ungdom: Det är av stor betydelse att våra unga får möjlighet att ta del av andra kulturer');
});

test('Hylte: transcript chrome, page numbers and related documents removed; torn sentences joined; inline headings split', async () => {
  const document = await parseSeed('hylte');
  expect(document.municipality).toBe('Hylte');
  expect(document.documentType).toBe('riktlinje');
  expect(document.adopted.by).toBe('Kommunfullmäktige');
  const rules = (ruleId: string) => document.removed.filter((removal) => removal.ruleId === ruleId);
  expect(rules('site-chrome')).toEqual([expect.objectContaining({ startLine: 3, endLine: 8 })]);
  expect(rules('related-documents')).toEqual([expect.objectContaining({ startLine: 24, endLine: 202 })]);
  expect(rules('table-of-contents')).toEqual([
    expect.objectContaining({
      startLine: 12,
      endLine: 12,
      text: '2 Innehåll 1. Inledning Syfte Målgrupper Mål Ansvar Internationellt arbete i Hylte kommun Uppföljning',
    }),
  ]);
  expect(rules('contact-details')).toEqual([expect.objectContaining({ startLine: 10, text: 'Åsa Johansson, utredare/ nämndsekreterare Tfn: E-post:' })]);
  expect(rules('page-number').map((removal) => `${removal.startLine}:${removal.text}`)).toEqual([
    '10:1',
    '14:3',
    '14:3',
    '16:4',
    '16:4',
    '18:5',
    '18:5',
    '20:6',
    '20:6',
    '22:7',
    '22:7',
  ]);
  expect(rules('page-break-join').map((removal) => [removal.startLine, removal.endLine])).toEqual([
    [16, 18],
    [18, 20],
  ]);
  const all = document.sections.map((section) => section.text).join('\n');
  expect(all).toContain('Vid uppstart av utvecklingsprojekt ska alltid bedömas vilket mervärde en internationell dimension kan tillföra.');
  expect(all).toContain('De deltar i verksamhetsrelevanta projekt.');
  expect(all).not.toMatch(/Läs mer|Gävle|Mariestad/u);
  expect(outline(document)).toEqual([
    '(huvud) [front-matter]',
    '1 Inledning [background]',
    '2 Syfte [purpose]',
    '3 Målgrupper [target-groups]',
    '4 Mål [goals]',
    '  Strategiskt och integrerat [goals]',
    '  Mervärden [goals]',
    '  Förståelse och integration [goals]',
    '  Miljö och klimat [goals]',
    '5 Ansvar [responsibility]',
    '6 Internationellt arbete i Hylte kommun [priorities]',
    '  Vänorter [collaboration]',
    '  Samarbetsorganisationer [collaboration]',
    '  Omvärldsbevakning [priorities]',
    '  Internationella samarbetsprojekt [collaboration]',
    '  Internationella besök [communication]',
    '  Information och kommunikation [communication]',
    '7 Uppföljning [follow-up]',
    'Referenser [references]',
  ]);
  expect(textOf(document, 'purpose')).toMatch(/^Kommunens verksamheter påverkas såväl av internationella förhållanden som nationella sådana\./u);
  expect(textOf(document, 'responsibility')).toContain(
    'Kommunstyrelsens arbetsutskott fattar ekonomiska beslut i samband med internationella projekt och vänortsutbyte.',
  );
  expect(textOf(document, 'follow-up')).toContain('Uppföljningen är en del av styrelsens, nämndernas och bostadsstiftelsens årsbokslut.');
});

test('Tyresö: Markdown headings of mixed depth, stray HTML, placeholder date', async () => {
  const document = await parseSeed('tyreso');
  expect(document.municipality).toBe('Tyresö');
  expect(document.documentType).toBe('riktlinje');
  expect(document.adopted.date).toBeNull();
  expect(document.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'adoption-date-placeholder', line: 5, severity: 'warning' }));
  expect(document.removed).toContainEqual(expect.objectContaining({ ruleId: 'table-of-contents', startLine: 13, endLine: 24 }));
  expect(outline(document)).toEqual([
    '(huvud) [front-matter]',
    '1 Inriktning [goals]',
    '2 Prioriterade områden [priorities]',
    '  2.1 Utveckling av kommunens verksamhet [priorities]',
    '  2.2 Barn och ungdomars internationella kontakter [priorities]',
    '  2.3 Omvärldsbevakning [priorities]',
    '3 Samarbeten [collaboration]',
    '  3.1 EU-projekt och vänorter [collaboration]',
    '  3.2 Kommunalt partnerskap [collaboration]',
    '4 Ansvar [responsibility]',
    '5 Samordning [responsibility]',
  ]);
  const all = JSON.stringify(document.sections);
  expect(all).not.toMatch(/<b>|\*\*|##/u);
  expect(textOf(document, 'responsibility')).toContain(
    'Respektive nämnd redovisar i årsredovisningen den internationella samverkan som bedrivits inom nämndens verksamhetsområde.',
  );
});

test('Järfälla: the cover letter is kept apart from the strategy; italic bullets; torn sentence joined', async () => {
  const document = await parseSeed('jarfalla');
  expect(document.municipality).toBe('Järfälla');
  expect(document.title).toBe('Mål och strategi för Järfälla kommuns internationella arbete');
  expect(document.documentType).toBe('strategi');
  expect(document.metadata.referenceNumbers).toEqual(expect.arrayContaining(['Dnr 2001/152', 'Dnr Kst 2000/157']));
  expect(outline(document)).toEqual([
    '(huvud) [front-matter, följebrev]',
    'KOMMUNLEDNINGSKONTORETS FÖRSLAG [proposal, följebrev]',
    'SAMMANFATTNING [summary, följebrev]',
    'Handlingar [references, följebrev]',
    'BESKRIVNING AV ÄRENDET [other, följebrev]',
    '  Bakgrund [background, följebrev]',
    '  Analys/Överväganden [background, följebrev]',
    '  Ekonomiska konsekvenser [funding, följebrev]',
    '  Slutsatser [proposal, följebrev]',
    '(huvud) [front-matter]',
    'Sammanfattning [summary]',
    'Bakgrund [background]',
    'Mål och inriktning [goals]',
    'Strategi [strategy]',
    'Intresseområden [priorities]',
    'Profil på samarbetet [strategy]',
    'Val av samarbetspart/vänort [collaboration]',
    'Samordning med andra kommuner m fl [collaboration]',
    'Organisation [responsibility]',
    'Handlingsplan [action-plan]',
    'Ekonomi [funding]',
    'Uppföljning och utvärdering [follow-up]',
  ]);
  const coverBackground = document.sections.find((section) => section.id === 'skrivelse-bakgrund')!;
  expect(coverBackground.text).toContain('samt att ge kommunstyrelsen i uppdrag att utreda');
  const organisation = document.sections.find((section) => section.heading === 'Organisation')!;
  const list = organisation.blocks.find((block) => block.type === 'list');
  expect(list?.type === 'list' && list.items[0]!.phrases[0]).toEqual({ text: 'Kommunfullmäktige', emphasis: true });
  expect(textOf(document, 'goals')).toContain('Främja tolerans och förståelse mellan olika människor och nationer');
});
