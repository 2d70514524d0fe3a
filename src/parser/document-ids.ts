import type { PolicyDocument } from '../schema/policy-document.ts';
import { slugify } from '../taxonomy/municipalities.ts';

const MAX_SLUG_LENGTH = 50;

/** A document's URL slug from its municipality (or title): ascii-folded, at most 50 characters, cut between words. */
export function documentSlug(name: string): string {
  const slug = slugify(name);
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'dokument';
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-')) || slug.slice(0, MAX_SLUG_LENGTH);
}

/**
 * Give every document a unique URL id. A municipality's only document is just its slug
 * (`hylte`); where a municipality has several, each gets its adoption year, or failing that the
 * first distinguishing word of its title, or a counter (`tyreso-2020`, `tyreso-strategi`).
 */
export function assignDocumentIds(documents: PolicyDocument[]): void {
  const groups = new Map<string, PolicyDocument[]>();
  for (const document of documents) groups.set(document.id, [...(groups.get(document.id) ?? []), document]);
  const taken = new Set<string>();
  for (const [base, group] of groups) {
    if (group.length === 1) {
      taken.add(base);
      continue;
    }
    for (const document of group) {
      const year = document.adopted.date?.slice(0, 4);
      const word = slugify(document.title).split('-').find((part) => part.length > 3 && !base.includes(part));
      const candidates = [year && `${base}-${year}`, word && `${base}-${word}`].filter((candidate): candidate is string => Boolean(candidate));
      let id = candidates.find((candidate) => !taken.has(candidate) && group.filter((other) => other !== document).every((other) => !candidateFor(other, base).includes(candidate)));
      if (!id) {
        let counter = 2;
        while (taken.has(`${base}-${counter}`)) counter++;
        id = `${base}-${counter}`;
      }
      taken.add(id);
      document.id = id;
    }
  }
}

function candidateFor(document: PolicyDocument, base: string): string[] {
  const year = document.adopted.date?.slice(0, 4);
  const word = slugify(document.title).split('-').find((part) => part.length > 3 && !base.includes(part));
  return [year ? `${base}-${year}` : '', word ? `${base}-${word}` : ''];
}
