/**
 * The sections' texts (`/sok/text/<document>/<n>.json`) as far as they have been fetched, by the
 * index's section numbers. A text is checked before it is kept: a text of another section, or
 * from a build of another shape, is refused rather than shown under the wrong heading.
 */
import { SEARCH_INDEX_VERSION, type IndexedDocument, type IndexedSection, type SectionText } from '../index-data.ts';

export class SectionTexts {
  readonly #documents: readonly IndexedDocument[];
  readonly #sections: readonly IndexedSection[];
  readonly #texts: (SectionText | undefined)[];

  constructor(documents: readonly IndexedDocument[], sections: readonly IndexedSection[]) {
    this.#documents = documents;
    this.#sections = sections;
    this.#texts = new Array(sections.length);
  }

  has(section: number): boolean {
    return this.#texts[section] !== undefined;
  }

  /** The sections of `sections` whose text is not here yet, ascending, each once. */
  missing(sections: Iterable<number>): number[] {
    const missing = new Set<number>();
    for (const section of sections) if (section >= 0 && section < this.#sections.length && !this.has(section)) missing.add(section);
    return [...missing].sort((a, b) => a - b);
  }

  /** Where a section's text is: its document's id and its place in the document. */
  address(section: number): { documentId: string; position: number } {
    const indexed = this.#sections[section];
    if (!indexed) throw new Error(`No section ${section} in the index`);
    return { documentId: this.#documents[indexed.d]!.id, position: indexed.i };
  }

  /** Keep the text of `section`, after checking that it is that section's, in this index's shape. */
  add(section: number, data: unknown): void {
    const { documentId, position } = this.address(section);
    const text = data as Partial<SectionText> | null;
    const name = `${documentId}/${position}`;
    if (!text || typeof text !== 'object' || text.version !== SEARCH_INDEX_VERSION)
      throw new Error(`Text of section ${name}: version ${String(text?.version)}, expected ${SEARCH_INDEX_VERSION}`);
    if (text.d !== documentId || text.i !== position) throw new Error(`Text of section ${name} is that of ${String(text.d)}/${String(text.i)}`);
    if (!isSectionText(text)) throw new Error(`Text of section ${name} is malformed`);
    this.#texts[section] = text;
  }

  /** The text of a section; it must have been added. */
  section(section: number): SectionText {
    const text = this.#texts[section];
    if (!text) throw new Error(`The text of section ${section} has not been fetched`);
    return text;
  }
}

function isSectionText(value: Partial<SectionText>): value is SectionText {
  return (
    Array.isArray(value.p) &&
    value.p.every((paragraph) => typeof paragraph === 'string') &&
    Array.isArray(value.n) &&
    (value.n.length === 0 || value.n.length === value.p.length) &&
    value.n.every((number) => Number.isInteger(number) && number > 0) &&
    typeof value.c === 'string'
  );
}
