import type { Root } from 'mdast';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import './file-data.ts';
import { policyMetadata } from './metadata/plugin.ts';
import { policyResponsibilities } from './responsibilities/plugin.ts';
import { policySections } from './sections/plugin.ts';
import { tornSentences } from './tree/join-torn-sentences.ts';
import { parsePolicyText } from './tree/parse-policy-text.ts';
import { headingLines } from './tree/recognize-headings.ts';
import { inlineBullets } from './tree/split-inline-bullets.ts';
import { inlineHeadings } from './tree/split-inline-headings.ts';

/**
 * The parser's stages, in order, as one unified processor (made once). Each stage is a plugin: it
 * reads what earlier stages left in `file.data` (`file-data.ts`), adds its own result there, and
 * reports problems through `file.message`:
 *
 * 1. `parsePolicyText`: the text, line by line; noise removed and recorded; blocks (mdast).
 * 2. `tornSentences`: sentences torn by a page break joined again.
 * 3. `inlineBullets`: bullets inside a transcript's line made into lists.
 * 4. `inlineHeadings`: headings run into the text split off.
 * 5. `headingLines`: which lines are headings, the title marked.
 * 6. `policySections`: the outline, header fields and each section's category.
 * 7. `policyMetadata`: title, issuer, type, decision and header facts.
 * 8. `policyResponsibilities`: who does what.
 */
const processor = unified()
  .use(parsePolicyText)
  .use(tornSentences)
  .use(inlineBullets)
  .use(inlineHeadings)
  .use(headingLines)
  .use(policySections)
  .use(policyMetadata)
  .use(policyResponsibilities)
  .freeze();

/** Run every stage on a file whose `value` is the decoded text; the results are in `file.data`. */
export function runStages(file: VFile): void {
  const tree = processor.parse(file) as Root;
  processor.runSync(tree, file);
}
