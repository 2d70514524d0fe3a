/** The overview, /om/ and /tillganglighet/ as built: chart and table agree, marks lead to sections, numbers come from the data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { coverageMatrix } from '../../src/lib/coverage-matrix.ts';
import { coverageFinding } from '../../src/features/overview/coverage-finding.ts';
import { policyDocumentSchema, type PolicyDocument } from '../../src/schema/policy-document.ts';
import { DIST, useBrowser } from '../support/browser.ts';
import { drawnCoverageChart, drawnOverlap, drawnWithin } from '../support/drawn-boxes.ts';
import { expectedCardFacts, recountDuty } from '../support/answer-recount.ts';
import { DUTY_KINDS } from '../../src/taxonomy/duties.ts';
import { withoutSoftHyphens } from '../../src/ui/soft-hyphen.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const published = (): PolicyDocument[] => (JSON.parse(read('data/documents.json')) as unknown[]).map((document) => policyDocumentSchema.parse(document));
const open = useBrowser();

interface Cell {
  document: string;
  category: string;
  status: string;
  href: string | null;
}

describe('/', () => {
  test('the chart and the table show the same cells, and both match the data', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    const marks: Cell[] = await page.$$eval('svg.coverage-chart .coverage-chart__mark', (elements) =>
      elements.map((element) => ({
        document: element.closest('[data-document]')!.getAttribute('data-document')!,
        category: element.getAttribute('data-category')!,
        status: element.getAttribute('data-status')!,
        href: element.getAttribute('href'),
      })),
    );
    const cells: Cell[] = await page.$$eval('.coverage-table tbody td', (elements) =>
      elements.map((element) => ({
        document: element.closest('tr')!.getAttribute('data-document')!,
        category: element.getAttribute('data-category')!,
        status: element.getAttribute('data-status')!,
        href: element.querySelector('a')?.getAttribute('href') ?? null,
      })),
    );
    const documents = published();
    expect(marks).toHaveLength(documents.length * 5);
    expect(marks).toEqual(cells);
    const expected = coverageMatrix(documents).flatMap((row) =>
      row.cells.map((cell) => ({ document: row.documentId, category: cell.category, status: cell.status, href: cell.href })),
    );
    expect(marks).toEqual(expected);
    // What a reader sees: Tyresö has no follow-up, in the table as the word "saknas".
    const tyresoFollowUp = page.locator('.coverage-table tr[data-document="tyreso"] td[data-category="follow-up"]');
    expect((await tyresoFollowUp.textContent())?.trim()).toBe('saknas');
  });

  test('every mark that is a link leads to a section that exists, of the mark’s category', async () => {
    const { page } = await open('/');
    const links = await page.$$eval('svg.coverage-chart a', (elements) =>
      elements.map((element) => ({ href: element.getAttribute('href')!, category: element.getAttribute('data-category')! })),
    );
    expect(links.length).toBeGreaterThanOrEqual(20);
    const documents = published();
    for (const link of links) {
      const [, id, anchor] = /^\/dokument\/([a-z0-9-]+)\/#([a-z0-9-]+)$/u.exec(link.href)!;
      const section = documents.find((document) => document.id === id)!.sections.find((candidate) => candidate.id === anchor);
      expect(section?.category, link.href).toBe(link.category);
      expect(read(`dokument/${id}/index.html`)).toContain(`id="${anchor}"`);
    }
  });

  test('every mark says what it shows, in <title> and aria-label, and never by colour alone', async () => {
    const { page } = await open('/');
    const marks = await page.$$eval('svg.coverage-chart .coverage-chart__mark', (elements) =>
      elements.map((element) => ({
        label: element.getAttribute('aria-label'),
        title: element.querySelector('title')?.textContent,
        status: element.getAttribute('data-status')!,
        glyph: element.querySelector('path:not(.coverage-chart__ring), text')?.outerHTML ?? '',
        dashed: element.querySelector('rect:not(.coverage-chart__ring)')!.getAttribute('stroke-dasharray'),
      })),
    );
    for (const mark of marks) {
      expect(mark.label).toBeTruthy();
      expect(mark.title).toBe(mark.label);
      expect(mark.label).toMatch(mark.status === 'missing' ? /: saknas$/u : /: finns/u);
    }
    // Each state has its own glyph and outline, so the states differ without colour.
    const signature = (status: string) => [
      ...new Set(
        marks
          .filter((mark) => mark.status === status)
          .map((mark) => `${mark.glyph.replace(/ d="[^"]*"| transform="[^"]*"| x="[^"]*"| y="[^"]*"| font-size="[^"]*"/gu, '')}|${mark.dashed}`),
      ),
    ];
    const states = ['heading', 'guessed', 'missing'].map(signature);
    for (const state of states) expect(state).toHaveLength(1);
    expect(new Set(states.flat()).size).toBe(3);
  });

  test('the caption states the finding computed from the data', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    const finding = coverageFinding(coverageMatrix(published()));
    expect(await page.locator('figure figcaption .chart-figure__finding').textContent()).toBe(finding.headline);
    expect(finding.headline).toContain('Tyresö');
    expect(await page.locator('figure figcaption').textContent()).toContain(finding.guessedNote!);
  });

  test('every document at a glance: county, title, type and the decision as the document gives it', async () => {
    const { page } = await open('/', { width: 390, javaScriptEnabled: false });
    const row = (id: string) => page.locator(`.documents-table tr[data-document="${id}"]`);
    expect(await row('eksjo').innerText()).toMatch(
      /Eksjö\s+Jönköpings län\s+Internationell policy för Eksjö kommun\s+Policy\s+19 mars 2020, Kommunfullmäktige/u,
    );
    expect(await row('tyreso').innerText()).toContain('Antagna XXX-XX-XX');
    expect(await row('eskilstuna').innerText()).toContain('Beslutsdatum saknas');
    expect(await page.locator('.documents-table tbody tr').count()).toBe(published().length);
    for (const document of published()) expect(await row(document.id).locator(`a[href="/dokument/${document.id}/"]`).count()).toBe(1);
  });

  test('ways in: a search form, and each question leads to the page that answers it', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    const form = page.locator('main form[role="search"]');
    expect(await form.getAttribute('action')).toBe('/sok/');
    expect(await form.locator('input[name="q"]').count()).toBe(1);
    expect(await page.getByLabel('Ord eller fras').count()).toBe(1);
    const questions = await page.$$eval('.ways-in__questions li > a', (elements) =>
      elements.map((element) => [element.textContent!.trim(), element.getAttribute('href')!] as const),
    );
    expect(Object.fromEntries(questions)).toEqual({
      'Alla dokument sida vid sida': '/jamfor/',
      'Vem ansvarar för vad?': '/ansvar/',
      'Hur följs arbetet upp?': '/ansvar/uppfoljning/#dokument-for-dokument',
      'Varför arbeta internationellt?': '/jamfor/?k=syfte',
      'Vad prioriteras?': '/teman/',
    });
    // What the reader finds there: the page's heading, and for follow-up the table, a row per document.
    const heading = (path: string) => withoutSoftHyphens(/<h1[^>]*>([^<]*)<\/h1>/u.exec(read(`${path.slice(1)}index.html`))![1]!);
    expect(heading('/ansvar/')).toMatch(/^Vem gör vad/u);
    expect(heading('/teman/')).toBe('Vilka teman nämner kommunerna?');
    expect(heading('/ansvar/uppfoljning/')).toMatch(/^Uppföljning och redovisning/u);
    const target = await open('/ansvar/uppfoljning/#dokument-for-dokument', { javaScriptEnabled: false });
    const section = target.page.locator('section:has(> h2#dokument-for-dokument)');
    expect(await section.locator('table tbody tr').count()).toBe(published().length);
    const { page: purpose } = await open('/jamfor/?k=syfte');
    expect(await purpose.locator('main').innerText()).toContain('Syfte');
  });

  test('each answer card says what the published data says, and leads to the page with the whole answer', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    const cards = await page.$$eval('.answer-card', (elements) =>
      elements.map((element) => ({
        kind: element.getAttribute('data-kind')!,
        role: element.getAttribute('data-role'),
        href: element.querySelector('h3 a')!.getAttribute('href')!,
        question: element.querySelector('h3')!.textContent!.trim(),
        answer: element.querySelector('.answer-card__answer')!.textContent!.trim(),
        gap: element.querySelector('.answer-card__gap')?.textContent?.trim() ?? '',
        more: element.querySelector('.answer-card__more')?.textContent?.trim() ?? '',
      })),
    );
    expect(cards.map((card) => card.question)).toEqual([
      'Vem beslutar om vänorter?',
      'Vem följer upp arbetet?',
      'Vem samordnar arbetet?',
      'Vem godkänner projekt?',
    ]);
    const documents = published();
    for (const card of cards) {
      const facts = expectedCardFacts(recountDuty(documents, card.kind, card.role));
      // The leading actor (one of them, in a tie) with its number of documents, first.
      expect(
        facts.leaders.some((leader) => card.answer.startsWith(`${leader}${facts.lead}`)),
        `${card.question}: ${card.answer}`,
      ).toBe(true);
      expect(card.gap, card.question).toBe(facts.gap);
      const slug = DUTY_KINDS.find((kind) => kind.key === card.kind)!.slug;
      expect(card.href.split('#')[0], card.question).toBe(`/ansvar/${slug}/`);
      expect(read(`ansvar/${slug}/index.html`)).toContain('<h1');
    }
    // As the follow-up table says it: sections of its own, in the document itself.
    const own = documents.filter((document) => document.sections.some((section) => section.part === 'document' && section.category === 'follow-up')).length;
    expect(cards[1]!.more).toBe(`${own} av ${documents.length} dokument har ett eget avsnitt om uppföljning.`);
    // The five documents, as a reader checks them against /ansvar/vanorter/.
    expect(cards[0]!.answer).toBe('Kommunfullmäktige i 2 av 5 dokument och kommunstyrelsen i 1.');
  });

  test('at 1280 px the search card has no large empty area, beside the questions and the answers', async () => {
    const { page } = await open('/', { width: 1280, javaScriptEnabled: false });
    const emptyBelow = (selector: string) =>
      page.$eval(selector, (element) => {
        const padding = Number.parseFloat(getComputedStyle(element).paddingBottom);
        const contentBottom = Math.max(...[...element.querySelectorAll('*')].map((child) => child.getBoundingClientRect().bottom));
        return element.getBoundingClientRect().bottom - padding - contentBottom;
      });
    expect(await emptyBelow('.ways-in__search')).toBeLessThan(24);
    expect(await emptyBelow('.ways-in__questions')).toBeLessThan(24);
    // The card spans the page: its field is beside its heading, not under it.
    const [search, main] = await Promise.all([page.locator('.ways-in__search').boundingBox(), page.locator('main').boundingBox()]);
    expect(search!.width).toBeGreaterThan(main!.width * 0.9);
    const field = await page.locator('#oversikt-sok').boundingBox();
    const heading = await page.locator('#sok-rubrik').boundingBox();
    expect(field!.x).toBeGreaterThan(heading!.x + heading!.width);
  });

  test('a keyboard reaches the chart’s marks, sees where focus is, and Enter opens the section', async () => {
    const { page } = await open('/');
    const first = page.locator('svg.coverage-chart a').first();
    const target = await first.getAttribute('href');
    for (let i = 0; i < 40 && !(await first.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    const ring = await first
      .locator('.coverage-chart__ring')
      .evaluate((element) => ({ stroke: getComputedStyle(element).stroke, width: getComputedStyle(element).strokeWidth }));
    expect(ring.stroke).not.toBe('none');
    expect(Number.parseFloat(ring.width)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(target);
  });

  test('costs no JavaScript and stays far within 60 KiB gzip', () => {
    const html = read('index.html');
    expect(html).not.toMatch(/<script/u);
    const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/gu)].map((match) => read(match[1]!));
    const bytes = [html, ...styles].reduce((sum, text) => sum + gzipSync(text).length, 0);
    expect(bytes).toBeLessThan(60 * 1024);
  });

  test('the chart as the browser draws it: every label whole inside the chart, none over a mark or another label', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    const drawn = await page.$eval('svg.coverage-chart', drawnCoverageChart);
    const texts = [...drawn.columnLabels, ...drawn.rowLabels, ...drawn.totals];
    expect(texts.filter((text) => !drawnWithin(text.box, drawn.chart)).map((text) => text.text)).toEqual([]);
    // Level text (names and totals) clear of the marks and of each other; the slanted names end above the first row.
    const level = [...drawn.rowLabels, ...drawn.totals];
    expect(level.filter((text) => drawn.marks.some((mark) => drawnOverlap(text.box, mark))).map((text) => text.text)).toEqual([]);
    expect(
      level.filter((text, index) => level.some((other, otherIndex) => otherIndex !== index && drawnOverlap(text.box, other.box))).map((text) => text.text),
    ).toEqual([]);
    const firstRowTop = Math.min(...drawn.marks.map((mark) => mark.top));
    expect(drawn.columnLabels.filter((label) => label.box.bottom > firstRowTop + 0.5).map((label) => label.text)).toEqual([]);
  });

  test('at 1280 px every municipality’s name is shown whole beside its row, the chart drawn at its own size', async () => {
    const { page } = await open('/', { width: 1280, javaScriptEnabled: false });
    const drawn = await page.$eval('svg.coverage-chart', drawnCoverageChart);
    const names = published().map((document) => document.municipality!);
    expect([...drawn.rowLabels.map((label) => label.text)].sort()).toEqual([...names].sort());
    expect(drawn.rowLabels.filter((label) => label.text.includes('…'))).toEqual([]);
    for (const label of drawn.rowLabels) expect(drawnWithin(label.box, drawn.chart), label.text).toBe(true);
    // Not shrunk to fit: the labels are as large as laid out.
    const size = await page.$eval('svg.coverage-chart', (svg) => ({ drawn: svg.getBoundingClientRect().width, laidOut: Number(svg.getAttribute('width')) }));
    expect(size.drawn).toBeCloseTo(size.laidOut, 0);
  });

  test('the chart reads as the table does: the documents in Swedish order, the categories, and the totals under them', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    const drawn = await page.$eval('svg.coverage-chart', drawnCoverageChart);
    const collator = new Intl.Collator('sv');
    const municipalities = published().map((document) => document.municipality!);
    expect(drawn.rowLabels.map((label) => label.text)).toEqual([...municipalities].sort(collator.compare));
    expect(drawn.rowLabels.map((label) => label.text)).toEqual(await page.locator('.coverage-table tbody th').allTextContents());
    // The table's headers as a reader reads them: without the soft hyphens in long words.
    expect(drawn.columnLabels.map((label) => label.text)).toEqual(
      (await page.locator('.coverage-table thead th').allTextContents()).slice(1).map(withoutSoftHyphens),
    );
    const footer = await page.locator('.coverage-table tfoot td').allTextContents();
    expect(drawn.totals.map((total) => total.text)).toEqual([`Antal av ${municipalities.length}`, ...footer.map((cell) => cell.split(' ')[0]!)]);
    expect(footer).toEqual(['3 av 5', '5 av 5', '5 av 5', '5 av 5', '4 av 5']);
  });
});

describe('/om/', () => {
  test('one h1; each document’s origin; honest that no web address is recorded', async () => {
    const { page } = await open('/om/', { javaScriptEnabled: false });
    expect(await page.locator('h1').count()).toBe(1);
    const text = await page.locator('main').innerText();
    for (const document of published()) {
      expect(document.metadata.origin).toBeTruthy();
      expect(await page.locator(`.method-table tr[data-document="${document.id}"]`).innerText()).toContain(document.metadata.origin!);
    }
    expect(text).toContain('Ingen webbadress är ännu registrerad');
  });

  test('the parser’s steps, its live numbers, and where it can err', async () => {
    const { page } = await open('/om/', { javaScriptEnabled: false });
    const documents = published();
    const steps = await page.locator('ol.steps > li h3').allInnerTexts();
    expect(steps.map((step) => step.split(/[ ,]/u)[0])).toEqual([
      'Avkodning',
      'Normalisering',
      'Brus',
      'Rubriker',
      'Avsnitt',
      'Klassificering',
      'Metadata',
      'Ansvar',
    ]);
    const total = documents.reduce((sum, document) => sum + document.sections.filter((section) => section.part === 'document').length, 0);
    const guessed = documents.reduce((sum, document) => sum + document.sections.filter((section) => section.categoryBasis === 'content').length, 0);
    const text = await page.locator('main').innerText();
    expect(text).toContain(`Här: ${total} avsnitt`);
    expect(text).toContain(`och ${guessed} gissade från texten`);
    const headers = await page.locator('.numbers-table thead th').allInnerTexts();
    const removalsColumn = headers.findIndex((header) => header.replace(/\u00AD/gu, '').startsWith('Borttagningar')) - 1;
    expect(removalsColumn).toBeGreaterThan(0);
    for (const document of documents) {
      const removals = await page.locator(`.numbers-table tr[data-document="${document.id}"] td`).nth(removalsColumn).innerText();
      expect(Number(removals)).toBe(document.removed.length);
    }
    const ruleRows = await page.locator('.removals-table tbody tr').count();
    expect(ruleRows).toBe(new Set(documents.flatMap((document) => document.removed.map((removal) => removal.ruleId))).size);
    expect(await page.locator('#fel ~ ul li').count()).toBeGreaterThanOrEqual(3);
  });

  test('speaks plain Swedish: rule names and commands only under "Teknisk information"', async () => {
    const { page } = await open('/om/', { javaScriptEnabled: false });
    const ruleIds = new Set(
      published().flatMap((document) => [...document.removed.map((removal) => removal.ruleId), ...document.diagnostics.map((diagnostic) => diagnostic.ruleId)]),
    );
    // innerText leaves out what a closed disclosure hides, as a reader does not see it.
    const visible = await page.locator('main').innerText();
    for (const ruleId of ruleIds) expect(visible, ruleId).not.toContain(ruleId);
    expect(visible).not.toContain('npm');
    await page.locator('summary', { hasText: 'Teknisk information' }).first().click();
    expect(await page.locator('main').innerText()).toContain(
      [...ruleIds].find((ruleId) => published().some((document) => document.removed.some((removal) => removal.ruleId === ruleId)))!,
    );
  });

  test('each document’s warnings are listed with their lines', async () => {
    const { page } = await open('/om/', { javaScriptEnabled: false });
    for (const document of published()) {
      const warnings = document.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
      const section = page.locator(`section:has(> h3#varningar-${document.id})`);
      expect(await section.locator('li').count()).toBe(warnings.length);
      for (const warning of warnings) expect(await section.innerText()).toContain(warning.message);
    }
  });
});

describe('/tillganglighet/', () => {
  test('one h1; status, known gaps, testing, feedback, supervision by Digg, and the dates', async () => {
    const { page } = await open('/tillganglighet/', { width: 390, javaScriptEnabled: false });
    expect(await page.locator('h1').count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('delvis förenlig');
    expect(text).toContain('WCAG 2.2 nivå AA');
    expect(text).toContain('Myndigheten för digital förvaltning');
    expect(text).toMatch(/axe-core/u);
    expect(text).toMatch(/Rapportera brister/u);
    expect(await page.locator('time[datetime="2026-11-22"]').count()).toBe(2);
    expect(await page.locator('#brister + ul > li').count()).toBeGreaterThanOrEqual(3);
    // The long Swedish words of the heading break instead of widening the page on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
