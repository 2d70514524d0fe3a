/**
 * The downloads of `/data/`, described for the page: file, what one row is, how many rows, the size
 * in bytes and the columns, all computed from the same functions that write the files.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { RESPONSIBILITY_COLUMNS, responsibilitiesCsv, responsibilityRows } from './responsibilities-csv.ts';
import { SECTION_COLUMNS, sectionRows, sectionsCsv } from './sections-csv.ts';
import { routes } from '../../lib/routes.ts';

export interface DownloadColumn {
  readonly name: string;
  readonly description: string;
}

export interface Download {
  /** The file's name (`sections.csv`), also the anchor of its description. */
  readonly name: string;
  readonly href: string;
  readonly format: string;
  /** What one row (or array item) is, in Swedish. */
  readonly unit: string;
  readonly rows: number;
  readonly bytes: number;
  readonly columns: readonly DownloadColumn[];
}

/**
 * `/data/documents.json` as `src/pages/data/documents.json.ts` writes it (one space of indent).
 * Kept in step with that file by the site test that compares the stated size with the real one.
 */
export function documentsJson(documents: readonly PolicyDocument[]): string {
  return JSON.stringify(documents, null, 1);
}

/** The top-level fields of one object in documents.json (DESIGN.md's public shape). */
export const DOCUMENT_FIELDS: readonly DownloadColumn[] = [
  { name: 'id', description: 'Dokumentets id, som i adressen /dokument/<id>/.' },
  { name: 'municipality, municipalityCode, county', description: 'Kommun, kommunkod (SCB) och län.' },
  { name: 'title, documentType', description: 'Titeln som den står, och dokumenttypen (policy, riktlinje, strategi, program, plan …).' },
  { name: 'adopted', description: 'Beslutet: date (ÅÅÅÅ-MM-DD eller null), by (beslutande organ) och text (beslutet som det är skrivet).' },
  { name: 'source', description: 'Källfilen: namn, SHA-256, teckenkodning och antal rader.' },
  { name: 'metadata', description: 'Fält ur dokumenthuvudet (diarienummer, ersätter, gäller för …) och var dokumentet kom ifrån.' },
  { name: 'sections', description: 'Avsnitten med rubrik, nummer, nivå, kategori och kategorigrund, text, stycken och listor, och källrader.' },
  { name: 'responsibilities', description: 'Vem som gör vad: aktör, aktören som skriven, roll, uppgiften ordagrant, avsnitt och rad.' },
  {
    name: 'removed',
    description: 'Allt som tolkningen tog bort (innehållsförteckning, sidnummer, webbplatstexter …), med skäl, regel, rader och den borttagna texten.',
  },
  { name: 'diagnostics', description: 'Tolkningens varningar och upplysningar, med rad och regel.' },
];

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** The three downloads, described. `site` makes the CSV permalinks absolute, as the files have them. */
export function describeDownloads(documents: readonly PolicyDocument[], site?: URL): Download[] {
  return [
    {
      name: 'documents.json',
      href: routes.data('documents'),
      format: 'JSON (UTF-8)',
      unit: 'dokument',
      rows: documents.length,
      bytes: bytesOf(documentsJson(documents)),
      columns: DOCUMENT_FIELDS,
    },
    {
      name: 'sections.csv',
      href: routes.data('sections'),
      format: 'CSV (semikolon, UTF-8 med BOM)',
      unit: 'avsnitt',
      rows: sectionRows(documents, site).length,
      bytes: bytesOf(sectionsCsv(documents, site)),
      columns: SECTION_COLUMNS,
    },
    {
      name: 'responsibilities.csv',
      href: routes.data('responsibilities'),
      format: 'CSV (semikolon, UTF-8 med BOM)',
      unit: 'ansvarsuppgifter',
      rows: responsibilityRows(documents, site).length,
      bytes: bytesOf(responsibilitiesCsv(documents, site)),
      columns: RESPONSIBILITY_COLUMNS,
    },
  ];
}

const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('sv-SE');

/** `812 byte`, `48,2 kB`, `1,3 MB` (1 kB = 1 000 byte). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${integer.format(bytes)} byte`;
  if (bytes < 1_000_000) return `${decimal.format(bytes / 1000)} kB`;
  return `${decimal.format(bytes / 1_000_000)} MB`;
}

/** `1 234`, with the Swedish thousands separator. */
export function formatCount(count: number): string {
  return integer.format(count);
}
