/**
 * What a search result shows: municipality, document, section (number, heading with its matches
 * marked), category, whether it is from a cover letter, the theme it was found through (if not by
 * its words) and the section's permalink, all from the index; and, from the section's text, one
 * or two snippets, the section's citation and, when the matches in its text are all in one
 * paragraph, that paragraph's link (`#syfte-p2`), in the citation too. A theme hit marks the words that name the theme. Plain data, made in the search
 * worker and posted to the page, which renders it with DOM nodes.
 */
import { sectionPath } from '../../../lib/citation.ts';
import { routes } from '../../../lib/routes.ts';
import { paragraphCitation } from '../../../lib/section-citation.ts';
import { matchRanges, type MatchRange } from './highlight.ts';
import type { SearchHit, SearchOutcome, Searcher } from './searcher.ts';
import { makeSnippet, markSegments, type Segment, type Snippet } from './snippet.ts';
import { tokenise, type Token } from '../text.ts';

/** What a section without a heading (the text before the first one) is called. */
export const FRONT_MATTER_HEADING = 'Titel och dokumentuppgifter';

/** At most this many snippets per hit: the best paragraph, and one for clauses it lacks. */
export const MAX_SNIPPETS = 2;

/** What a hit gets once its section's text is in. */
export interface HitText {
  readonly snippets: readonly Snippet[];
  /** The link to the paragraph that holds every match in the section's text (`/dokument/hylte/#ansvar-p2`), or null. */
  readonly paragraphHref: string | null;
  /** The section's citation as on its document page (`{origin}` for the site's address), narrowed to that paragraph if there is one. */
  readonly citation: string | null;
}

export interface HitView extends HitText {
  /** The section's permalink (`/dokument/hylte/#ansvar`). */
  readonly href: string;
  readonly documentId: string;
  readonly municipality: string | null;
  /** Who issued the document (`X kommun`, `Xs läns landsting`, `Okänd kommun`). */
  readonly place: string;
  readonly documentTitle: string;
  /** The document's number for the section (`2.1`), or null. */
  readonly number: string | null;
  /** The heading, its matches marked. */
  readonly heading: readonly Segment[];
  readonly categoryLabel: string;
  /** The municipality as a URL key (`hylte`): hits are grouped by it. */
  readonly municipalityKey: string;
  /** The section is part of a cover letter (tjänsteskrivelse) before the document, not the document. */
  readonly coverLetter: boolean;
  /** The theme the hit was found through, when the section lacks the words (`träff via temat …`); null for a hit on the words. */
  readonly theme: { readonly id: string; readonly label: string } | null;
}

/** The sections (ascending) whose text the snippets of `hits` need and the searcher does not have yet. */
export function textForHits(searcher: Searcher, hits: readonly SearchHit[]): number[] {
  return searcher.texts.missing(hits.map((hit) => hit.section));
}

/** Describe one hit of `outcome` for display, all but its snippets (from the index alone). */
export function describeHitWithoutSnippets(searcher: Searcher, outcome: SearchOutcome, hit: SearchHit): HitView {
  const section = searcher.sections[hit.section]!;
  const document = searcher.documents[section.d]!;
  return {
    href: sectionPath(document, section),
    documentId: document.id,
    municipality: document.municipality,
    place: document.place,
    documentTitle: document.title,
    number: section.n,
    heading: section.h
      ? markSegments(section.h, rangesIn(searcher, outcome, hit, section.h, tokenise(section.h)))
      : [{ text: FRONT_MATTER_HEADING, mark: false }],
    categoryLabel: searcher.categories[section.c]?.label ?? '',
    municipalityKey: document.municipalityKey,
    coverLetter: section.cover,
    theme: hit.theme ? { id: hit.theme, label: searcher.theme(hit.theme)?.label ?? '' } : null,
    snippets: [],
    paragraphHref: null,
    citation: null,
  };
}

/** The ranges to mark in a text of the hit's section: the query's words, and for a theme hit the words that name its theme (as one more clause). */
function rangesIn(searcher: Searcher, outcome: SearchOutcome, hit: SearchHit, text: string, tokens: readonly Token[]): MatchRange[] {
  const ranges = matchRanges(tokens, outcome.clauses);
  if (!hit.theme) return ranges;
  const theme = searcher.lexicon.indexOf(hit.theme);
  const clause = outcome.clauses.length;
  for (const span of searcher.lexicon.spans(text, tokens, 'text')) {
    if (span.theme === theme) ranges.push({ start: tokens[span.first]!.start, end: tokens[span.last]!.end, clause, theme: true });
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The snippets, paragraph link and citation of one hit of `outcome`; its section's text must be in (`textForHits`). */
export function hitText(searcher: Searcher, outcome: SearchOutcome, hit: SearchHit): HitText {
  const text = searcher.texts.section(hit.section);
  const paragraphRanges = searcher.paragraphTokens(hit.section).map((tokens, index) => rangesIn(searcher, outcome, hit, text.p[index]!, tokens));
  const snippets = pickParagraphs(paragraphRanges).map((index) => makeSnippet(text.p[index]!, paragraphRanges[index]!));
  const matched = paragraphRanges.flatMap((ranges, index) => (ranges.length > 0 ? [index] : []));
  const paragraph = matched.length === 1 ? text.n[matched[0]!] : undefined;
  if (paragraph === undefined) return { snippets, paragraphHref: null, citation: text.c };
  const section = searcher.sections[hit.section]!;
  const place = { documentId: searcher.documents[section.d]!.id, sectionId: section.id, paragraph };
  return {
    snippets,
    paragraphHref: routes.documentParagraph(place.documentId, place.sectionId, place.paragraph),
    citation: paragraphCitation(text.c, place),
  };
}

/** Describe one hit of `outcome` for display, with its snippets; its section's text must be in (`textForHits`). */
export function describeHit(searcher: Searcher, outcome: SearchOutcome, hit: SearchHit): HitView {
  return { ...describeHitWithoutSnippets(searcher, outcome, hit), ...hitText(searcher, outcome, hit) };
}

/**
 * The paragraphs to show: the one matching the most clauses (then the most places), then, if some
 * clauses are matched only elsewhere, the paragraph that adds most of them. A section matched only
 * by its heading or municipality shows the start of its first paragraph.
 */
export function pickParagraphs(paragraphRanges: readonly (readonly MatchRange[])[]): number[] {
  const picked: number[] = [];
  const covered = new Set<number>();
  while (picked.length < MAX_SNIPPETS) {
    let best = -1;
    let bestNew = 0;
    let bestCount = 0;
    paragraphRanges.forEach((ranges, index) => {
      if (picked.includes(index)) return;
      const fresh = new Set(ranges.map((range) => range.clause).filter((clause) => !covered.has(clause))).size;
      if (fresh > bestNew || (fresh === bestNew && fresh > 0 && ranges.length > bestCount)) {
        best = index;
        bestNew = fresh;
        bestCount = ranges.length;
      }
    });
    if (best < 0) break;
    picked.push(best);
    for (const range of paragraphRanges[best]!) covered.add(range.clause);
  }
  if (picked.length === 0 && paragraphRanges.length > 0) picked.push(0);
  return picked.sort((a, b) => a - b);
}
