/**
 * The static paths of the comparison pages under `/ansvar/` and of their county pages: one page
 * per kind of duty and per actor with duties; above `PER_DOCUMENT_MAX` documents (`../../lib/scale.ts`)
 * also one per subject and county (`/ansvar/vanorter/stockholms-lan/`).
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { countyLinks, countySplits, type CountyLink } from '../../lib/county-links.ts';
import { countyLead } from '../../lib/county-lead.ts';
import { groupByCounty } from '../../lib/counties.ts';
import { pageDesign } from '../../lib/scale.ts';
import { actorLabel, actorPath } from './actors.ts';
import { actorsWithDuties } from './comparison.ts';
import { DUTY_KIND_ORDER, dutyKindLabel, dutyKindPath } from './duty-kinds.ts';
import { subjectText, type AnsvarSubject } from './subject.ts';

/** What `SubjectPage.astro` needs, but the subject. */
export interface SubjectPageProps {
  readonly subject: AnsvarSubject;
  /** This page's path: the subject's, or its county page's. */
  readonly path: string;
  readonly documents: readonly PolicyDocument[];
  readonly summed: boolean;
  readonly county?: { readonly label: string; readonly lead: string };
  readonly counties: readonly CountyLink[];
  readonly others: {
    readonly heading: string;
    readonly id: string;
    readonly listId: string;
    readonly label: string;
    readonly links: readonly { href: string; label: string }[];
  };
}

/** Every kind's subject, and every actor's that holds a duty somewhere. */
export function subjectsOf(documents: readonly PolicyDocument[], type: AnsvarSubject['type']): AnsvarSubject[] {
  return type === 'kind' ? DUTY_KIND_ORDER.map((kind) => ({ type: 'kind', kind })) : actorsWithDuties(documents).map((actorId) => ({ type: 'actor', actorId }));
}

/** The other subjects of the same type; on a county page, their pages for the same county. */
function others(documents: readonly PolicyDocument[], type: AnsvarSubject['type'], countySlug = ''): SubjectPageProps['others'] {
  const under = (path: string) => (countySlug ? `${path}${countySlug}/` : path);
  return type === 'kind'
    ? {
        heading: 'Andra uppgifter',
        id: 'andra-uppgifter',
        listId: 'uppgifter',
        label: 'Uppgift',
        links: DUTY_KIND_ORDER.map((kind) => ({ href: under(dutyKindPath(kind)), label: dutyKindLabel(kind) })),
      }
    : {
        heading: 'Andra aktörer',
        id: 'andra-aktorer',
        listId: 'aktorer',
        label: 'Aktör',
        links: actorsWithDuties(documents).map((id) => ({ href: under(actorPath(id)), label: actorLabel(id) })),
      };
}

/** The subject's own page: every document compared, or summed with links to the county pages at scale. */
export function subjectPages(documents: readonly PolicyDocument[], type: AnsvarSubject['type']): SubjectPageProps[] {
  const summed = pageDesign(documents.length) === 'aggregate';
  const groups = summed ? groupByCounty(documents) : [];
  const links = others(documents, type);
  return subjectsOf(documents, type).map((subject) => ({
    subject,
    path: subjectText(subject).path,
    documents,
    summed,
    counties: countyLinks(groups, subjectText(subject).path),
    others: links,
  }));
}

/** The county pages of every subject (none up to `PER_DOCUMENT_MAX` documents), with their county's slug. */
export function subjectCountyPages(documents: readonly PolicyDocument[], type: AnsvarSubject['type']): (SubjectPageProps & { readonly slug: string })[] {
  if (pageDesign(documents.length) === 'per-document') return [];
  const subjects = subjectsOf(documents, type);
  return subjects.flatMap((subject) =>
    countySplits(documents, subjectText(subject).path).map(({ group, links: counties }) => ({
      subject,
      path: `${subjectText(subject).path}${group.slug}/`,
      slug: group.slug,
      documents: group.documents,
      summed: false,
      county: { label: group.label, lead: countyLead(group) },
      counties,
      others: others(documents, type, group.slug),
    })),
  );
}
