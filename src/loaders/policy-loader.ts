import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { reporter } from 'vfile-reporter';
import { contentDirectory, listDocumentFiles, parseFiles, readSourceFacts } from '../node/parse-files.ts';
import { policyDocumentSchema } from '../schema/policy-document.ts';

/**
 * Astro content loader: parses every `.txt` file of the content folder (`content/`, or
 * `CONTENT_DIR`) into a `PolicyDocument`. Diagnostics are printed as a linter prints them;
 * a file that is not text stops the build with one line naming the file and the reason.
 */
export function policyLoader(): Loader {
  return {
    name: 'policy-documents',
    schema: policyDocumentSchema,
    async load({ store, logger, parseData, generateDigest, config }) {
      const directory = resolve(fileURLToPath(config.root), contentDirectory());
      const files = await listDocumentFiles(directory);
      if (files.length === 0) throw new Error(`${directory}: inga .txt-filer att bygga från.`);
      const results = await parseFiles(files, await readSourceFacts(directory));
      const warnings = results.map((result) => result.file).filter((file) => file.messages.some((message) => message.fatal !== undefined));
      if (warnings.length > 0) logger.warn(`\n${reporter(warnings, { quiet: true })}`);
      const failed = results.filter((result) => result.document === null);
      if (failed.length > 0) {
        const lines = failed.map((result) => `${result.path}: ${result.file.messages.find((message) => message.fatal)?.reason ?? 'okänt fel'}`);
        throw new Error(`Kan inte bygga från ${failed.length === 1 ? 'en fil' : `${failed.length} filer`}:\n${lines.join('\n')}`);
      }
      store.clear();
      for (const { document } of results) {
        const data = await parseData({ id: document!.id, data: document! });
        store.set({ id: document!.id, data, digest: generateDigest(data) });
      }
      logger.info(`${results.length} dokument tolkade från ${directory}`);
    },
  };
}
