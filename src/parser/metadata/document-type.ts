/**
 * The kind of steering document, from its title, using the patterns of
 * `src/taxonomy/document-types.ts`: `Mål och strategi för …` is a strategi, `Riktlinjer för …` a
 * riktlinje, `Internationell policy för …` a policy, `Kommunikationspolicy` a policy.
 */
import { DOCUMENT_TYPES } from '../../taxonomy/document-types.ts';
import type { DocumentTypeKey } from '../../taxonomy/document-types.ts';

const MATCHERS: readonly { readonly key: DocumentTypeKey; readonly patterns: readonly RegExp[] }[] = DOCUMENT_TYPES.map((type) => ({
  key: type.key,
  patterns: type.patterns.map((source) => new RegExp(source, 'iu')),
}));

/**
 * The document type its title names, or `null` if it names none. Where a title names several
 * (`Policy och riktlinjer för …`, `Strategi och handlingsplan …`), the first named wins: it is the
 * head of the title. At the same position the more specific type wins (taxonomy order:
 * `handlingsplan` before `plan`).
 */
export function detectDocumentType(title: string): DocumentTypeKey | null {
  const text = title.normalize('NFC');
  let best: { key: DocumentTypeKey; index: number } | null = null;
  for (const { key, patterns } of MATCHERS) {
    for (const pattern of patterns) {
      const index = pattern.exec(text)?.index;
      if (index !== undefined && (best === null || index < best.index)) best = { key, index };
    }
  }
  return best?.key ?? null;
}
