/** The parser's warnings per document (`/om/` and a county's page, `MethodWarnings.astro`) as rendered: a section per document named by its heading, each warning with its line. */
import { beforeAll, describe, expect, test } from 'vitest';
import MethodWarnings from '../../src/features/overview/components/MethodWarnings.astro';
import { methodSummary, type DocumentMethod } from '../../src/features/overview/method.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { attribute, first, shownText, withTag } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { render } from '../support/render-component.ts';

let documents: PolicyDocument[];
let methods: readonly DocumentMethod[];
beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
  methods = methodSummary(documents).documents;
});

const warningsOf = (document: PolicyDocument) =>
  document.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

describe('the warnings', () => {
  test('a section per document in Swedish order, named by its heading: municipality and title', async () => {
    const sections = withTag(await render(MethodWarnings, { documents: methods }), 'section');
    expect(sections.map((section) => attribute(section, 'aria-labelledby'))).toEqual(sections.map((section) => attribute(first(section, 'h3'), 'id')));
    expect(sections.map((section) => shownText(first(section, 'h3')))).toEqual(documents.map((document) => `${document.municipality}: ${document.title}`));
  });

  test('each warning with the source line it is about, in line order; a document without any says so', async () => {
    const sections = withTag(await render(MethodWarnings, { documents: methods }), 'section');
    sections.forEach((section, index) => {
      const warnings = warningsOf(documents[index]!);
      if (warnings.length === 0) expect([shownText(section).endsWith('Inga varningar.'), withTag(section, 'li')]).toEqual([true, []]);
      else
        expect(withTag(section, 'li').map(shownText)).toEqual(
          warnings.map((warning) => (warning.line === null ? warning.message : `Rad ${warning.line}: ${warning.message}`)),
        );
    });
    expect(sections.map((section) => withTag(section, 'li').length)).toEqual([0, 1, 1, 1, 1]);
    expect(shownText(first(sections[2]!, 'li'))).toMatch(/^Rad 20: Kategorin ”Prioriterade områden” .* är gissad från texten/u);
  });

  test('on a county’s page: documents without warnings left out, the names one level down', async () => {
    const rendered = await render(MethodWarnings, { documents: methods, hideEmpty: true, level: 4 });
    expect(withTag(rendered, 'h3')).toEqual([]);
    expect(withTag(rendered, 'h4').map((heading) => shownText(heading).split(':')[0])).toEqual(['Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö']);
    expect(shownText(rendered)).not.toContain('Inga varningar.');
  });
});
