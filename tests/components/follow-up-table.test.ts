/** "Hur följs arbetet upp?" document by document (`src/ui/FollowUpTable.astro`) as rendered: a row per document, its own follow-up section or where it speaks of it, and who is given the task. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SvgElement } from '../../src/charts/svg.ts';
import { sectionName } from '../../src/lib/citation.ts';
import { followUpAnswer } from '../../src/lib/follow-up-answer.ts';
import { routes } from '../../src/lib/routes.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import FollowUpTable from '../../src/ui/FollowUpTable.astro';
import { attribute, first, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable, type TableReading } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let documents: PolicyDocument[];
let rendered: SvgElement;
let table: TableReading;
beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
  rendered = await render(FollowUpTable, { answers: documents.map(followUpAnswer), id: 'uppfoljning-tabell' });
  table = readTable(first(rendered, 'table'));
});

const links = (element: SvgElement) => withTag(element, 'a').map((link) => attribute(link, 'href'));

describe('the follow-up table', () => {
  test('scrolls in a region named by its caption (the id given); a column header with scope per question', () => {
    const region = withTag(rendered, 'div').find((div) => attribute(div, 'role') === 'region')!;
    expect([attribute(region, 'aria-labelledby'), attribute(first(region, 'caption'), 'id'), attribute(region, 'tabindex')]).toEqual([
      'uppfoljning-tabell',
      'uppfoljning-tabell',
      '0',
    ]);
    expect(table.caption).toBe('Uppföljning dokument för dokument: eget avsnitt, omnämnanden och vem som ges uppgiften');
    expect(table.head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([
      ['col', 'Dokument'],
      ['col', 'Eget avsnitt om uppföljning'],
      ['col', 'Nämns annars'],
      ['col', 'Uppgiften ges till'],
    ]);
  });

  test('a row per document in Swedish order, the municipality a row header linking to the document', () => {
    expect(table.body.map((row) => [row.cells[0]!.scope, row.cells[0]!.shown, links(row.cells[0]!.element)])).toEqual(
      documents.map((document) => ['row', document.municipality, [routes.document(document.id)]]),
    );
  });

  test('a document’s own follow-up sections link to them; without one, “Saknas”, and where else it speaks of following up, or “Nej”', () => {
    table.body.forEach((row, index) => {
      const document = documents[index]!;
      const own = document.sections.filter((section) => section.part === 'document' && section.category === 'follow-up');
      const [, section, mentioned] = row.cells;
      if (own.length > 0) {
        expect(section!.shown).toBe(own.map(sectionName).join(', '));
        expect(links(section!.element)).toEqual(own.map((candidate) => routes.document(document.id, candidate.id)));
        expect(mentioned!.shown).toBe('–');
      } else {
        expect([section!.shown, links(section!.element)]).toEqual(['Saknas', []]);
        expect(mentioned!.shown).not.toBe('–');
        if (mentioned!.shown === 'Nej') expect(links(mentioned!.element)).toEqual([]);
        else expect(links(mentioned!.element).every((href) => href!.startsWith(routes.document(document.id)))).toBe(true);
      }
    });
    expect(table.body.filter((row) => row.cells[1]!.shown === 'Saknas')).toHaveLength(1);
  });

  test('who is given the task: each follow-up actor once, in Swedish order, or “Ingen namnges”', () => {
    const collator = new Intl.Collator('sv');
    table.body.forEach((row, index) => {
      const actors = [...new Set(documents[index]!.responsibilities.filter((entry) => entry.kind === 'follow-up').map((entry) => entry.actor.label))].sort(
        collator.compare,
      );
      expect(row.cells[3]!.shown).toBe(actors.length > 0 ? actors.join(', ') : 'Ingen namnges');
    });
  });

  test('a document silent on follow-up says so in every column', async () => {
    const [seed] = documents;
    const silent: PolicyDocument = {
      ...seed!,
      sections: seed!.sections.filter((section) => section.category !== 'follow-up'),
      responsibilities: seed!.responsibilities.filter((entry) => entry.kind !== 'follow-up' && entry.role !== 'follows-up'),
    };
    const [row] = readTable(first(await render(FollowUpTable, { answers: [followUpAnswer(silent)], id: 'x' }), 'table')).body;
    expect(row!.cells.map((cell) => cell.shown)).toEqual([seed!.municipality, 'Saknas', 'Nej', 'Ingen namnges']);
    expect(links(row!.element)).toEqual([routes.document(seed!.id)]);
  });
});
