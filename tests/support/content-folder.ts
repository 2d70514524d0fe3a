/** Small content folders built in a temporary folder, for tests of how a folder is read. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A folder holding the given files (`sub/a.txt` makes the subfolder); its path. */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}

/** A short steering document of a municipality that parses cleanly. */
export function policyText(municipality: string, title: string, adopted: string, extra = ''): string {
  return `${title}\n\nAntagen av kommunfullmäktige ${adopted}\n${extra}\nSyfte\n\n${municipality} kommun ska samarbeta med andra kommuner.\n\nAnsvar\n\nKommunstyrelsen samordnar arbetet.\n`;
}
