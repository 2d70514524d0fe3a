/**
 * What the parser's stages pass on to each other, declared once: each unified plugin reads what
 * the stages before it left in `file.data` and adds its own result (remark-lint's shape); problems
 * go to `file.message`. The order of the stages is `processor.ts`.
 */
import type { HeaderField, Removal, Responsibility, Section } from '../schema/policy-document.ts';
import type { SourceLine } from './lines.ts';
import type { ExtractedMetadata, SourceFacts } from './metadata/extract-metadata.ts';
import type { NoiseResult } from './noise/index.ts';

declare module 'vfile' {
  interface DataMap {
    /** Facts about the file that its text cannot hold (where it was found), given by the caller. */
    sourceFacts: SourceFacts;
    /** The source, line by line, normalised (line N is the file's line N). */
    sourceLines: SourceLine[];
    /** The lines after noise removal, the title and the table of contents found on the way. */
    noise: NoiseResult;
    /** Everything the stages took out of the text, with the reason and the source lines (each stage adds to it). */
    removed: Removal[];
    /** The header fields of the front matter. */
    headerFields: HeaderField[];
    sections: Section[];
    metadata: ExtractedMetadata;
    responsibilities: Responsibility[];
  }
}

export {};
