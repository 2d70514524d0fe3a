/**
 * `/ansvar/` and its comparison pages in a browser: the charts' sentences without JavaScript, the
 * cell panel, the keyboard, the document picker, the jump select and print.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, DIST, useBrowser } from '../support/browser.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { withoutSoftHyphens as read } from '../../src/ui/soft-hyphen.ts';

const open = useBrowser();

const HYLTE_TWIN_TOWNS = 'Kommunfullmäktige beslutar om policy och riktlinjer för det internationella arbetet samt om vänortsförbindelser.';

/** Does the built page at `href` (`/dokument/hylte/#ansvar`) exist and carry the fragment's id? */
function resolves(href: string): boolean {
  const [path = '', fragment] = href.split('#');
  const file = join(DIST, ...path.split('/').filter(Boolean), 'index.html');
  if (!existsSync(file)) return false;
  return fragment === undefined || readFileSync(file, 'utf8').includes(`id="${fragment}"`);
}

/** The element that has focus: its tag, href and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName.toLowerCase() ?? '', href: element?.getAttribute('href') ?? '', text: element?.textContent?.trim() ?? '' };
  });

/** Press Tab until a chart cell has focus (at most `limit` times); its href. */
async function tabToCell(page: Page, limit = 60): Promise<string> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement?.matches('a[data-cell]') ? document.activeElement.getAttribute('href') : null));
    if (href) return href;
  }
  throw new Error('no chart cell reached with Tab');
}

