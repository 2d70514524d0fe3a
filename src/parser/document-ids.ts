import type { PolicyDocument } from '../schema/policy-document.ts';
import { slugify } from '../taxonomy/municipalities.ts';

/** Hex digits of the content hash that tell documents apart when nothing else in them does. */
const HASH_DIGITS = 8;
/** The label a reference number is written with (`Dnr 2001/152`), slugified: not what tells documents apart. */
const REFERENCE_LABEL = /^(diarienummer|diarienr|diarie-nr|dnr|arendenummer|arendenr)-/u;

/**
 * Give every document a unique URL id, from what it says and never from where or in what order its
 * file lies: renaming or reordering files keeps every id. A municipality's only document is just
 * its slug (`hylte`); where a municipality has several, each gets the first of these that none of
 * the others could also get: its adoption year, its document type, the year and type together, its
 * first reference number (diarienummer), a word of its title, and last a few digits of its content
 * hash (`tyreso-2020`, `tyreso-strategi`, `tyreso-ks-2019-114`).
 */
export function assignDocumentIds(documents: PolicyDocument[]): void {
  const groups = new Map<string, PolicyDocument[]>();
  for (const document of documents) groups.set(document.id, [...(groups.get(document.id) ?? []), document]);
  const bases = new Set(groups.keys());
  for (const [base, group] of groups) {
    if (group.length === 1) continue;
    const candidates = new Map(group.map((document) => [document, idCandidates(document, base)]));
    for (const document of group) {
      const others = group.filter((other) => other !== document).flatMap((other) => candidates.get(other)!);
      const own = candidates.get(document)!;
      document.id = own.find((candidate) => !others.includes(candidate) && !bases.has(candidate)) ?? own.at(-1)!;
    }
  }
  keepIdsUnique(documents);
}

/** The ids a document of a shared base could have, most telling first; the last is from its content hash. */
function idCandidates(document: PolicyDocument, base: string): string[] {
  const year = document.adopted.date?.slice(0, 4);
  const type = document.documentType;
  const reference = document.metadata.referenceNumbers.map((written) => slugify(written).replace(REFERENCE_LABEL, '')).find(Boolean);
  const words = slugify(document.title)
    .split('-')
    .filter((word) => word.length > 3 && !base.split('-').includes(word));
  const suffixes = [year, type, year && type ? `${year}-${type}` : undefined, reference, ...words, document.source.sha256.slice(0, HASH_DIGITS)];
  return suffixes.filter((suffix): suffix is string => Boolean(suffix)).map((suffix) => `${base}-${suffix}`);
}

/**
 * Where two documents still share an id (the base of one is a suffixed id of another, or the same
 * bytes were given twice), each gets its content hash as well; the same bytes given twice (which
 * `parseFiles` refuses) are then numbered in the order given.
 */
function keepIdsUnique(documents: PolicyDocument[]): void {
  const byId = new Map<string, PolicyDocument[]>();
  for (const document of documents) byId.set(document.id, [...(byId.get(document.id) ?? []), document]);
  for (const [id, sharing] of byId) {
    if (sharing.length === 1) continue;
    for (const document of sharing) document.id = `${id}-${document.source.sha256.slice(0, HASH_DIGITS)}`;
    const twins = sharing.filter((document) => sharing.some((other) => other !== document && other.id === document.id));
    twins.forEach((document, index) => {
      document.id = `${document.id}-${index + 1}`;
    });
  }
}
