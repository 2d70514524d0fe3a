/**
 * The five seeds keep their exact reading while the parser learns other documents: every section
 * (outline, category and its basis, text, source lines), every responsibility, the removals and
 * the metadata, pinned in one snapshot. A change here must be a deliberate improvement, made with
 * `vitest -u` and explained in the commit.
 */
import { expect, test } from 'vitest';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

test.each(Object.keys(SEEDS) as SeedName[])('%s reads as before', async (name) => {
  const document = await parseSeed(name);
  const { id, municipality, issuer, title, documentType, adopted, metadata } = document;
  const reading = {
    facts: { id, municipality, issuer, title, documentType, adopted, metadata },
    sections: document.sections.map(({ blocks: _blocks, ...section }) => section),
    responsibilities: document.responsibilities,
    removed: document.removed,
  };
  await expect(JSON.stringify(reading, null, 1)).toMatchFileSnapshot(`__snapshots__/seed-${name}.json`);
});
