/**
 * An HTML table read as a screen reader announces it: its caption, the column headers of its head,
 * and per body or foot row the row header and the cells, each with what is shown and what is spoken
 * (text hidden from view for screen readers included, `aria-hidden` text left out).
 */
import type { SvgElement } from '../../src/charts/svg.ts';
import { attribute, shownText, spokenText, withTag } from './chart-tree.ts';

export interface ReadCell {
  readonly element: SvgElement;
  readonly shown: string;
  readonly spoken: string;
  /** `th` or `td`. */
  readonly tag: string;
  readonly scope: string | undefined;
}

export interface ReadTableRow {
  readonly element: SvgElement;
  readonly cells: readonly ReadCell[];
}

export interface TableReading {
  readonly caption: string;
  readonly head: readonly ReadTableRow[];
  readonly body: readonly ReadTableRow[];
  readonly foot: readonly ReadTableRow[];
}

const cell = (element: SvgElement): ReadCell => ({
  element,
  shown: shownText(element),
  spoken: spokenText(element),
  tag: element.tag,
  scope: attribute(element, 'scope'),
});

const rowsOf = (section: SvgElement | undefined): ReadTableRow[] =>
  section === undefined
    ? []
    : withTag(section, 'tr').map((row) => ({
        element: row,
        cells: row.children.filter((child): child is SvgElement => typeof child !== 'string' && (child.tag === 'th' || child.tag === 'td')).map(cell),
      }));

export function readTable(table: SvgElement): TableReading {
  const caption = withTag(table, 'caption')[0];
  return {
    caption: caption === undefined ? '' : spokenText(caption),
    head: rowsOf(withTag(table, 'thead')[0]),
    body: rowsOf(withTag(table, 'tbody')[0]),
    foot: rowsOf(withTag(table, 'tfoot')[0]),
  };
}
