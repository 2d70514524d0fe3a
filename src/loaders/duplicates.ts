/**
 * Two files with the same bytes are one document: read twice, it would count twice in every
 * comparison and chart. The first in `stablePathOrder` is kept — whatever order the files were
 * given in — and each other is refused with a message naming the one kept.
 */
import { report } from '../parser/diagnostics.ts';
import { stablePathOrder } from './content-folder.ts';
import type { ParsedFile } from './parse-files.ts';

export function refuseDuplicates(results: readonly ParsedFile[]): ParsedFile[] {
  const firstByHash = new Map<string, ParsedFile>();
  for (const result of [...results].sort((a, b) => stablePathOrder(a.path, b.path))) {
    const hash = result.document?.source.sha256;
    if (hash !== undefined && !firstByHash.has(hash)) firstByHash.set(hash, result);
  }
  return results.map((result) => {
    const first = result.document ? firstByHash.get(result.document.source.sha256) : undefined;
    if (!first || first === result) return result;
    report(
      result.file,
      'fatal',
      'duplicate-file',
      `Filen har samma innehåll, byte för byte, som ${first.path}; den skulle räknas två gånger i varje jämförelse. Ta bort en av filerna.`,
    );
    return { ...result, document: null };
  });
}
