/** The names of a document's parts, defined once for the page regions and the contents list. */
import type { PartKey } from '../../lib/document-outline.ts';
import { PAGE_IDS } from './page-ids.ts';

export interface PartLabel {
  /** The region's anchor. */
  readonly id: string;
  /** The region's heading. */
  readonly heading: string;
  /** The name in the contents list. */
  readonly short: string;
}

export const PART_LABELS: Record<PartKey, PartLabel> = {
  'cover-letter': {
    id: PAGE_IDS.coverLetter,
    heading: 'Följebrev (tjänsteskrivelse) – inte en del av styrdokumentet',
    short: 'Följebrev (tjänsteskrivelse) – inte styrdokumentet',
  },
  document: {
    id: PAGE_IDS.document,
    heading: 'Styrdokumentet',
    short: 'Styrdokumentet',
  },
};
