/**
 * What a content folder holds, entry by entry: the text files that become documents, and every
 * other entry with the reason it is not read. Nothing is left out without a reason a maintainer
 * sees, except the files a folder holds for people and tools, never documents (`IGNORED`).
 *
 * - `.txt` files (any case of the extension), in the folder and in its subfolders, are read.
 * - Symbolic links are never followed, to a file or a folder: one may point outside the folder.
 * - Other formats (PDF, Word, HTML, Markdown …) are not read yet.
 * - Hidden entries (a name starting with a dot) and anything that is not a file or a folder
 *   (a socket, a device) are not read.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { shownPath } from './shown-path.ts';

export interface EntryNotRead {
  readonly path: string;
  readonly ruleId: string;
  /** Why the entry is not read, in Swedish, for the build output and `npm run parse`. */
  readonly reason: string;
}

export interface ContentListing {
  /** The text files to read, in a stable order (Swedish, then by code unit). */
  readonly documents: string[];
  readonly notRead: EntryNotRead[];
}

/** The folder's facts file, a readme in any folder, and files operating systems and git leave behind. */
const IGNORED_ANYWHERE = /^(readme(\.(md|markdown|txt))?|\.ds_store|thumbs\.db|desktop\.ini|\.gitkeep)$/iu;
const FACTS_FILE = 'sources.json';

const collator = new Intl.Collator('sv');

/** Swedish order, then by code unit, so that two names Swedish order holds equal still have one order. */
export function stablePathOrder(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export async function listContentFolder(folder: string): Promise<ContentListing> {
  const documents: string[] = [];
  const notRead: EntryNotRead[] = [];
  const visit = async (directory: string): Promise<void> => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (IGNORED_ANYWHERE.test(entry.name) || (directory === folder && entry.name === FACTS_FILE)) continue;
      const reason = whyNotRead(entry);
      if (reason) notRead.push({ path, ...reason });
      else if (entry.isDirectory()) await visit(path);
      else documents.push(path);
    }
  };
  await visit(folder);
  return { documents: documents.sort(stablePathOrder), notRead: notRead.sort((a, b) => stablePathOrder(a.path, b.path)) };
}

function whyNotRead(entry: Dirent): Omit<EntryNotRead, 'path'> | null {
  if (entry.isSymbolicLink())
    return {
      ruleId: 'symlink-not-followed',
      reason: 'En symbolisk länk läses inte: länkar följs aldrig, eftersom de kan peka utanför innehållsmappen. Lägg filen själv i mappen.',
    };
  if (entry.name.startsWith('.')) return { ruleId: 'hidden-entry', reason: 'Dolda filer och mappar (namnet börjar med punkt) läses inte.' };
  if (entry.isDirectory()) return null;
  if (!entry.isFile()) return { ruleId: 'not-a-regular-file', reason: 'Varken en vanlig fil eller en mapp; läses inte.' };
  const extension = extname(entry.name);
  if (extension.toLowerCase() === '.txt') return null;
  if (extension === '') return { ruleId: 'format-not-read', reason: 'Filen har ingen filändelse och läses inte; bara textfiler (.txt) blir dokument.' };
  return {
    ruleId: 'format-not-read',
    reason: `Formatet ”${shownPath(extension)}” läses inte än; bara textfiler (.txt) blir dokument, så filen är inte med på webbplatsen.`,
  };
}
