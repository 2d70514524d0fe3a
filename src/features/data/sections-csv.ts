/** `sections.csv`: one record per section of every document. */
import type { PolicyDocument, Section } from '../../schema/policy-document.ts';
import { getCategory } from '../../taxonomy/categories.ts';
import { sectionPath } from '../../lib/citation.ts';
import { permalink, writeCsv, type CsvColumn } from './csv-columns.ts';

export interface SectionRow {
  readonly document: PolicyDocument;
  readonly section: Section;
  readonly site: URL | undefined;
}

const yesNo = (value: boolean) => (value ? 'ja' : 'nej');

/** The columns of `sections.csv`, in file order. */
export const SECTION_COLUMNS: readonly CsvColumn<SectionRow>[] = [
  { name: 'dokument_id', description: 'Dokumentets id, som i documents.json och i adressen /dokument/<id>/.', value: ({ document }) => document.id },
  { name: 'kommun', description: 'Kommunen, utan ordet ”kommun”.', value: ({ document }) => document.municipality },
  {
    name: 'kommunkod',
    description: 'Kommunkoden (fyra siffror, SCB). Importera kolumnen som text så att inledande nollor behålls.',
    value: ({ document }) => document.municipalityCode,
  },
  { name: 'dokumenttitel', description: 'Dokumentets titel som den står i dokumentet.', value: ({ document }) => document.title },
  { name: 'avsnitt_id', description: 'Avsnittets id, unikt inom dokumentet; ankaret i permalänken.', value: ({ section }) => section.id },
  {
    name: 'nummer',
    description: 'Dokumentets eget nummer på rubriken (t.ex. 2.1), tomt om det saknas. Importera som text.',
    value: ({ section }) => section.number,
  },
  { name: 'rubrik', description: 'Rubriken som dokumentet skriver den; tomt för texten före första rubriken.', value: ({ section }) => section.heading },
  { name: 'niva', description: '1 för huvudavsnitt, 2 för underavsnitt och så vidare.', value: ({ section }) => section.level },
  {
    name: 'kategori',
    description: 'Kategorins nyckel (purpose, goals, priorities, responsibility, follow-up och övriga).',
    value: ({ section }) => section.category,
  },
  { name: 'kategorinamn', description: 'Kategorins namn på svenska.', value: ({ section }) => getCategory(section.category).label },
  {
    name: 'kategorigrund',
    description:
      'Vad kategorin bestämdes av: heading (rubriken), content (gissad från texten), header-field (fält i dokumenthuvudet) eller position (ärvd från överordnat avsnitt).',
    value: ({ section }) => section.categoryBasis,
  },
  {
    name: 'del',
    description: 'document för själva styrdokumentet, cover-letter för ett följebrev (tjänsteskrivelse) före det.',
    value: ({ section }) => section.part,
  },
  {
    name: 'ur_huvudet',
    description: 'ja om avsnittet byggdes av ett fält i dokumenthuvudet (t.ex. ”Uppföljning: …”), annars nej.',
    value: ({ section }) => yesNo(section.fromHeader),
  },
  { name: 'startrad', description: 'Första raden i källtexten (1 = första raden i filen).', value: ({ section }) => section.source.startLine },
  { name: 'slutrad', description: 'Sista raden i källtexten.', value: ({ section }) => section.source.endLine },
  {
    name: 'permalank',
    description: 'Avsnittets stabila adress på webbplatsen.',
    value: ({ document, section, site }) => permalink(sectionPath(document, section), site),
  },
  {
    name: 'text',
    description: 'Avsnittets text ordagrant, med blanksteg normaliserade; stycken skils åt av radbrytningar inom cellen.',
    value: ({ section }) => section.text,
  },
];

/** Every section of the documents, in document order. */
export function sectionRows(documents: readonly PolicyDocument[], site?: URL): SectionRow[] {
  return documents.flatMap((document) => document.sections.map((section) => ({ document, section, site })));
}

/** The text of `sections.csv`. */
export function sectionsCsv(documents: readonly PolicyDocument[], site?: URL): string {
  return writeCsv(SECTION_COLUMNS, sectionRows(documents, site));
}
