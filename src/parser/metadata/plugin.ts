import type { VFile } from 'vfile';
import '../file-data.ts';
import { extractMetadata } from './extract-metadata.ts';

/**
 * The unified plugin that reads what the text says about the document itself
 * (`file.data.metadata`): from the lines left after noise removal, the title the noise stage
 * found, the sections and their header fields, and the facts the caller gave (`file.data.sourceFacts`).
 */
export function policyMetadata() {
  return (_tree: unknown, file: VFile): void => {
    const noise = file.data.noise;
    file.data.metadata = extractMetadata({
      file,
      keptText: (noise?.lines ?? []).map((line) => line.text).join('\n'),
      title: noise?.title ?? null,
      titlePassedOver: noise?.titlePassedOver ?? null,
      sections: file.data.sections ?? [],
      fields: file.data.headerFields ?? [],
      facts: file.data.sourceFacts ?? {},
    });
  };
}
