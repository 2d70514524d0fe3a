import { getCollection } from 'astro:content';
import type { PolicyDocument } from '../schema/policy-document.ts';
import { newestFirst } from './format.ts';

const collator = new Intl.Collator('sv');

async function loadDocuments(): Promise<PolicyDocument[]> {
  const entries = await getCollection('documents');
  return entries
    .map((entry) => entry.data as PolicyDocument)
    .sort((a, b) => collator.compare(a.municipality ?? a.title, b.municipality ?? b.title) || newestFirst(a.adopted.date, b.adopted.date) || collator.compare(a.title, b.title));
}

let cached: Promise<PolicyDocument[]> | undefined;

/** All documents, in Swedish order of municipality, a municipality's newest first, then by title. Loaded once per build. */
export function getDocuments(): Promise<PolicyDocument[]> {
  if (!cached) cached = loadDocuments();
  return cached;
}
