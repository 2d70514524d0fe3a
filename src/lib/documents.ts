import { getCollection } from 'astro:content';
import type { PolicyDocument } from '../schema/policy-document.ts';

const collator = new Intl.Collator('sv');

async function loadDocuments(): Promise<PolicyDocument[]> {
  const entries = await getCollection('documents');
  return entries
    .map((entry) => entry.data as PolicyDocument)
    .sort((a, b) => collator.compare(a.municipality ?? a.title, b.municipality ?? b.title) || newestFirst(a, b) || collator.compare(a.title, b.title));
}

/** A municipality's documents: the newest decision first, undated ones last. ISO dates compare as strings. */
function newestFirst(a: PolicyDocument, b: PolicyDocument): number {
  const [left, right] = [a.adopted.date, b.adopted.date];
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? 1 : -1;
}

let cached: Promise<PolicyDocument[]> | undefined;

/** All documents, in Swedish order of municipality, a municipality's newest first, then by title. Loaded once per build. */
export function getDocuments(): Promise<PolicyDocument[]> {
  if (!cached) cached = loadDocuments();
  return cached;
}
