/**
 * Reading a built site's files in tests: a file's path from its site path, its bytes (for
 * `measurePage`), its text and the published documents (`/data/documents.json`, checked by the schema).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteReader } from '../../scripts/bench/page-weight.ts';
import { policyDocumentSchema, type PolicyDocument } from '../../src/schema/policy-document.ts';

export interface BuiltSite {
  /** The file of a site path (`/ansvar/` → `<dist>/ansvar`). */
  readonly file: (sitePath: string) => string;
  /** The bytes of a site path's file, or `null` when there is none. */
  readonly read: SiteReader;
  /** The text of a site path's file; a folder's `index.html` for a path ending in `/`. */
  readonly text: (sitePath: string) => string;
  /** The documents the site publishes. */
  readonly published: () => PolicyDocument[];
}

export function builtSite(dist: string): BuiltSite {
  const file = (sitePath: string) => join(dist, ...sitePath.split('/').filter(Boolean));
  const read: SiteReader = (sitePath) => {
    const path = file(sitePath);
    return existsSync(path) && statSync(path).isFile() ? new Uint8Array(readFileSync(path)) : null;
  };
  const text = (sitePath: string) => readFileSync(sitePath.endsWith('/') ? join(file(sitePath), 'index.html') : file(sitePath), 'utf8');
  const published = () => (JSON.parse(text('/data/documents.json')) as unknown[]).map((document) => policyDocumentSchema.parse(document));
  return { file, read, text, published };
}
