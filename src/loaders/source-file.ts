/**
 * A document's source file on disk. `source.file` is the path as shown (`shownPath`: NFC, unsafe
 * characters escaped), which is not always the name on disk; the content folder is listed once
 * and each shown path mapped back to the file it was made from.
 */
import { readFile } from 'node:fs/promises';
import type { PolicyDocument } from '../schema/policy-document.ts';
import { listDocumentFiles } from './parse-files.ts';
import { shownRelativePath } from './shown-path.ts';

let onDisk: Promise<Map<string, string>> | undefined;

function pathsOnDisk(folder: string): Promise<Map<string, string>> {
  onDisk ??= listDocumentFiles(folder).then((paths) => new Map(paths.map((path) => [shownRelativePath(path), path])));
  return onDisk;
}

/** The bytes of the file a document of the content folder `folder` was parsed from. */
export async function readSourceBytes(document: Pick<PolicyDocument, 'source'>, folder: string): Promise<Uint8Array> {
  const path = (await pathsOnDisk(folder)).get(document.source.file) ?? document.source.file;
  return new Uint8Array(await readFile(path));
}
