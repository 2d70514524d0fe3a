import { beforeAll, describe, expect, test } from 'vitest';
import { actorRoleChart } from '../../src/features/ansvar/actor-role-chart.ts';
import { actorRoleMatrices } from '../../src/features/ansvar/actor-role-matrix.ts';
import { compareByActor, compareByKind } from '../../src/features/ansvar/comparison.ts';
import { comparisonChart } from '../../src/features/ansvar/comparison-chart.ts';
import { dutyMatrixChart } from '../../src/features/ansvar/duty-matrix-chart.ts';
import type { MatrixChart } from '../../src/charts/matrix-frame.ts';
import { dutyMatrix } from '../../src/features/ansvar/duty-matrix.ts';
import { h, renderSvg, type SvgChild, type SvgElement } from '../../src/charts/svg.ts';
import { textWidth, wrapText } from '../../src/charts/text.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { SEEDS, parseSeed, type SeedName } from '../support/parse.ts';

/** The five real documents, in Swedish order of municipality (as `getDocuments()` gives them). */
async function seeds(): Promise<PolicyDocument[]> {
  const collator = new Intl.Collator('sv');
  const documents = await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)));
  return documents.sort((a, b) => collator.compare(a.municipality ?? '', b.municipality ?? ''));
}

const XMLNS = 'http://www.w3.org/2000/svg';

/** Both SVGs of a matrix chart as the page gets them, side by side in one SVG file that a viewer can open. */
function markup(chart: MatrixChart): string {
  const body = { ...chart.body, attrs: { ...chart.body.attrs, x: chart.labels.attrs.width } };
  return `${renderSvg(h('svg', { xmlns: XMLNS, width: chart.width, height: chart.height, 'font-family': 'sans-serif' }, chart.labels, body))}\n`;
}

/** SVGs stacked in one file. */
function stacked(svgs: readonly SvgElement[]): string {
  let y = 0;
  const placed = svgs.map((svg) => {
    const top = y;
    y += Number(svg.attrs.height) + 16;
    return { ...svg, attrs: { ...svg.attrs, y: top } };
  });
  const width = Math.max(...svgs.map((svg) => Number(svg.attrs.width)));
  return `${renderSvg(h('svg', { xmlns: XMLNS, width, height: y, 'font-family': 'sans-serif' }, placed))}\n`;
}

/** Every element of a tree, depth first. */
function elements(node: SvgChild): SvgElement[] {
  return typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];
}
const links = (node: SvgChild): SvgElement[] => elements(node).filter((element) => element.tag === 'a');

let documents: PolicyDocument[];
beforeAll(async () => {
  documents = await seeds();
});

describe('SVG snapshots of the five real documents (regenerate on purpose with `vitest -u`)', () => {

  test('per municipality: one small multiple per document', async () => {
    const svgs = actorRoleMatrices(documents).map((matrix) => actorRoleChart(matrix, `Diagram: ${matrix.document.label}`));
    await expect(stacked(svgs)).toMatchFileSnapshot('./__snapshots__/ansvar-per-kommun.svg');
  });

  test('across municipalities: twin towns, and kommunstyrelsen', async () => {
    await expect(markup(comparisonChart(compareByKind(documents, 'twin-towns'), true))).toMatchFileSnapshot('./__snapshots__/ansvar-vanorter.svg');
    await expect(markup(comparisonChart(compareByActor(documents, 'ks'), false))).toMatchFileSnapshot('./__snapshots__/ansvar-kommunstyrelsen.svg');
  });

  test('the same data gives the same markup', () => {
    expect(markup(dutyMatrixChart(dutyMatrix(documents)))).toBe(markup(dutyMatrixChart(dutyMatrix(documents))));
  });
});

