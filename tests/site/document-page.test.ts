/**
 * The document page as a reader meets it, in Chromium: every section with its anchor and source
 * lines, the cover letter apart, decisions flagged, removals and warnings disclosed, duties under
 * their section, and a citation that copies exactly — and all of it without JavaScript too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { formatCitation } from '../../src/lib/citation.ts';
import { formatLines } from '../../src/lib/format.ts';
import { decodeDocument } from '../../src/parser/decode.ts';
import { policyDocumentSchema, type PolicyDocument } from '../../src/schema/policy-document.ts';
import { DIST, useBrowser } from '../support/browser.ts';

const open = useBrowser();
const documents: PolicyDocument[] = (JSON.parse(readFileSync(join(DIST, 'data', 'documents.json'), 'utf8')) as unknown[]).map((document) =>
  policyDocumentSchema.parse(document),
);
const byId = (id: string) => documents.find((document) => document.id === id)!;

describe.each(documents.map((document) => [document.id, document] as const))('%s', (id, policy) => {
  test('every section is on the page in source order, with its anchor, heading, source lines and a contents entry', async () => {
    const { page } = await open(`/dokument/${id}/`);
    const shown = await page.$$eval('section.doc-section', (sections) =>
      sections.map((section) => ({
        id: section.id,
        lines: section.querySelector('.doc-section__lines')?.textContent?.trim(),
        permalink: section.querySelector('a.doc-section__permalink')?.getAttribute('href'),
        // As a reader reads it: without the soft hyphens in long words (src/ui/hyphenate.ts).
        heading: section.querySelector('h2, h3, h4, h5, h6')?.textContent?.replaceAll('\u00AD', '').replace(/\s+/gu, ' ').trim(),
      })),
    );
    expect(shown.map((section) => section.id)).toEqual(policy.sections.map((section) => section.id));
    for (const [index, section] of policy.sections.entries()) {
      expect(shown[index]).toMatchObject({ lines: `Källa: ${formatLines(section.source.startLine, section.source.endLine)}`, permalink: `#${section.id}` });
      if (section.heading) expect(shown[index]!.heading).toBe([section.number, section.heading].filter(Boolean).join(' '));
    }
    const contents = await page.$$eval('#_innehall a', (links) => links.map((link) => link.getAttribute('href')));
    for (const section of policy.sections) expect(contents).toContain(`#${section.id}`);
  });

  test('the source page gives the file as received, decoded, line for line', () => {
    const decoded = decodeDocument(new Uint8Array(readFileSync(policy.source.file)));
    expect(decoded.ok).toBe(true);
    const published = readFileSync(join(DIST, 'dokument', id, 'kalla.txt'), 'utf8');
    expect(published).toBe(decoded.ok ? decoded.text : '');
    expect(published.split(/\r\n|\r|\n/u)).toHaveLength(policy.source.lineCount);
  });

  test('each section\'s "Källa: rad …" opens the source view with exactly those lines marked', async () => {
    const multiLine = policy.sections.find((candidate) => candidate.source.endLine > candidate.source.startLine) ?? policy.sections[0]!;
    const { page } = await open(`/dokument/${id}/`);
    await page.locator(`section#${multiLine.id} a.doc-section__lines`).click();
    await page.waitForURL(/\/kalla\/#/u);
    const lineRange = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
    const marked = () => page.$$eval('.source-line--cited', (lines) => lines.map((line) => Number(line.id.replace('rad-', ''))));
    expect(await marked()).toEqual(lineRange(multiLine.source.startLine, multiLine.source.endLine));
    // Every section's link, including sections that share a line with the one before.
    for (const section of policy.sections) {
      const href = await page.evaluate(() => location.pathname);
      await page.goto(
        new URL(
          `${href}#${section.source.startLine === section.source.endLine ? `rad-${section.source.startLine}` : `rader-${section.source.startLine}-${section.source.endLine}`}`,
          page.url(),
        ).href,
      );
      expect(await marked(), section.id).toEqual(lineRange(section.source.startLine, section.source.endLine));
    }
    // The lines shown are the source file's, verbatim.
    const decoded = decodeDocument(new Uint8Array(readFileSync(policy.source.file)));
    const sourceLines = decoded.ok ? decoded.text.split(/\r\n|\r|\n/u) : [];
    const shown = await page.$$eval('.source-line', (lines) => lines.map((line) => line.querySelector('.source-line__text')!.textContent));
    expect(shown).toEqual(sourceLines);
  });

  test('without JavaScript the cited range is highlighted by the address alone', async () => {
    const section = policy.sections.find((candidate) => candidate.source.endLine > candidate.source.startLine)!;
    const { page } = await open(`/dokument/${id}/kalla/#rader-${section.source.startLine}-${section.source.endLine}`, { javaScriptEnabled: false });
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      return (
        element && {
          numbers: [...element.querySelectorAll('.source-line__number')].map((number) => Number(number.textContent)),
          background: getComputedStyle(element).backgroundColor,
        }
      );
    });
    expect(target?.numbers).toContain(section.source.endLine);
    expect(target?.background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('the outline has one h1 and never skips a heading level', async () => {
    const { page } = await open(`/dokument/${id}/`);
    const levels = await page.$$eval('main :is(h1, h2, h3, h4, h5, h6)', (headings) => headings.map((heading) => Number(heading.tagName[1])));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skips = levels.flatMap((level, index) => (index > 0 && level > levels[index - 1]! + 1 ? [`h${levels[index - 1]} → h${level}`] : []));
    expect(skips).toEqual([]);
  });

  test('a permalink opens the page at its section', async () => {
    const section = policy.sections.at(-1)!;
    const { page } = await open(`/dokument/${id}/#${section.id}`);
    expect(await page.evaluate((sectionId) => document.querySelector(':target')?.id === sectionId, section.id)).toBe(true);
    const top = await page.evaluate((sectionId) => document.getElementById(sectionId)!.getBoundingClientRect().top, section.id);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
  });
});

test("Järfälla: the cover letter's sections are in their own labelled region, the strategy's are not", async () => {
  const { page } = await open('/dokument/jarfalla/');
  const region = page.getByRole('region', { name: 'Följebrev (tjänsteskrivelse) – inte en del av styrdokumentet' });
  expect(await region.count()).toBe(1);
  const document = byId('jarfalla');
  const inRegion = await region.evaluate((element) => [...element.querySelectorAll('section.doc-section')].map((section) => section.id));
  expect(inRegion).toEqual(document.sections.filter((section) => section.part === 'cover-letter').map((section) => section.id));
  expect(inRegion.length).toBeGreaterThan(3);
  const strategy = document.sections.filter((section) => section.part === 'document');
  for (const section of strategy) {
    expect(
      await page.locator(`[id="${section.id}"]`).evaluate((element) => element.closest('#_foljebrev') === null && element.closest('#_styrdokumentet') !== null),
    ).toBe(true);
  }
  expect(await region.getByText('Citera den inte som').count()).toBe(1);
});

test('Tyresö: the placeholder decision date is shown as written, and flagged', async () => {
  const { page } = await open('/dokument/tyreso/', { javaScriptEnabled: false });
  const decision = page.locator('#_uppgifter dt', { hasText: /^Beslut$/u }).locator('xpath=following-sibling::dd');
  const text = (await decision.textContent())!.replace(/\s+/gu, ' ');
  expect(text).toContain('Antagna XXX-XX-XX');
  expect(text).toMatch(/Obs: Beslutsdatumet är en platshållare.*utkast.*rad 5/u);
});

test('Eksjö: a complete decision is not flagged, and is shown as written too', async () => {
  const { page } = await open('/dokument/eksjo/');
  const decision = (await page
    .locator('#_uppgifter dt', { hasText: /^Beslut$/u })
    .locator('xpath=following-sibling::dd')
    .textContent())!;
  expect(decision).toContain('19 mars 2020, Kommunfullmäktige');
  expect(decision).toContain('Antagen av kommunfullmäktige 2020-03-19, § 58');
  expect(decision).not.toContain('Obs');
});

test('Hylte: the removed-text disclosure lists the related-documents list, lines 24–202, with the exact text', async () => {
  const { page } = await open('/dokument/hylte/');
  const disclosure = page.locator('#_borttaget details');
  expect(await disclosure.getAttribute('open')).toBeNull();
  await disclosure.locator('summary').click();
  const group = disclosure.locator('[data-rule="related-documents"]');
  expect(await group.textContent()).toContain('Lista över andra, orelaterade dokument');
  expect(await group.locator('.removed__lines').allTextContents()).toEqual(['rad 24–202']);
  const removal = byId('hylte').removed.find((candidate) => candidate.ruleId === 'related-documents')!;
  expect(await group.locator('pre').textContent()).toBe(removal.text);
  expect(await group.locator('pre').isVisible()).toBe(true);
});

test("Tyresö and Hylte: the parser's warnings are listed with their lines", async () => {
  const { page } = await open('/dokument/tyreso/');
  await page.locator('#_varningar summary').first().click();
  expect((await page.locator('#_varningar').textContent())!.replace(/\s+/gu, ' ')).toContain('rad 5: Beslutsdatumet är en platshållare');
  const hylte = (await open('/dokument/hylte/')).page;
  expect(await hylte.locator('#_varningar li').first().textContent()).toMatch(/^rad 20: Kategorin ”Prioriterade områden”.*gissad/u);
});

test('Hylte: a category guessed from the text is marked as a guess, in words, at its section', async () => {
  const { page } = await open('/dokument/hylte/');
  const section = byId('hylte').sections.find((candidate) => candidate.categoryBasis === 'content')!;
  expect(await page.locator(`[id="${section.id}"] .category-tag`).textContent()).toMatch(/Prioriterade områden\s*\?\s*gissad från texten/u);
  expect(await page.locator('[id="syfte"] .category-tag').textContent()).toMatch(/Syfte\s*enligt rubriken/u);
});

test('Eksjö: the responsibilities are listed under the section they come from', async () => {
  const { page } = await open('/dokument/eksjo/');
  const duties = page.locator('[id="ansvar-och-organisation"] .section-duties');
  const items = (await duties.locator('li').allTextContents()).map((text) => text.replace(/\s+/gu, ' ').trim());
  expect(items).toContainEqual(expect.stringMatching(/^Kommunstyrelsen – Beslutar ”Kommunstyrelsen beslutar om medlemskap i internationella nätverk/u));
  expect(items).toContainEqual(expect.stringMatching(/^Kommunfullmäktige – Beslutar/u));
  expect(await page.locator('[id="syfte"] .section-duties').count()).toBe(0);
  const sectionsWithDuties = await page.$$eval('.section-duties', (lists) => lists.map((list) => list.closest('section.doc-section')!.id));
  expect(new Set(sectionsWithDuties)).toEqual(new Set(byId('eksjo').responsibilities.map((responsibility) => responsibility.sectionId)));
});

test('the metadata panel shows every header field as written, the origin, the file and its sha256, and links to the source text', async () => {
  const document = byId('eskilstuna');
  const { page } = await open('/dokument/eskilstuna/', { javaScriptEnabled: false });
  const panel = page.locator('#_uppgifter');
  await panel.locator('summary', { hasText: 'Alla fält i dokumenthuvudet' }).click();
  const rows = await panel
    .locator('table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.replaceAll('\u00AD', '').trim())));
  expect(rows).toContainEqual(['Beslutad när', '(tomt i dokumentet)', '7']);
  expect(rows).toContainEqual(['Diarienummer', 'KSKF/2020:402', '9']);
  expect(rows).toHaveLength(document.metadata.fields.length);
  const text = (await panel.innerText()).replace(/\s+/gu, ' ');
  expect(text).toContain(document.metadata.origin!);
  expect(text).toContain(`${document.source.lineCount} rader text`);
  // The origin in plain words, never a path of the repository.
  expect(document.metadata.origin).not.toMatch(/[/\\]|shared|seeds/u);
  // The file, its encoding and checksum are folded away under "Teknisk information".
  expect(text).not.toContain(document.source.sha256);
  await panel.locator('summary', { hasText: 'Teknisk information' }).click();
  const technical = (await panel.innerText()).replace(/\s+/gu, ' ');
  expect(technical).toContain(document.source.sha256);
  expect(technical).toContain(`Teckenkodning ${document.source.encoding}`);
  expect(text).toContain('Ersätter Riktlinje för Eskilstuna kommuns internationella arbete KSKF/2009:395');
  expect(await panel.locator('a[href="/dokument/eskilstuna/kalla.txt"]').count()).toBe(1);
  expect(await panel.locator('a[href="/dokument/eskilstuna/kalla/"]').count()).toBe(1);
  const response = await page.request.get(`${inject('baseUrl')}/dokument/eskilstuna/kalla.txt`);
  expect(response.status()).toBe(200);
});

test('a document without a decision date shows the year of its case number, and says when it is old', async () => {
  const since2001 = new Date().getFullYear() - 2001;
  const { page } = await open('/dokument/jarfalla/', { javaScriptEnabled: false });
  const notice = (await page.locator('.doc-head__age').innerText()).replace(/\s+/gu, ' ');
  expect(notice).toBe(
    `Från 2001, ${since2001} år sedan (enligt diarienumret 2001/152). Dokumentet är äldre än 8 år: kontrollera om kommunen har beslutat ett nyare.`,
  );
  const { page: compare } = await open('/jamfor/?d=jarfalla,eksjo');
  await expect.poll(() => compare.locator('th[data-col="jarfalla"] .compare-table__doc-age').innerText()).toContain('Äldre än 8 år: från 2001');
  const recent = await open('/dokument/eksjo/');
  expect(await recent.page.locator('.doc-head__age').count()).toBe(new Date().getFullYear() - 2020 > 8 ? 1 : 0);
});

test('the copy button copies the exact citation of its section', async () => {
  const { page, context, pageErrors } = await open('/dokument/eksjo/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const document = byId('eksjo');
  const section = document.sections.find((candidate) => candidate.heading === 'Ansvar och organisation')!;
  const button = page.locator(`[id="${section.id}"] button[data-copy-citation]`);
  expect(await button.isVisible()).toBe(true);
  await button.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(formatCitation(document, section, inject('baseUrl')));
  expect(await page.locator(`[id="${section.id}"] [role="status"]`).textContent()).toBe('Citatet är kopierat.');
  // The citation shown as text has the site's address too.
  expect(await page.locator(`[id="${section.id}"] .section-cite__text`).textContent()).toBe(formatCitation(document, section, inject('baseUrl')));
  expect(pageErrors).toEqual([]);
});

test("a cover-letter section's citation says it is not the steering document", async () => {
  const { page, context } = await open('/dokument/jarfalla/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const section = byId('jarfalla').sections.find((candidate) => candidate.part === 'cover-letter' && candidate.heading === 'SAMMANFATTNING')!;
  await page.locator(`[id="${section.id}"] button[data-copy-citation]`).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/^Ur följebrevet \(tjänsteskrivelsen\), inte styrdokumentet: Järfälla kommun/u);
});

test('without JavaScript the copy button is hidden, and the page still shows every section, its text and its citation', async () => {
  const document = byId('eksjo');
  const { page } = await open('/dokument/eksjo/', { javaScriptEnabled: false });
  const buttons = page.locator('button[data-copy-citation]');
  expect(await buttons.count()).toBe(document.sections.length);
  for (const button of await buttons.all()) expect(await button.isVisible()).toBe(false);
  const text = (await page.locator('main').innerText()).replace(/\s+/gu, ' ');
  for (const section of document.sections) {
    const runs = section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.phrases] : block.items.map((item) => item.phrases)));
    for (const phrases of runs)
      expect(text).toContain(
        phrases
          .map((phrase) => phrase.text)
          .join('')
          .replace(/\s+/gu, ' ')
          .trim(),
      );
  }
  const section = document.sections.find((candidate) => candidate.id === 'syfte')!;
  await page.locator('#syfte .section-cite summary').click();
  expect(await page.locator('#syfte .section-cite__text').textContent()).toBe(formatCitation(document, section, ''));
});

test('the documents are linked in order: previous and next', async () => {
  const { page } = await open('/dokument/hylte/');
  const pager = page.getByRole('navigation', { name: 'Andra dokument' });
  const index = documents.findIndex((document) => document.id === 'hylte');
  expect(await pager.locator('a[rel="prev"]').getAttribute('href')).toBe(`/dokument/${documents[index - 1]!.id}/`);
  expect(await pager.locator('a[rel="next"]').getAttribute('href')).toBe(`/dokument/${documents[index + 1]!.id}/`);
});

test('Tyresö: the five comparison categories are listed, with the missing ones said to be missing', async () => {
  const { page } = await open('/dokument/tyreso/');
  const items = (await page.locator('#_innehall ul').first().locator('li').allTextContents()).map((text) => text.replace(/\s+/gu, ' ').trim());
  expect(items).toEqual(['– Syfte: saknas', '✓ Mål', '✓ Prioriterade områden', '✓ Ansvar', '– Uppföljning: saknas']);
});

describe('a link to a paragraph', () => {
  test('every paragraph and list item on a document page has the id <section>-p<N>, numbered from 1 in each section, unique on the page', async () => {
    for (const document of documents) {
      const { page } = await open(`/dokument/${document.id}/`);
      const shown = await page.$$eval('section.doc-section', (sections) =>
        sections.map((section) => ({
          id: section.id,
          paragraphs: [...section.querySelectorAll('.doc-section__text :is(p, li)')].map((unit) => ({
            id: unit.id,
            link: unit.querySelector(':scope > a.paragraph-link')?.getAttribute('href'),
            name: unit.querySelector(':scope > a.paragraph-link')?.getAttribute('aria-label'),
          })),
        })),
      );
      for (const section of shown) {
        expect(
          section.paragraphs.map((paragraph) => paragraph.id),
          `${document.id}#${section.id}`,
        ).toEqual(section.paragraphs.map((_, index) => `${section.id}-p${index + 1}`));
        for (const [index, paragraph] of section.paragraphs.entries())
          expect(paragraph).toMatchObject({ link: `#${paragraph.id}`, name: `Länk till stycke ${index + 1}` });
      }
      // Every id on the page, the paragraphs' among them, names one element only.
      const ids = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
      expect(ids.length, document.id).toBe(new Set(ids).size);
      expect(shown.flatMap((section) => section.paragraphs).length).toBeGreaterThan(0);
    }
  });

  test('following /dokument/hylte/#<section>-p2 scrolls to that paragraph and marks it; its ¶ link shows on keyboard focus', async () => {
    const section = byId('hylte').sections.find(
      (candidate) => candidate.blocks.length >= 2 && candidate.blocks[0]!.type === 'paragraph' && candidate.blocks[1]!.type === 'paragraph',
    )!;
    const { page, pageErrors } = await open(`/dokument/hylte/#${section.id}-p2`);
    const target = page.locator(`[id="${section.id}-p2"]`);
    const second = section.blocks[1]!;
    const words = second.type === 'paragraph' ? second.phrases.map((phrase) => phrase.text).join('') : '';
    expect((await target.innerText()).replace(/\s*¶$/u, '')).toBe(words.replace(/\s+/gu, ' ').trim());
    // In view, and marked: a background and an outline that its neighbour has not.
    const box = await target.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport.height);
    const look = (id: string) =>
      page.locator(`[id="${id}"]`).evaluate((element) => {
        const style = getComputedStyle(element);
        return { background: style.backgroundColor, outline: style.outlineStyle };
      });
    expect(await look(`${section.id}-p2`)).not.toEqual(await look(`${section.id}-p1`));
    expect((await look(`${section.id}-p2`)).outline).toBe('solid');
    // The ¶ of another paragraph is hidden until a keyboard reaches it.
    const pilcrow = page.locator(`[id="${section.id}-p1"] > a.paragraph-link`);
    const opacity = () => pilcrow.evaluate((link) => getComputedStyle(link).opacity);
    expect(await opacity()).toBe('0');
    await pilcrow.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Länk till stycke 1');
    expect(await opacity()).toBe('1');
    expect(pageErrors).toEqual([]);
  });
});
