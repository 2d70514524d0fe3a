/**
 * Reading documents from disk and parsing them: the one place where the build (the content
 * loader), `npm run parse` and the benchmarks meet the file system. The parser itself stays pure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { VFile } from 'vfile';
import { assignDocumentIds } from '../parser/document-ids.ts';
import type { SourceFacts } from '../parser/metadata/extract-metadata.ts';
import { parsePolicyDocument } from '../parser/parse-document.ts';
import type { PolicyDocument } from '../schema/policy-document.ts';

export interface ParsedFile {
  readonly path: string;
  readonly document: PolicyDocument | null;
  readonly file: VFile;
}

/** The folder the site is built from: `content/`, or `CONTENT_DIR` (an absolute or relative path). */
export function contentDirectory(): string {
  return process.env.CONTENT_DIR?.trim() || 'content';
}

const collator = new Intl.Collator('sv');

/** The `.txt` files of a content folder, in Swedish order. */
export async function listDocumentFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => join(directory, entry.name))
    .sort(collator.compare);
}

/** `sources.json` in the content folder: where each file was found (`{ "file.txt": { url, retrieved } }`). */
export async function readSourceFacts(directory: string): Promise<Record<string, SourceFacts>> {
  try {
    const text = await readFile(join(directory, 'sources.json'), 'utf8');
    const parsed = JSON.parse(text) as { documents?: Record<string, SourceFacts> };
    return parsed.documents ?? {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${join(directory, 'sources.json')}: kunde inte läsas: ${(error as Error).message}`);
  }
}

/** Parse files in the given order; ids made unique across them. */
export async function parseFiles(paths: readonly string[], facts: Record<string, SourceFacts> = {}): Promise<ParsedFile[]> {
  const results: ParsedFile[] = [];
  for (const path of paths) {
    const bytes = new Uint8Array(await readFile(path));
    const shown = relative(process.cwd(), path) || path;
    const { document, file } = await parsePolicyDocument(bytes, { path: shown, facts: facts[basename(path)] ?? {} });
    results.push({ path: shown, document, file });
  }
  assignDocumentIds(results.flatMap((result) => (result.document ? [result.document] : [])));
  return results;
}
