/**
 * The quickest answers, as short cards on the overview, each linked to the `/ansvar/` page that
 * gives the whole answer: who decides on twin towns, who follows up the work, who coordinates it,
 * who approves projects. Each is counted from the view model that page draws from, never a second
 * time: a kind's comparison (`compareByKind` of the ansvar feature, which the page hands in, as a
 * feature imports no other feature) and `followUpAnswer` for the follow-up table. In counts of
 * documents, so a card reads the same for 5 documents as for 300.
 */
import type { PolicyDocument } from '../../schema/policy-document.ts';
import { getDutyKind, type DutyKindKey } from '../../taxonomy/duties.ts';
import type { RoleKey } from '../../taxonomy/roles.ts';
import { followUpAnswer } from '../../lib/follow-up-answer.ts';
import { routes } from '../../lib/routes.ts';
import { listSv, lowerFirst } from '../../lib/swedish.ts';
import { pageDesign } from '../../lib/scale.ts';
import { followUpHref } from './ways-in.ts';

export interface AnswerCard {
  readonly question: string;
  /** `Kommunfullmäktige i 2 av 5 dokument, kommunstyrelsen i 1.` */
  readonly answer: string;
  /** `2 av 5 dokument säger inte vem.` (empty when every document does) */
  readonly gap: string;
  /** Another fact from the same page, or `''`. */
  readonly more: string;
  /** The page with the whole answer. */
  readonly href: string;
  /** What the card counts: the kind of duty, and the role (`null`: any role). */
  readonly kind: DutyKindKey;
  readonly role: RoleKey | null;
}

/**
 * What a card reads of a kind's comparison on `/ansvar/<uppgift>/` (`Comparison` of the ansvar
 * feature has this shape): its actors, and per document the roles each of them holds.
 */
export interface KindComparison {
  readonly columns: readonly { readonly label: string }[];
  readonly rows: readonly { readonly cells: readonly (readonly RoleKey[])[] }[];
}

/** The comparison of the documents for one kind of duty. */
export type CompareByKind = (kind: DutyKindKey) => KindComparison;

/** An actor and the number of documents in which it holds the duty asked about. */
interface Holder {
  readonly label: string;
  readonly documents: number;
}

const collator = new Intl.Collator('sv');

/** Named holders at most; the others are counted. */
const NAMED_HOLDERS = 2;

/**
 * `Kommunfullmäktige i 2 av 5 dokument och kommunstyrelsen i 1`; `Kommunstyrelsen i 3 av 5 dokument
 * och 3 andra aktörer i 1 dokument var`: the holders that lead, named; a tie is counted, not picked from.
 */
function holdersInWords(holders: readonly Holder[], total: number): string {
  if (total === 0) return 'Det finns inga dokument.';
  if (holders.length === 0) return total === 1 ? 'Dokumentet säger inte vem.' : `Inget av de ${total} dokumenten säger vem.`;
  let shown = holders.slice(0, NAMED_HOLDERS);
  if (holders.length === NAMED_HOLDERS + 1) shown = [...holders];
  else if (holders[shown.length]?.documents === shown.at(-1)!.documents) shown = shown.filter((holder) => holder.documents > shown.at(-1)!.documents);
  if (shown.length === 0) shown = holders.slice(0, 1);
  const rest = holders.slice(shown.length);
  const each = rest.every((holder) => holder.documents === rest[0]?.documents) ? ` i ${rest[0]?.documents} dokument var` : '';
  const parts = [
    ...shown.map((holder, index) =>
      index === 0 ? `${holder.label} i ${holder.documents} av ${total} dokument` : `${lowerFirst(holder.label)} i ${holder.documents}`,
    ),
    ...(rest.length === 0 ? [] : [rest.length === 1 ? `1 annan aktör i ${rest[0]!.documents}` : `${rest.length} andra aktörer${each}`]),
  ];
  return `${listSv(parts)}.`;
}

/** `2 av 5 dokument säger inte vem.` */
function gapInWords(named: number, total: number): string {
  return named === total || named === 0 ? '' : `${total - named} av ${total} dokument säger inte vem.`;
}

/** Most documents first; ties in the order given (the comparison's: from fullmäktige downwards). */
const ranked = (holders: readonly Holder[]): Holder[] => holders.filter((holder) => holder.documents > 0).sort((a, b) => b.documents - a.documents);

/** Who holds one kind of duty in one role, counted from the kind's comparison (`/ansvar/<uppgift>/`). */
function kindCard(compareByKind: CompareByKind, question: string, kind: DutyKindKey, role: RoleKey): AnswerCard {
  const comparison = compareByKind(kind);
  const total = comparison.rows.length;
  const holders = comparison.columns.map((column, index) => ({
    label: column.label,
    documents: comparison.rows.filter((row) => row.cells[index]?.includes(role)).length,
  }));
  const named = comparison.rows.filter((row) => row.cells.some((roles) => roles.includes(role))).length;
  return {
    question,
    answer: holdersInWords(ranked(holders), total),
    gap: gapInWords(named, total),
    more: '',
    href: routes.ansvarKind(getDutyKind(kind).slug),
    kind,
    role,
  };
}

/** Who is given the follow-up, from the follow-up answer (the table on `/ansvar/uppfoljning/`). */
function followUpCard(documents: readonly PolicyDocument[]): AnswerCard {
  const answers = documents.map(followUpAnswer);
  const total = answers.length;
  const perAssignee = new Map<string, number>();
  for (const answer of answers) for (const assignee of answer.assignees) perAssignee.set(assignee, (perAssignee.get(assignee) ?? 0) + 1);
  // In Swedish order, so that ties read alphabetically, as in the table's list of assignees.
  const holders = [...perAssignee].map(([label, count]) => ({ label, documents: count })).sort((a, b) => collator.compare(a.label, b.label));
  const named = answers.filter((answer) => answer.assignees.length > 0).length;
  const ownSection = answers.filter((answer) => answer.sections.length > 0).length;
  return {
    question: 'Vem följer upp arbetet?',
    answer: holdersInWords(ranked(holders), total),
    gap: gapInWords(named, total),
    more: total === 0 ? '' : `${ownSection} av ${total} dokument har ett eget avsnitt om uppföljning.`,
    href: followUpHref(pageDesign(documents.length)),
    kind: 'follow-up',
    role: null,
  };
}

/** The cards, in the order the overview shows them; `compareByKind` compares the same `documents`. */
export function answerCards(documents: readonly PolicyDocument[], compareByKind: CompareByKind): AnswerCard[] {
  return [
    kindCard(compareByKind, 'Vem beslutar om vänorter?', 'twin-towns', 'decides'),
    followUpCard(documents),
    kindCard(compareByKind, 'Vem samordnar arbetet?', 'coordination', 'leads'),
    kindCard(compareByKind, 'Vem godkänner projekt?', 'project-approval', 'decides'),
  ];
}
