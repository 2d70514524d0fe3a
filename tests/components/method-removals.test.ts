/** What the cleaning took out, per rule (`/om/`, `MethodRemovals.astro`) as rendered: a row per rule, the most frequent first, the documents named or counted, and the rules' names in the code. */
import { beforeAll, describe, expect, test } from 'vitest';
import MethodRemovals from '../../src/features/overview/components/MethodRemovals.astro';
import { removalsByRule, type RuleCount } from '../../src/features/overview/method.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { attribute, first, shownText, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { readTable } from '../support/read-table.ts';
import { render } from '../support/render-component.ts';

let documents: PolicyDocument[];
let rules: RuleCount[];
beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
  rules = removalsByRule(documents);
});

describe('the removals per rule', () => {
  test('scroll in a region named by the caption; a column header with scope for each fact', async () => {
    const rendered = await render(MethodRemovals, { rules });
    const region = withTag(rendered, 'div').find((div) => attribute(div, 'role') === 'region')!;
    expect(attribute(region, 'aria-labelledby')).toBe(attribute(first(region, 'caption'), 'id'));
    const table = readTable(first(rendered, 'table'));
    expect(table.caption).toBe('Borttagningar per regel, vanligast först');
    expect(table.head[0]!.cells.map((cell) => [cell.scope, cell.shown])).toEqual([
      ['col', 'Vad som togs bort och varför'],
      ['col', 'Borttagningar'],
      ['col', 'Rader'],
      ['col', 'I dokumenten'],
    ]);
  });

  test('a row per rule that took something out, the most frequent first; the removals add up to every removal', async () => {
    const table = readTable(first(await render(MethodRemovals, { rules }), 'table'));
    const reasons = new Set(documents.flatMap((document) => document.removed.map((removal) => removal.reason)));
    expect(table.body.map((row) => row.cells[0]!.shown).sort()).toEqual([...reasons].sort());
    expect(table.body.map((row) => row.cells[0]!.scope)).toEqual(table.body.map(() => 'row'));
    const counts = table.body.map((row) => Number(row.cells[1]!.shown));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(documents.reduce((sum, document) => sum + document.removed.length, 0));
  });

  test('a join removes no lines and says so; the documents are named in a Swedish list', async () => {
    const table = readTable(first(await render(MethodRemovals, { rules }), 'table'));
    const rowOf = (reason: RegExp) => table.body.find((row) => reason.test(row.cells[0]!.shown))!.cells.map((cell) => cell.shown);
    expect(rowOf(/sidbrytning/u).slice(2)).toEqual(['ingen (fogning)', 'Hylte och Järfälla']);
    expect(rowOf(/innehållsförteckning/u).slice(1)).toEqual(['3', '26', 'Eksjö, Hylte och Tyresö']);
  });

  test('for many documents, they are counted instead of named', async () => {
    const table = readTable(first(await render(MethodRemovals, { rules, nameDocuments: false }), 'table'));
    expect(table.body.map((row) => row.cells[3]!.shown)).toEqual(rules.map((rule) => `${rule.documents.length} dokument`));
  });

  test('the technical details name each rule in the code beside its reason, behind a summary that says what they are', async () => {
    const details = first(await render(MethodRemovals, { rules }), 'details');
    expect(shownText(first(details, 'summary'))).toBe('Teknisk information: reglernas namn i koden och i de nedladdningsbara filerna');
    expect(withTag(details, 'dt').map(shownText)).toEqual(rules.map((rule) => rule.ruleId));
    expect(withTag(details, 'dd').map(shownText)).toEqual(rules.map((rule) => rule.reason));
  });

  test('when nothing was taken out, a sentence says so, with no table', async () => {
    const rendered = await render(MethodRemovals, { rules: removalsByRule(documents.map((document) => ({ ...document, removed: [] }))) });
    expect([withTag(rendered, 'table'), withTag(rendered, 'details')]).toEqual([[], []]);
    expect(shownText(rendered)).toBe('Ingenting togs bort ur något dokument.');
  });
});
