import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { reporter } from 'vfile-reporter';
import { ContentError } from './content-error.ts';
import { contentDirectory, parseContentFolder } from './parse-files.ts';
import { hasFatal } from '../parser/diagnostics.ts';
import { shownPath } from './shown-path.ts';
import { policyDocumentSchema } from '../schema/policy-document.ts';

/**
 * Astro content loader: parses every text file of the content folder (`content/`, or
 * `CONTENT_DIR`) into a `PolicyDocument`. Diagnostics — the parser's, each entry of the folder
 * that is not read and why, and problems in `sources.json` — are printed as a linter prints them;
 * a file that cannot be used (not text, a second copy, a `sources.json` that is not right) stops
 * the build with one line per problem naming the file and the reason.
 */
export function policyLoader(): Loader {
  return {
    name: 'policy-documents',
    schema: policyDocumentSchema,
    async load({ store, logger, parseData, generateDigest, config }) {
      const directory = resolve(fileURLToPath(config.root), contentDirectory());
      const results = await parseContentFolder(directory);
      const warnings = results.map((result) => result.file).filter((file) => file.messages.some((message) => message.fatal !== undefined));
      if (warnings.length > 0) logger.warn(`\n${reporter(warnings, { quiet: true })}`);
      const failed = results.filter((result) => hasFatal(result.file));
      if (failed.length > 0) {
        const lines = failed.flatMap((result) => result.file.messages.filter((message) => message.fatal).map((message) => `${result.path}: ${message.reason}`));
        throw new ContentError(`Kan inte bygga från ${failed.length === 1 ? 'en fil' : `${failed.length} filer`}:\n${lines.join('\n')}`);
      }
      const parsed = results.flatMap((result) => (result.document ? [{ document: result.document, text: String(result.file.value) }] : []));
      if (parsed.length === 0) throw new ContentError(`${shownPath(directory)}: inga .txt-filer att bygga från.`);
      store.clear();
      for (const { document, text } of parsed) {
        const data = await parseData({ id: document.id, data: document });
        // The decoded source text is kept as the entry's body: the source page shows it without reading the disk again.
        store.set({ id: document.id, data, body: text, digest: generateDigest(data) });
      }
      const documents = parsed.map(({ document }) => document);
      logger.info(`${documents.length} dokument tolkade från ${shownPath(directory)}`);
    },
  };
}
