import type { Root } from 'mdast';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { Removal } from '../schema/policy-document.ts';
import type { NoiseResult } from './noise/index.ts';
import { joinTornSentences } from './tree/join-torn-sentences.ts';
import { parsePolicyText } from './tree/parse-blocks.ts';
import { recognizeHeadings } from './tree/recognize-headings.ts';
import { splitInlineBullets } from './tree/split-inline-bullets.ts';
import { splitInlineHeadings } from './tree/split-inline-headings.ts';

export interface TreeOptions {
  readonly noise: NoiseResult;
  readonly title: string | null;
  /** Where the tree steps record what they take out (the joins of torn sentences). */
  readonly removed: Removal[];
}

/**
 * The unified pipeline from cleaned lines to an mdast tree: parse blocks, join sentences torn by
 * page breaks, split headings glued into paragraphs, and recognise heading lines.
 */
export function buildTree(file: VFile, options: TreeOptions): Root {
  const { noise, title, removed } = options;
  const processor = unified()
    .use(parsePolicyText, { lines: noise.lines })
    .use(() => (tree: Root) => joinTornSentences(tree, removed))
    .use(() => splitInlineBullets)
    .use(() => (tree: Root) =>
      splitInlineHeadings(tree, { tocEntries: noise.tocEntries, tocText: noise.tocText, unnumbered: noise.transcript }),
    )
    .use(() => (tree: Root) => recognizeHeadings(tree, { title, tocEntries: noise.tocEntries }));
  const tree = processor.parse(file) as Root;
  return processor.runSync(tree, file) as Root;
}