describe('the Vem-gör-vad chart', () => {
  // What the 47 KB SVG snapshot of this chart guarded, said as what a reader sees and where it is drawn.
  test('the five real documents: a linked row per kind of duty, a column per municipality with its count, in each cell the actors’ chips, named, or a dash', () => {
    const matrix = dutyMatrix(documents);
    const chart = dutyMatrixChart(matrix);
    const text = (element: SvgElement): string => elements(element).flatMap((child) => child.children.filter((part) => typeof part === 'string')).join('');
    const same = (shown: string) => shown.replace(/[\s-]/gu, '');
    const rowLinks = links(chart.labels);
    expect(rowLinks.map((link) => same(text(link)))).toEqual(matrix.rows.map((row) => same(row.label)));
    expect(rowLinks.map((link) => link.attrs.href)).toEqual(['/ansvar/styrdokumentet/', '/ansvar/vanorter/', '/ansvar/medlemskap/', '/ansvar/samordning/', '/ansvar/projekt/', '/ansvar/projektbeslut/', '/ansvar/omvarldsbevakning/', '/ansvar/representation/', '/ansvar/uppfoljning/', '/ansvar/information/', '/ansvar/ovrigt/']);
    const columnWidth = Number(chart.body.attrs['data-column-width']);
    const columns = elements(chart.body).filter((element) => element.attrs.class === 'matrix__column');
    const seen: Record<string, [string, number, number]> = {};
    columns.forEach((column, columnIndex) => {
      const [name, count, ...cells] = column.children as SvgElement[];
      expect(text(name!)).toBe(matrix.columns[columnIndex]!.label);
      expect(cells).toHaveLength(matrix.rows.length);
      let chips = 0;
      cells.forEach((shown, rowIndex) => {
        const cell = matrix.cells[rowIndex]![columnIndex]!;
        if (cell.actors.length === 0) {
          expect([shown.attrs.class, text(shown)]).toEqual(['cell__empty', '–']);
          return;
        }
        const chipLabels = elements(shown).filter((element) => element.attrs.class === 'chip').map((chip) => text(chip).trim());
        expect(chipLabels).toHaveLength(cell.actors.length);
        chips += chipLabels.length;
        expect(String(shown.attrs['aria-label'])).toMatch(new RegExp(`^${matrix.columns[columnIndex]!.label}, ${matrix.rows[rowIndex]!.label}: ${chipLabels.join(' ')}\\.? .+\\. Visa meningarna\\.$`, 'u'));
        expect(shown.attrs.href).toBe(`#${cell.anchor}`);
        // The chips sit inside their cell: below each other, within the row and the column.
        const hit = elements(shown).find((element) => element.tag === 'rect')!;
        const tops = elements(shown).filter((element) => element.attrs.class === 'chip').map((chip) => Number(/translate\(([\d.]+) ([\d.]+)\)/u.exec(String(chip.attrs.transform))![2]));
        for (const [index, top] of tops.entries()) {
          expect(top).toBeGreaterThanOrEqual(Number(hit.attrs.y));
          expect(top + 16).toBeLessThanOrEqual(Number(hit.attrs.y) + Number(hit.attrs.height));
          if (index > 0) expect(top).toBeGreaterThanOrEqual(tops[index - 1]! + 16);
        }
        for (const chip of elements(shown).filter((element) => element.attrs.class === 'chip')) {
          const left = Number(/translate\(([\d.]+)/u.exec(String(chip.attrs.transform))![1]);
          const label = elements(chip).find((element) => element.tag === 'text')!;
          expect(left + Number(label.attrs.x) + textWidth(text(label), 13)).toBeLessThanOrEqual(columnWidth);
        }
      });
      seen[String(column.attrs['data-kommun'])] = [text(count!), cells.filter((cell) => cell.tag === 'a').length, chips];
    });
    // Per municipality: the count under its name, the cells filled and the chips in them, as today.
    expect(seen).toEqual({
      eksjo: ['7 uppgifter', 5, 5],
      eskilstuna: ['9 uppgifter', 6, 7],
      hylte: ['30 uppgifter', 10, 20],
      jarfalla: ['18 uppgifter', 7, 12],
      tyreso: ['19 uppgifter', 10, 15],
    });
  });

  test('row labels and cells are two SVGs of one height, every column a group a script can move', () => {
    const chart = dutyMatrixChart(dutyMatrix(documents));
    expect(chart.labels.attrs.height).toBe(chart.body.attrs.height);
    expect(chart.labels.attrs.viewBox).toBe(`0 0 ${chart.labels.attrs.width} ${chart.height}`);
    const columns = elements(chart.body).filter((element) => element.attrs.class === 'matrix__column');
    expect(columns.map((column) => column.attrs['data-kommun'])).toEqual(['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']);
    const width = Number(chart.body.attrs['data-column-width']);
    expect(columns.map((column) => column.attrs.transform)).toEqual([0, 1, 2, 3, 4].map((index) => `translate(${index * width} 0)`));
  });

  test('every cell with actors is a link to its sentences, named for a screen reader; a gap is a dash', () => {
    const matrix = dutyMatrix(documents);
    const chart = dutyMatrixChart(matrix);
    const cells = links(chart.body);
    const filled = matrix.cells.flat().filter((cell) => cell.actors.length > 0);
    expect(cells.map((link) => link.attrs.href)).toEqual(expect.arrayContaining(filled.map((cell) => `#${cell.anchor}`)));
    expect(cells).toHaveLength(filled.length);
    const hylte = cells.find((link) => link.attrs.href === '#kalla-vanorter-hylte');
    expect(hylte?.attrs['aria-label']).toBe('Hylte, Vänorter och samarbetsavtal: KF. Kommunfullmäktige beslutar. Visa meningarna.');
    const dashes = elements(chart.body).filter((element) => element.attrs.class === 'cell__empty');
    expect(dashes).toHaveLength(matrix.cells.flat().length - filled.length);
  });

  test('a cell’s accessible name holds the text it shows, in order', () => {
    const chart = dutyMatrixChart(dutyMatrix(documents));
    for (const link of links(chart.body).filter((element) => element.attrs.class === 'cell')) {
      const shown = elements(link).filter((element) => element.tag === 'text').map((element) => element.children.join('')).join('').trim();
      expect(String(link.attrs['aria-label'])).toContain(shown);
    }
  });

  test('a role is shown by its letter as well as its colour; the link’s own text is the actor’s label', () => {
    const chart = dutyMatrixChart(dutyMatrix(documents));
    const hylte = links(chart.body).find((link) => link.attrs.href === '#kalla-vanorter-hylte')!;
    expect(elements(hylte).filter((element) => element.tag === 'text').map((element) => element.children.join(''))).toEqual([' KF']);
    const use = elements(hylte).find((element) => element.tag === 'use')!;
    const symbol = elements(chart.body).find((element) => element.tag === 'symbol' && `#${element.attrs.id}` === use.attrs.href)!;
    expect(elements(symbol).find((element) => element.tag === 'text')?.children).toEqual(['B']);
    expect(elements(hylte).find((element) => element.tag === 'rect' && element.attrs.fill === '#1d4f91')).toBeDefined();
  });

  test('the row labels link to each kind’s comparison page', () => {
    const chart = dutyMatrixChart(dutyMatrix(documents));
    expect(links(chart.labels).map((link) => link.attrs.href)).toContain('/ansvar/vanorter/');
  });
});

describe('the comparison chart', () => {
  test('slanted column headings link to the actors’ pages; cells link to each document’s sentences', () => {
    const chart = comparisonChart(compareByKind(documents, 'twin-towns'), true);
    const hrefs = links(chart.body).map((link) => link.attrs.href);
    expect(hrefs.slice(0, 2)).toEqual(['/ansvar/aktor/kommunfullmaktige/', '/ansvar/aktor/kommunstyrelsen/']);
    expect(hrefs.slice(2)).toEqual(['#kalla-eskilstuna', '#kalla-hylte', '#kalla-jarfalla', '#kalla-tyreso']);
    expect(links(chart.body).find((link) => link.attrs.href === '#kalla-tyreso')?.attrs['aria-label']).toBe('Tyresö: Kommunstyrelsen beslutar. Visa meningarna.');
  });

  test('a long municipality label is shortened to keep the column narrow, its whole text kept as title', () => {
    const comparison = compareByKind(documents, 'twin-towns');
    const renamed = { ...comparison, rows: comparison.rows.map((row) => (row.document.id === 'hylte' ? { ...row, document: { ...row.document, label: 'Hylte: Riktlinjer för Hylte kommuns internationella arbete' } } : row)) };
    const chart = comparisonChart(renamed, true);
    expect(Number(chart.labels.attrs.width)).toBeLessThanOrEqual(180);
    const label = elements(chart.labels).find((element) => element.tag === 'text' && element.children.some((child) => typeof child !== 'string' && child.tag === 'title'))!;
    expect((label.children[0] as SvgElement).children).toEqual(['Hylte: Riktlinjer för Hylte kommuns internationella arbete']);
    const shown = String(label.children[1]);
    expect(shown).toMatch(/^Hylte: Riktlinjer.*…$/u);
    expect(textWidth(shown, 13, true)).toBeLessThanOrEqual(180 - 16);
  });

  test('headings fit: every slanted label ends inside the chart, above the first row', () => {
    const chart = comparisonChart(compareByActor(documents, 'ks'), false);
    const width = Number(chart.body.attrs.width);
    const headings = links(chart.body).filter((link) => link.attrs.class === 'column-link');
    expect(headings).toHaveLength(11);
    for (const heading of headings) {
      const text = heading.children[0] as SvgElement;
      const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)/u.exec(String(text.attrs.transform)) ?? [];
      const reach = textWidth(text.children.join(''), 12) * Math.SQRT1_2;
      expect(Number(x) + reach).toBeLessThanOrEqual(width);
      expect(Number(y) - reach).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('the small multiples', () => {
  test('one row per actor with a box per role held, numbers inside', () => {
    const [eksjo] = actorRoleMatrices(documents);
    const svg = actorRoleChart(eksjo!, 'Diagram: Eksjö');
    expect(svg.attrs.role).toBe('img');
    expect(svg.attrs['aria-label']).toBe('Diagram: Eksjö');
    const titles = elements(svg).filter((element) => element.tag === 'title').map((element) => element.children.join(''));
    expect(titles).toContain('Kommunstyrelsen beslutar: 1');
    expect(Number(svg.attrs.width)).toBeLessThanOrEqual(358);
  });
});

describe('the SVG tree', () => {
  test('text and attribute values are escaped: nothing a document says becomes markup', () => {
    const svg = h('svg', { 'aria-label': 'a "quoted" <b>' }, h('text', {}, '<script>alert(1)</script> & co'));
    expect(renderSvg(svg)).toBe('<svg aria-label="a &quot;quoted&quot; &lt;b&gt;">\n  <text>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text>\n</svg>');
  });

  test('undefined attributes, null and false children are left out; nested arrays are flattened', () => {
    expect(renderSvg(h('g', { x: undefined, y: 1 }, null, false, [[h('rect')], 'a']))).toBe('<g y="1">\n  <rect></rect>\n  a\n</g>');
  });

  test('wrapping keeps lines within the width; a long word breaks at a compound joint, else where it must', () => {
    const lines = wrapText('Projekt och extern finansiering', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(wrapText('Kommunledningskontoret', 130, 13)).toEqual(['Kommunlednings-', 'kontoret']);
    expect(wrapText('Ordförandeberedning', 110, 13)).toEqual(['Ordförande-', 'beredning']);
    for (const line of wrapText('Kommunfullmäktigepresidiet', 50, 13)) expect(textWidth(line, 13)).toBeLessThanOrEqual(50);
    expect(wrapText('', 50, 13)).toEqual([]);
  });
});
