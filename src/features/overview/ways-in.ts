/**
 * Ways into the site from the overview: the questions readers come with, each linked to the page
 * that answers it, and the addresses of the searches worth trying (chosen from the documents by
 * the search, `search/build/examples.ts`, and given to the page). Every address comes from the
 * routes module, and a comparison row's `?k=` key from the taxonomy, so each link is valid.
 */
import { getCategory } from '../../taxonomy/categories.ts';
import { FOLLOW_UP_ANSWER_HREF } from '../../lib/follow-up-answer.ts';
import { routes } from '../../lib/routes.ts';
import type { PageDesign } from '../../lib/scale.ts';
import { getDutyKind } from '../../taxonomy/duties.ts';

export interface WayIn {
  readonly href: string;
  readonly label: string;
  readonly description: string;
}

/**
 * Where the follow-up question is answered: the table of the follow-up page of `/ansvar/`, document
 * by document; above `PER_DOCUMENT_MAX` documents that page sums them (the table is on its county pages).
 */
export function followUpHref(design: PageDesign): string {
  return design === 'per-document' ? FOLLOW_UP_ANSWER_HREF : routes.ansvarKind(getDutyKind('follow-up').slug);
}

/** The questions on the overview, each with the page that answers it; the whole comparison first. */
export const questions = (design: PageDesign): readonly WayIn[] => [
  { href: routes.compare(), label: 'Alla dokument sida vid sida', description: 'Syfte, mål, prioriteringar, ansvar och uppföljning, avsnitt för avsnitt.' },
  {
    href: routes.ansvar(),
    label: 'Vem ansvarar för vad?',
    description: 'Vem gör vad: vem som beslutar, samordnar, genomför och följer upp, dokument för dokument.',
  },
  {
    href: followUpHref(design),
    label: 'Hur följs arbetet upp?',
    description: 'Dokument för dokument: eget avsnitt, var uppföljningen nämns och vem som gör den.',
  },
  {
    href: routes.compare({ category: getCategory('purpose').urlKey }),
    label: 'Varför arbeta internationellt?',
    description: 'Dokumentens syfte, bredvid varandra.',
  },
  { href: routes.teman(), label: 'Vad prioriteras?', description: 'Teman som EU, vänorter och miljö, och hur tungt de väger i varje dokument.' },
];

/** The search page's address for a query. */
export function searchHref(query: string): string {
  return routes.search({ q: query });
}
