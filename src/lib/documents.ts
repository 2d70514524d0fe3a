import { getCollection, getEntry } from 'astro:content';
import type { PolicyDocument } from '../schema/policy-document.ts';
import { newestFirst } from './format.ts';

const collator = new Intl.Collator('sv');

async function loadDocuments(): Promise<PolicyDocument[]> {
  const entries = await getCollection('documents');
  return entries
    .map((entry) => entry.data as PolicyDocument)
    .sort(
      (a, b) =>
        collator.compare(a.municipality ?? a.title, b.municipality ?? b.title) ||
        newestFirst(a.adopted.date, b.adopted.date) ||
        collator.compare(a.title, b.title),
    );
}

let cached: Promise<PolicyDocument[]> | undefined;

/** All documents, in Swedish order of municipality, a municipality's newest first, then by title. Loaded once per build. */
export function getDocuments(): Promise<PolicyDocument[]> {
  if (!cached) cached = loadDocuments();
  return cached;
}

/** A document's source text as decoded when it was loaded (`policy-loader.ts` keeps it as the entry's body). */
export async function getDocumentSource(id: string): Promise<string> {
  const entry = await getEntry('documents', id);
  if (entry?.body === undefined) throw new Error(`Dokumentet ${id} saknar källtext i innehållslagret.`);
  return entry.body;
}
