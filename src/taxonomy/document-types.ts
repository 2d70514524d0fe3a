/**
 * Kinds of steering document. There is no national standard; most municipalities distinguish
 * "aktiverande" documents (program > strategi > plan: what to achieve) from "normerande" ones
 * (policy > riktlinje > rutin: how to act). `patterns` are matched against the title, most
 * specific first (`handlingsplan` before `plan`).
 */

export interface DocumentTypeDefinition {
  readonly key: string;
  readonly label: string;
  readonly kind: 'aktiverande' | 'normerande' | 'övrigt';
  /** Regular-expression sources, matched case-insensitively against the title. */
  readonly patterns: readonly string[];
}

export const DOCUMENT_TYPES = [
  { key: 'handlingsplan', label: 'Handlingsplan', kind: 'aktiverande', patterns: ['handlingsplan'] },
  { key: 'policy', label: 'Policy', kind: 'normerande', patterns: ['polic(y|yn|ys)\\b'] },
  { key: 'riktlinje', label: 'Riktlinje', kind: 'normerande', patterns: ['riktlinje(r|n|rna)?\\b'] },
  { key: 'strategi', label: 'Strategi', kind: 'aktiverande', patterns: ['strategi(n|er)?\\b', 'strategie(n)?\\b'] },
  { key: 'program', label: 'Program', kind: 'aktiverande', patterns: ['program(met)?\\b'] },
  { key: 'plan', label: 'Plan', kind: 'aktiverande', patterns: ['\\bplan(en)?\\b'] },
  { key: 'rutin', label: 'Rutin', kind: 'normerande', patterns: ['rutin(er)?\\b'] },
  { key: 'reglemente', label: 'Reglemente', kind: 'normerande', patterns: ['reglemente'] },
] as const satisfies readonly DocumentTypeDefinition[];

export type DocumentTypeKey = (typeof DOCUMENT_TYPES)[number]['key'];

export const DOCUMENT_TYPE_KEYS = DOCUMENT_TYPES.map((type) => type.key) as unknown as readonly [DocumentTypeKey, ...DocumentTypeKey[]];

export function getDocumentType(key: DocumentTypeKey): DocumentTypeDefinition {
  const type = DOCUMENT_TYPES.find((candidate) => candidate.key === key);
  if (!type) throw new Error(`Unknown document type "${key}"`);
  return type;
}
