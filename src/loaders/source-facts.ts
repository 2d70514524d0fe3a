/**
 * `sources.json` in the content folder: what the text of each file cannot hold (where it was
 * found). It is read as a whole and checked against one schema; every problem becomes one message
 * (Swedish) on the file `sources.json`, naming the entry and what is wrong, in the same channel as
 * the parser's messages. Keys and file names are compared in NFC, so a name written on a system
 * that stores names decomposed (NFD) still finds its entry.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { VFile } from 'vfile';
import { report } from '../parser/diagnostics.ts';
import type { SourceFacts } from '../parser/metadata/extract-metadata.ts';
import { shownPath, shownRelativePath } from './shown-path.ts';

export const SOURCES_FILE = 'sources.json';

const entrySchema = z.strictObject(
  {
    url: z
      .url({ protocol: /^https?$/u, error: 'ska vara en webbadress som börjar med http:// eller https://, eller null' })
      .nullable()
      .optional(),
    retrieved: z.iso.date({ error: 'ska vara ett datum skrivet ÅÅÅÅ-MM-DD, eller null' }).nullable().optional(),
    origin: z.string({ error: 'ska vara en text, eller null' }).nullable().optional(),
  },
  { error: 'ska vara ett objekt med fälten url, retrieved och origin' },
);

const sourcesSchema = z.strictObject(
  {
    _note: z.string({ error: 'ska vara en text' }).optional(),
    documents: z.record(z.string(), entrySchema, { error: 'ska vara ett objekt med en post per fil' }),
  },
  { error: 'ska vara ett objekt med fältet documents' },
);

export interface LoadedSourceFacts {
  /** Each entry's facts, by the file's path inside the content folder, in NFC. */
  readonly facts: Record<string, SourceFacts>;
  /** `sources.json` with its messages (none when it is fine or absent). */
  readonly file: VFile;
}

/** The key a file's entry has in `sources.json`: its path inside the content folder, `/`-separated, NFC. */
export function sourceKey(folder: string, path: string): string {
  return relative(folder, path).split(/[\\/]/u).join('/').normalize('NFC');
}

/**
 * Read and check `sources.json` (absent is fine: no facts). `documentKeys` are the keys of the
 * files that will be read: an entry for none of them is a warning, since the site stays right
 * without it but its facts (likely meant for a renamed file) are lost.
 */
export async function loadSourceFacts(folder: string, documentKeys: readonly string[]): Promise<LoadedSourceFacts> {
  const path = join(folder, SOURCES_FILE);
  const file = new VFile({ path: shownRelativePath(path) });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { facts: {}, file };
    report(file, 'fatal', 'sources-unreadable', `Filen kunde inte läsas (${(error as NodeJS.ErrnoException).code ?? 'okänt fel'}).`);
    return { facts: {}, file };
  }
  const json = parseJson(text);
  if (!json.ok) {
    report(file, 'fatal', 'sources-invalid-json', `Filen är inte giltig JSON (JSON.parse: ”${shownPath(json.reason)}”).`, json.line, json.column);
    return { facts: {}, file };
  }
  const checked = sourcesSchema.safeParse(json.value);
  if (!checked.success) {
    for (const issue of checked.error.issues) report(file, 'fatal', 'sources-invalid-entry', describeIssue(issue));
    return { facts: {}, file };
  }
  const facts: Record<string, SourceFacts> = {};
  const written = new Map<string, string>();
  for (const [key, entry] of Object.entries(checked.data.documents)) {
    const normal = key.normalize('NFC');
    const earlier = written.get(normal);
    if (earlier !== undefined)
      report(
        file,
        'fatal',
        'sources-duplicate-entry',
        `Posterna ”${shownPath(earlier)}” och ”${shownPath(key)}” gäller samma fil (namnen skiljer sig bara i hur tecknen är sammansatta, NFC/NFD).`,
      );
    written.set(normal, key);
    facts[normal] = entry;
  }
  const known = new Set(documentKeys.map((key) => key.normalize('NFC')));
  for (const [normal, key] of written) {
    if (!known.has(normal))
      report(
        file,
        'warning',
        'sources-entry-without-file',
        `Posten ”${shownPath(key)}” gäller en fil som inte finns bland dokumenten; uppgifterna används inte.`,
      );
  }
  return { facts, file };
}

type JsonResult = { ok: true; value: unknown } | { ok: false; reason: string; line?: number; column?: number };

function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = (error as Error).message;
    const offset = /position (\d+)/u.exec(reason)?.[1];
    if (offset === undefined) return { ok: false, reason };
    const before = text.slice(0, Number(offset)).split('\n');
    return { ok: false, reason, line: before.length, column: before.at(-1)!.length + 1 };
  }
}

/** One schema problem as a sentence: which entry (and field) of `sources.json`, and what is wrong. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [top, key, field] = issue.path.map(String);
  const place =
    top !== 'documents' || key === undefined
      ? top === undefined
        ? 'Filen'
        : `Fältet ”${shownPath(top)}”`
      : field === undefined
        ? `Posten ”${shownPath(key)}”`
        : `Posten ”${shownPath(key)}”, fältet ”${shownPath(field)}”,`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((unknown) => `”${shownPath(unknown)}”`).join(', ');
    const allowed = top === 'documents' ? 'url, retrieved och origin' : '_note och documents';
    return `${place} har ${issue.keys.length === 1 ? 'en okänd nyckel' : 'okända nycklar'}: ${keys}; tillåtna är ${allowed}.`;
  }
  return `${place} ${issue.message}.`;
}
