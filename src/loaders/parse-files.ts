/**
 * Reading documents from disk and parsing them: the one place where the build (the content
 * loader), `npm run parse` and the benchmarks meet the file system. The parser itself stays pure.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { VFile } from 'vfile';
import { assignDocumentIds } from '../parser/document-ids.ts';
import { report } from '../parser/diagnostics.ts';
import type { SourceFacts } from '../parser/metadata/extract-metadata.ts';
import { parsePolicyDocument } from '../parser/parse-document.ts';
import type { PolicyDocument } from '../schema/policy-document.ts';
import { listContentFolder } from './content-folder.ts';
import { refuseDuplicates } from './duplicates.ts';
import { shownRelativePath } from './shown-path.ts';
import { loadSourceFacts, sourceKey } from './source-facts.ts';

export interface ParsedFile {
  /** The path as shown on pages and in the terminal (`shownPath`). */
  readonly path: string;
  /** `null` when the file was not read, could not be parsed, or was refused: `file` says why. */
  readonly document: PolicyDocument | null;
  readonly file: VFile;
}

/** The folder the site is built from: `content/`, or `CONTENT_DIR` (an absolute or relative path). */
export function contentDirectory(): string {
  return process.env.CONTENT_DIR?.trim() || 'content';
}

/** The text files of a content folder and its subfolders, in a stable order (`listContentFolder`). */
export async function listDocumentFiles(directory: string): Promise<string[]> {
  return (await listContentFolder(directory)).documents;
}

/** `sources.json` in the content folder, checked; throws one message per problem when it is not right. */
export async function readSourceFacts(directory: string): Promise<Record<string, SourceFacts>> {
  const { facts, file } = await loadSourceFacts(
    directory,
    (await listDocumentFiles(directory)).map((path) => sourceKey(directory, path)),
  );
  const fatal = file.messages.filter((message) => message.fatal === true);
  if (fatal.length > 0) throw new Error(fatal.map((message) => `${file.path}: ${message.reason}`).join('\n'));
  return facts;
}

/**
 * Parse files in the given order, with the facts of `sources.json` looked up by each file's path
 * inside `folder` (`sourceKey`; by default the file's own folder).
 */
export async function parseFiles(paths: readonly string[], facts: Record<string, SourceFacts> = {}, folder?: string): Promise<ParsedFile[]> {
  return parseDocuments(paths, (path) => facts[sourceKey(folder ?? dirname(path), path)] ?? {});
}

/**
 * Parse files in the given order. A file with the same bytes as another that comes before it in
 * `stablePathOrder` is refused, and ids are made unique across the rest.
 */
export async function parseDocuments(paths: readonly string[], factsOf: (path: string) => SourceFacts): Promise<ParsedFile[]> {
  const results: ParsedFile[] = [];
  for (const path of paths) {
    const shown = shownRelativePath(path);
    const bytes = await readFile(path).then(
      (buffer) => new Uint8Array(buffer),
      (error: NodeJS.ErrnoException) => error,
    );
    if (bytes instanceof Error) {
      const file = new VFile({ path: shown });
      report(file, 'fatal', 'unreadable-file', `Filen kunde inte läsas (${bytes.code ?? bytes.message}).`);
      results.push({ path: shown, document: null, file });
      continue;
    }
    const { document, file } = await parsePolicyDocument(bytes, { path: shown, facts: factsOf(path) });
    results.push({ path: shown, document, file });
  }
  const kept = refuseDuplicates(results);
  assignDocumentIds(kept.flatMap((result) => (result.document ? [result.document] : [])));
  return kept;
}

export interface ContentFolderPlan {
  /** The text files to parse, in a stable order. */
  readonly documents: string[];
  /** Each text file's facts from `sources.json`, by its path. */
  readonly facts: ReadonlyMap<string, SourceFacts>;
  /** `sources.json` (when it has messages) and every entry not read, each with its message. */
  readonly reports: ParsedFile[];
}

/** What reading a content folder means: its text files, their facts, and what is not read and why. */
export async function planContentFolder(folder: string): Promise<ContentFolderPlan> {
  const listing = await listContentFolder(folder);
  const sources = await loadSourceFacts(
    folder,
    listing.documents.map((path) => sourceKey(folder, path)),
  );
  const facts = new Map(listing.documents.map((path) => [path, sources.facts[sourceKey(folder, path)] ?? {}]));
  const notRead = listing.notRead.map(({ path, ruleId, reason }) => {
    const file = new VFile({ path: shownRelativePath(path) });
    report(file, 'warning', ruleId, reason);
    return { path: String(file.path), document: null, file };
  });
  const sourcesReport = sources.file.messages.length > 0 ? [{ path: String(sources.file.path), document: null, file: sources.file }] : [];
  return { documents: listing.documents, facts, reports: [...sourcesReport, ...notRead] };
}

/** Everything in a content folder: each text file parsed, then `sources.json` and each entry not read, with their messages. */
export async function parseContentFolder(folder: string): Promise<ParsedFile[]> {
  const plan = await planContentFolder(folder);
  return [...(await parseDocuments(plan.documents, (path) => plan.facts.get(path) ?? {})), ...plan.reports];
}