describe('without JavaScript', () => {
  test('each chart is a figure with a caption that states a finding and a table with the same data', async () => {
    const { page } = await open('/ansvar/', { width: 390, javaScriptEnabled: false });
    const figures = await page.locator('figure').evaluateAll((elements) =>
      elements.map((figure) => ({
        caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
        table: figure.querySelector('table caption')?.textContent?.trim() ?? '',
        svg: figure.querySelectorAll('svg:not(.role-badge)').length,
      })),
    );
    expect(figures).toHaveLength(6);
    for (const figure of figures) {
      expect(figure.caption.length).toBeGreaterThan(30);
      expect(figure.table.length).toBeGreaterThan(5);
      expect(figure.svg).toBeGreaterThan(0);
    }
    expect(figures[0]?.caption).toMatch(/^Kommunstyrelsen har uppgifter i alla 5 dokumenten/u);
    // As a reader reads them: without the soft hyphens in long words (src/ui/hyphenate.ts).
    const headers = (await page.locator('figure table').first().locator('th[scope="col"]').allTextContents()).map(read);
    expect(headers).toEqual(['Uppgift', 'Eksjö', 'Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö']);
  });

  test('every chart cell links to its sentences on the page, quoted verbatim with links to their sections', async () => {
    const { page } = await open('/ansvar/', { javaScriptEnabled: false });
    const targets = await page.locator('a[data-cell]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThan(30);
    for (const target of targets) expect(await page.locator(target).count(), target).toBe(1);
    const hylte = page.locator('#kalla-vanorter-hylte');
    expect(await hylte.textContent()).toContain(HYLTE_TWIN_TOWNS);
    const sectionLinks = await page.locator('.sources a[href^="/dokument/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(sectionLinks.length).toBeGreaterThanOrEqual(60);
    for (const href of new Set(sectionLinks)) expect(resolves(href), href).toBe(true);
    const tableLinks = await page.locator('figure table a[href^="#kalla-"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(new Set(tableLinks)).toEqual(new Set(targets));
  });

  test('following a cell goes to its sentences; the panel, picker and select stay away', async () => {
    const { page } = await open('/ansvar/', { javaScriptEnabled: false });
    await page.locator('a[data-cell][href="#kalla-vanorter-hylte"]').click();
    expect(new URL(page.url()).hash).toBe('#kalla-vanorter-hylte');
    expect(await page.locator('#kalla-vanorter-hylte').isVisible()).toBe(true);
    // The target scrolls into view (waited for: a loaded machine may scroll a moment later).
    await page.waitForFunction(
      () => {
        const top = document.querySelector('#kalla-vanorter-hylte')?.getBoundingClientRect().top ?? -1;
        return top > -2 && top < window.innerHeight; // sub-pixel rounding may leave it a fraction above 0
      },
      undefined,
      { timeout: 10_000 },
    );
    expect(await page.locator('[data-cell-panel]').isVisible()).toBe(false);
    // The document picker is there without JavaScript, nothing ticked.
    expect(await page.locator('form[data-document-picker] input[type="checkbox"]:checked').count()).toBe(0);
    expect(await page.locator('form[data-document-picker] input[type="checkbox"]').count()).toBe(5);
    expect(await page.locator('select').count()).toBe(0);
    expect(await page.locator('#uppgifter a').count()).toBe(11);
  });
});

describe('with JavaScript', () => {
  test('focusing a cell shows its sentences beside the chart; Enter moves there, Esc goes back', async () => {
    const { page, pageErrors, externalRequests } = await open('/ansvar/');
    const panel = page.locator('[data-cell-panel]');
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.textContent()).not.toContain(HYLTE_TWIN_TOWNS);
    await page.focus('a[data-cell][href="#kalla-vanorter-hylte"]');
    expect(await panel.locator('h3').textContent()).toBe('Hylte: Vänorter och samarbetsavtal');
    expect(await panel.textContent()).toContain(HYLTE_TWIN_TOWNS);
    expect(await page.locator('a[data-cell][href="#kalla-vanorter-hylte"]').getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'h3', text: 'Hylte: Vänorter och samarbetsavtal' });
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    expect((await focused(page)).href).toBe('#kalla-vanorter-hylte');
    expect(pageErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  test('the arrow keys move between cells: right to Järfälla, up past a gap, down again', async () => {
    const { page } = await open('/ansvar/');
    await page.focus('a[data-cell][href="#kalla-vanorter-hylte"]');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).href).toBe('#kalla-vanorter-jarfalla');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).href).toBe('#kalla-styrdokumentet-jarfalla');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).href).toBe('#kalla-samordning-jarfalla');
    expect(await page.locator('[data-cell-panel] h3').textContent()).toBe('Järfälla: Leder och samordnar');
  });

  test('clicking a cell shows its sentences, and their links lead to the section', async () => {
    const { page } = await open('/ansvar/');
    await page.locator('a[data-cell][href="#kalla-medlemskap-tyreso"]').click();
    const panel = page.locator('[data-cell-panel]');
    expect(await panel.textContent()).toContain('beslutar om medlemskap i internationella nätverk och organisationer som omfattar hela kommunen.');
    expect((await focused(page)).tag).toBe('h3');
    const link = panel.locator('a[href^="/dokument/"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe('/dokument/tyreso/#ansvar');
    await link.click();
    await page.waitForURL(/\/dokument\/tyreso\/#ansvar$/u);
    expect(await page.locator('#ansvar').isVisible()).toBe(true);
  });

  test('keyboard alone: Tab reaches a cell, its focus is visible, Space or Enter opens the panel and the back button returns', async () => {
    const { page } = await open('/ansvar/');
    const href = await tabToCell(page);
    expect(href).toBe('#kalla-styrdokumentet-eksjo');
    const fill = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.cell__hit')!).fill);
    expect(fill).toBe('rgb(255, 191, 71)');
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('h3');
    const back = page.locator('[data-cell-panel] button');
    await back.focus();
    await page.keyboard.press('Enter');
    expect((await focused(page)).href).toBe(href);
  });

  test('the picker shows any set of municipalities, and ?d= chooses on arrival', async () => {
    const { page } = await open('/ansvar/');
    const picker = page.locator('form[data-document-picker]');
    const columnWidth = Number(await page.locator('svg[data-column-width]').getAttribute('data-column-width'));
    expect(await page.locator('[data-picker-status]').textContent()).toBe('Alla 5 kommuner visas.');
    await picker.getByLabel('Hylte').check();
    await picker.getByLabel('Järfälla').check();
    await picker.getByLabel('Tyresö').check();
    expect(new URL(page.url()).searchParams.get('d')).toBe('hylte,jarfalla,tyreso');
    expect(await page.locator('[data-picker-status]').textContent()).toBe('3 av 5 kommuner visas.');
    expect(await page.locator('g[data-kommun="eksjo"]').getAttribute('display')).toBe('none');
    expect(await page.locator('g[data-kommun="hylte"]').getAttribute('transform')).toBe('translate(0 0)');
    expect(await page.locator('svg[data-column-width]').getAttribute('width')).toBe(String(3 * columnWidth));
    expect(await page.locator('#kalla-medlemskap-eksjo').isVisible()).toBe(false);
    expect(await page.locator('figure.small-multiple:visible').count()).toBe(3);

    const again = await open('/ansvar/?d=tyreso');
    expect(await again.page.locator('form[data-document-picker]').getByLabel('Tyresö').isChecked()).toBe(true);
    expect(await again.page.locator('form[data-document-picker]').getByLabel('Hylte').isChecked()).toBe(false);
    const box = await again.page.locator('svg[data-column-width]').boundingBox();
    expect(box?.width).toBe(columnWidth);
    await again.page.getByRole('button', { name: 'Visa alla kommuner' }).click();
    expect(new URL(again.page.url()).searchParams.has('d')).toBe(false);
    expect(await again.page.locator('g[data-kommun]:not([display])').count()).toBe(5);
    expect(await again.page.locator('form[data-document-picker] input:checked').count()).toBe(0);
  });

  test('the select jumps to a kind of duty', async () => {
    const { page } = await open('/ansvar/', { width: 390 });
    expect(await page.locator('#uppgifter').isVisible()).toBe(false);
    await page.getByLabel('Uppgift', { exact: true }).selectOption({ label: 'Vänorter och samarbetsavtal' });
    await page
      .locator('form', { has: page.getByLabel('Uppgift', { exact: true }) })
      .getByRole('button', { name: 'Visa', exact: true })
      .click();
    await page.waitForURL(/\/ansvar\/vanorter\/$/u);
    expect(read((await page.locator('h1').textContent())!)).toBe('Vänorter och samarbetsavtal: vem gör vad?');
    expect(await page.getByLabel('Uppgift', { exact: true }).inputValue()).toMatch(/\/ansvar\/vanorter\/$/u);
  });

  test('no axe violations with the panel open and a selection made', async () => {
    const { page } = await open('/ansvar/', { width: 390 });
    await page.locator('form[data-document-picker]').getByLabel('Tyresö').check();
    await page.locator('a[data-cell][href="#kalla-samordning-tyreso"]').click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a comparison page', () => {
  test('twin towns: the finding answers who decides; each cell leads to the sentences', async () => {
    const { page } = await open('/ansvar/vanorter/', { javaScriptEnabled: false });
    expect(await page.locator('figcaption').textContent()).toBe(
      'Beslutar: kommunfullmäktige i Hylte och Järfälla; kommunstyrelsen i Tyresö. Genomför: kommunfullmäktige i Eskilstuna. Anger ingen aktör: Eksjö.',
    );
    expect(await page.locator('#kalla-tyreso').textContent()).toContain('beslutar om att ingå och säga upp vänortsavtal');
    expect(await page.locator('#kalla-eksjo').textContent()).toContain('Dokumentet säger inte vem som ansvarar för vänorter och samarbetsavtal.');
    expect(await page.locator('a[data-cell]').count()).toBe(4);
    const columns = await page.locator('a.column-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(columns).toEqual(['/ansvar/aktor/kommunfullmaktige/', '/ansvar/aktor/kommunstyrelsen/']);
    for (const href of columns) expect(resolves(href ?? '')).toBe(true);
  });

  test('with JavaScript a cell shows its municipality’s sentences', async () => {
    const { page } = await open('/ansvar/vanorter/');
    await page.focus('a[data-cell][href="#kalla-tyreso"]');
    expect(await page.locator('[data-cell-panel] h3').textContent()).toBe('Tyresö: Vänorter och samarbetsavtal');
    expect(await page.locator('[data-cell-panel]').textContent()).toContain('beslutar om att ingå och säga upp vänortsavtal');
  });

  test('every kind of duty and every actor with duties has its page', async () => {
    const { page } = await open('/ansvar/', { javaScriptEnabled: false });
    const hrefs = await page.locator('#uppgifter a, #aktorer a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(11 + 5);
    for (const href of hrefs) expect(resolves(href), href).toBe(true);
    const actor = await open('/ansvar/aktor/kommunstyrelsen/', { javaScriptEnabled: false });
    expect(await actor.page.locator('figcaption').textContent()).toMatch(/^Kommunstyrelsen har uppgifter i alla 5 dokumenten\./u);
  });
});

describe('print', () => {
  test.each(['/ansvar/', '/ansvar/aktor/kommunstyrelsen/'])('%s: the charts are visible and nothing is cut at paper width', async (path) => {
    const { page } = await open(path, { width: 700 });
    await page.emulateMedia({ media: 'print' });
    const charts = await page.locator('[data-matrix]').evaluateAll((matrices) =>
      matrices.map((matrix) => {
        const figure = matrix.closest('figure')!.getBoundingClientRect();
        const svgs = [...matrix.querySelectorAll(':scope > svg')].map((svg) => svg.getBoundingClientRect());
        return {
          figureRight: figure.right,
          right: Math.max(...svgs.map((box) => box.right)),
          heights: svgs.map((box) => Math.round(box.height)),
          scroll: matrix.parentElement!.scrollWidth - matrix.parentElement!.clientWidth,
        };
      }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.right).toBeLessThanOrEqual(chart.figureRight + 1);
      expect(chart.scroll).toBeLessThanOrEqual(0);
      expect(chart.heights[0]).toBeGreaterThan(100);
      expect(Math.abs((chart.heights[0] ?? 0) - (chart.heights[1] ?? 0))).toBeLessThanOrEqual(1);
    }
    expect(await page.locator('figure').first().isVisible()).toBe(true);
    expect(await page.locator('[data-cell-panel]').isVisible()).toBe(false);
  });
});

describe('one answer to "how is the work followed up?"', () => {
  const documents = JSON.parse(readFileSync(join(DIST, 'data', 'documents.json'), 'utf8')) as PolicyDocument[];

  test('/ansvar/uppfoljning/ answers it per document, as /data/documents.json has it; the comparison points there', async () => {
    const { page } = await open('/ansvar/uppfoljning/', { javaScriptEnabled: false });
    const rows = await page.locator('.follow-up-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-document'),
        hasSection: tr.querySelector('[data-has-section]')!.getAttribute('data-has-section'),
        cells: [...tr.children].map((cell) => cell.textContent!.replaceAll('\u00AD', '').replace(/\s+/gu, ' ').trim()),
      })),
    );
    expect(rows.map((row) => row.id).sort()).toEqual(documents.map((document) => document.id).sort());
    for (const document of documents) {
      const row = rows.find((candidate) => candidate.id === document.id)!;
      const ownSection = document.sections.some((section) => section.part === 'document' && section.category === 'follow-up');
      expect(row.hasSection, document.id).toBe(ownSection ? 'ja' : 'nej');
      const assignees = [...new Set(document.responsibilities.filter((entry) => entry.kind === 'follow-up').map((entry) => entry.actor.label))];
      for (const actor of assignees) expect(row.cells[3], document.id).toContain(actor);
      if (assignees.length === 0) expect(row.cells[3]).toBe('Ingen namnges');
    }
    // Tyresö: no section of its own, but its Ansvar section speaks of it.
    expect(rows.find((row) => row.id === 'tyreso')!.cells.slice(1, 3)).toEqual(['Saknas', '4 Ansvar']);
    const compare = await open('/jamfor/?k=uppfoljning', { javaScriptEnabled: false });
    expect(await compare.page.locator('a[href="/ansvar/uppfoljning/#dokument-for-dokument"]').count()).toBeGreaterThan(0);
  });
});
