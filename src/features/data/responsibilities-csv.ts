/** `responsibilities.csv`: one record per responsibility statement (who does what) of every document. */
import type { PolicyDocument, Responsibility } from '../../schema/policy-document.ts';
import { getDutyKind } from '../../taxonomy/duties.ts';
import { getRole } from '../../taxonomy/roles.ts';
import { sectionPath } from '../../lib/citation.ts';
import { permalink, writeCsv, type CsvColumn } from './csv-columns.ts';

export interface ResponsibilityRow {
  readonly document: PolicyDocument;
  readonly responsibility: Responsibility;
  readonly site: URL | undefined;
}

const sectionOf = ({ document, responsibility }: ResponsibilityRow) => document.sections.find((section) => section.id === responsibility.sectionId);

/** The columns of `responsibilities.csv`, in file order. */
export const RESPONSIBILITY_COLUMNS: readonly CsvColumn<ResponsibilityRow>[] = [
  { name: 'dokument_id', description: 'Dokumentets id, som i documents.json och sections.csv.', value: ({ document }) => document.id },
  { name: 'kommun', description: 'Kommunen.', value: ({ document }) => document.municipality },
  { name: 'avsnitt_id', description: 'Avsnittet där ansvaret står (avsnitt_id i sections.csv).', value: ({ responsibility }) => responsibility.sectionId },
  {
    name: 'avsnittsrubrik',
    description: 'Avsnittets rubrik som dokumentet skriver den; tomt för texten före första rubriken.',
    value: (row) => sectionOf(row)?.heading ?? null,
  },
  {
    name: 'aktor_id',
    description: 'Aktörens nyckel, samma för samma slags aktör i alla kommuner (t.ex. kommunstyrelsen).',
    value: ({ responsibility }) => responsibility.actor.id,
  },
  { name: 'aktor', description: 'Aktören med sitt vanliga namn.', value: ({ responsibility }) => responsibility.actor.label },
  {
    name: 'aktor_som_skrivet',
    description: 'Aktören så som meningen namnger den (t.ex. ”Styrelsen”, ”nämnderna”).',
    value: ({ responsibility }) => responsibility.actorText,
  },
  {
    name: 'roll',
    description: 'Rollens nyckel (decides, leads, carries-out, follows-up, represents, monitors, supports, informed).',
    value: ({ responsibility }) => responsibility.role,
  },
  {
    name: 'rollnamn',
    description: 'Rollen på svenska (t.ex. Beslutar, Leder och samordnar).',
    value: ({ responsibility }) => getRole(responsibility.role).label,
  },
  {
    name: 'uppgiftstyp',
    description: 'Vad uppgiften gäller, som nyckel (t.ex. twin-towns, memberships, coordination); bestäms av uppgiftens ord och roll.',
    value: ({ responsibility }) => responsibility.kind,
  },
  { name: 'uppgiftstypnamn', description: 'Uppgiftstypen på svenska.', value: ({ responsibility }) => getDutyKind(responsibility.kind).label },
  {
    name: 'uppgift',
    description: 'Meningen (eller delen av den) som säger vem som gör vad, ordagrant ur källan.',
    value: ({ responsibility }) => responsibility.duty,
  },
  { name: 'rad', description: 'Raden i källtexten där meningen står.', value: ({ responsibility }) => responsibility.line },
  {
    name: 'permalank',
    description: 'Avsnittets stabila adress på webbplatsen.',
    value: ({ document, responsibility, site }) => permalink(sectionPath(document, { id: responsibility.sectionId }), site),
  },
];

/** Every responsibility of the documents, in document order. */
export function responsibilityRows(documents: readonly PolicyDocument[], site?: URL): ResponsibilityRow[] {
  return documents.flatMap((document) => document.responsibilities.map((responsibility) => ({ document, responsibility, site })));
}

/** The text of `responsibilities.csv`. */
export function responsibilitiesCsv(documents: readonly PolicyDocument[], site?: URL): string {
  return writeCsv(RESPONSIBILITY_COLUMNS, responsibilityRows(documents, site));
}
