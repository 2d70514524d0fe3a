import { beforeAll, describe, expect, test } from 'vitest';
import { PALETTE } from '../../src/charts/palette.ts';
import type { MatrixChart } from '../../src/charts/matrix-frame.ts';
import { FONT } from '../../src/charts/role-marks.ts';
import { h, renderSvg, type SvgChild, type SvgElement } from '../../src/charts/svg.ts';
import { textWidth, wrapText } from '../../src/charts/text.ts';
import { actorRoleChart } from '../../src/features/ansvar/actor-role-chart.ts';
import { actorRoleMatrices } from '../../src/features/ansvar/actor-role-matrix.ts';
import { actorLabel, actorRank } from '../../src/features/ansvar/actors.ts';
import { compareByActor, compareByKind } from '../../src/features/ansvar/comparison.ts';
import { comparisonChart } from '../../src/features/ansvar/comparison-chart.ts';
import { DUTY_KIND_ORDER, dutyKindPath } from '../../src/features/ansvar/duty-kinds.ts';
import { dutyMatrix } from '../../src/features/ansvar/duty-matrix.ts';
import { dutyMatrixChart } from '../../src/features/ansvar/duty-matrix-chart.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { ROLES } from '../../src/taxonomy/roles.ts';
import { descendants, numberAttribute } from '../support/chart-tree.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { filledCells, readComparisonChart } from '../support/read-comparison-chart.ts';
import { countsByActor, readSmallMultiple } from '../support/read-small-multiple.ts';
import { rectangle, textBox, within } from '../support/text-box.ts';

/** Every element of a tree, depth first. */
const elements = descendants;
const links = (node: SvgChild): SvgElement[] => elements(node).filter((element) => element.tag === 'a');

let documents: PolicyDocument[];
beforeAll(async () => {
  documents = await parseSeedsInSiteOrder();
});

describe('the small multiples of the five documents, as a reader sees them', () => {
  const charts = () => actorRoleMatrices(documents).map((matrix) => ({ matrix, svg: actorRoleChart(matrix, `Diagram: ${matrix.document.label}`) }));

  test('each counts every duty once: per actor, the number under each role’s letter', () => {
    const read = Object.fromEntries(charts().map(({ matrix, svg }) => [matrix.document.id, countsByActor(readSmallMultiple(svg))]));
    expect(read).toEqual({
      eksjo: { Kommunfullmäktige: 'B1', Kommunstyrelsen: 'B1', 'Förvaltning eller sektor': 'B1 O1 S3' },
      eskilstuna: { Kommunfullmäktige: 'G1 F1', Kommunstyrelsen: 'F1 I1', Nämnd: 'G4 O1' },
      hylte: {
        Kommunfullmäktige: 'B2',
        Kommunstyrelsen: 'L3 G4 U1 S2 I4',
        'Kommunstyrelsens arbetsutskott': 'B1',
        'Kommunstyrelsens vice ordförande': 'L1',
        Ordförandeberedning: 'B1',
        'Ansvariga politiker': 'B1 I1',
        Nämnd: 'B1 G3 U1',
        'Kommunala stiftelser': 'G3 U1',
      },
      jarfalla: { Kommunfullmäktige: 'B3', Kommunstyrelsen: 'B2 L2 U1', 'Kommunfullmäktiges presidium': 'F1', Nämnd: 'B1 L1 G4 U2', 'Kommunala bolag': 'U1' },
      tyreso: { Kommunstyrelsen: 'B3 L1 I1', Nämnd: 'G3 U1', Kommunledningskontoret: 'L2 F1 O1 S4 I1', 'Kommunala bolag': 'G1' },
    });
    for (const { matrix, svg } of charts()) {
      const total = readSmallMultiple(svg).counts.reduce((sum, count) => sum + Number(count.count), 0);
      expect(total, matrix.document.id).toBe(matrix.total);
    }
  });

  test('the roles head the columns by letter, in the legend’s order, each named in its tooltip', () => {
    for (const { svg } of charts()) {
      const { headings } = readSmallMultiple(svg);
      expect(headings.map((heading) => heading.letter).join('')).toBe(ROLES.map((role) => role.letter).join(''));
      expect(headings.map((heading) => heading.title)).toEqual(ROLES.map((role) => role.label));
    }
  });

  test('the actors run from fullmäktige downwards, each name whole, within the label column', () => {
    for (const { matrix, svg } of charts()) {
      const { rows, headings } = readSmallMultiple(svg);
      expect(rows.map((row) => row.label)).toEqual(matrix.rows.map((row) => actorLabel(row.actorId)));
      expect(matrix.rows.map((row) => actorRank(row.actorId))).toEqual(matrix.rows.map((row) => actorRank(row.actorId)).sort((a, b) => a - b));
      const labelColumn = rectangle(0, 0, Math.min(...headings.map((heading) => numberAttribute(heading.box, 'x'))), numberAttribute(svg, 'height'));
      for (const row of rows) {
        row.lines.forEach((line, index) => {
          const baseline = numberAttribute(row.labelText, 'y') + index * 14;
          const box = textBox(line, { x: numberAttribute(row.labelText, 'x'), y: baseline, fontSize: Number(row.labelText.attrs['font-size']) });
          expect(within(box, labelColumn), line).toBe(true);
          expect(within(box, rectangle(0, row.top, labelColumn.right, row.bottom - row.top)), line).toBe(true);
        });
      }
    }
  });

  test('every number sits in its row, under its letter, in the role’s colour, its tooltip saying who does what how often', () => {
    for (const { matrix, svg } of charts()) {
      const reading = readSmallMultiple(svg);
      const drawing = rectangle(0, 0, numberAttribute(svg, 'width'), numberAttribute(svg, 'height'));
      for (const count of reading.counts) {
        const role = ROLES[count.column]!;
        const row = reading.rows[count.row]!;
        const box = rectangle(
          numberAttribute(count.box, 'x'),
          numberAttribute(count.box, 'y'),
          numberAttribute(count.box, 'width'),
          numberAttribute(count.box, 'height'),
        );
        expect(within(box, drawing)).toBe(true);
        expect(within(box, rectangle(0, row.top, drawing.right, row.bottom - row.top))).toBe(true);
        expect([count.box.attrs.fill, count.number.attrs.fill]).toEqual([PALETTE.roles[role.key].fill, PALETTE.roles[role.key].text]);
        expect(count.title).toBe(`${row.label} ${role.label.toLowerCase()}: ${count.count}`);
      }
      for (const heading of reading.headings) expect(heading.box.attrs.fill).toBe(PALETTE.roles[ROLES[reading.headings.indexOf(heading)]!.key].fill);
      expect(Number(svg.attrs.width), matrix.document.id).toBeLessThanOrEqual(358);
    }
  });

  test('a chart is one image named by its finding', () => {
    for (const { matrix, svg } of charts()) expect([svg.attrs.role, svg.attrs['aria-label']]).toEqual(['img', `Diagram: ${matrix.document.label}`]);
  });
});

describe('the comparison charts of the five documents, as a reader sees them', () => {
  const twinTowns = () => comparisonChart(compareByKind(documents, 'twin-towns'), true);
  const kommunstyrelsen = () => comparisonChart(compareByActor(documents, 'ks'), false);
  const read = (chart: MatrixChart) => readComparisonChart(chart.labels, chart.body);

  test('twin towns: who holds the duty in each municipality, by role letter', () => {
    const reading = read(twinTowns());
    expect(reading.columns.map((column) => [column.label, column.href])).toEqual([
      ['Kommunfullmäktige', '/ansvar/aktor/kommunfullmaktige/'],
      ['Kommunstyrelsen', '/ansvar/aktor/kommunstyrelsen/'],
    ]);
    expect(filledCells(reading)).toEqual({
      Eksjö: {},
      Eskilstuna: { Kommunfullmäktige: 'G' },
      Hylte: { Kommunfullmäktige: 'B' },
      Järfälla: { Kommunfullmäktige: 'B' },
      Tyresö: { Kommunstyrelsen: 'B' },
    });
  });

  test('kommunstyrelsen: its duties in each municipality, by role letter, under the eleven kinds of duty', () => {
    const reading = read(kommunstyrelsen());
    expect(reading.columns.map((column) => column.label)).toEqual([
      'Antar styrdokumentet',
      'Vänorter och samarbetsavtal',
      'Medlemskap i nätverk',
      'Leder och samordnar',
      'Projekt och extern finansiering',
      'Godkänner projekt',
      'Omvärldsbevakning',
      'Företräder kommunen',
      'Uppföljning och redovisning',
      'Informeras',
      'Övrigt',
    ]);
    expect(reading.columns.map((column) => column.href)).toEqual(DUTY_KIND_ORDER.map((kind) => dutyKindPath(kind)));
    expect(filledCells(reading)).toEqual({
      Eksjö: { 'Medlemskap i nätverk': 'B' },
      Eskilstuna: { 'Företräder kommunen': 'F', Informeras: 'I' },
      Hylte: {
        'Leder och samordnar': 'L',
        'Projekt och extern finansiering': 'G',
        Omvärldsbevakning: 'G',
        'Uppföljning och redovisning': 'U',
        Informeras: 'I',
        Övrigt: 'GS',
      },
      Järfälla: { 'Leder och samordnar': 'L', 'Godkänner projekt': 'B', 'Uppföljning och redovisning': 'U', Övrigt: 'B' },
      Tyresö: { 'Vänorter och samarbetsavtal': 'B', 'Medlemskap i nätverk': 'B', 'Leder och samordnar': 'L', 'Godkänner projekt': 'B', Informeras: 'I' },
    });
  });

  test('every row and column has a cell: the roles’ boxes, or a dash', () => {
    for (const chart of [twinTowns(), kommunstyrelsen()]) {
      const reading = read(chart);
      expect(reading.cells.map((cell) => [cell.row, cell.column])).toEqual(
        reading.rows.flatMap((_, row) => reading.columns.map((__, column) => [row, column])),
      );
      for (const cell of reading.cells) expect(cell.letters).toMatch(cell.link === undefined ? /^–$/u : /^[BLGUFOSI]+$/u);
    }
  });

  test('the municipalities in Swedish order, each name whole, bold, within the label column and its row', () => {
    for (const chart of [twinTowns(), kommunstyrelsen()]) {
      const reading = read(chart);
      const names = reading.rows.map((row) => row.label);
      expect(names).toEqual(['Eksjö', 'Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö']);
      expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
      for (const row of reading.rows) {
        const box = textBox(row.label, { x: row.x, y: row.baseline, fontSize: FONT, bold: true });
        expect(within(box, rectangle(0, row.top, numberAttribute(chart.labels, 'width'), row.bottom - row.top)), row.label).toBe(true);
        expect(row.title).toBeUndefined();
      }
    }
  });

  test('a cell’s boxes stay inside its own column, in the roles’ colours; its name says where and who does what', () => {
    for (const [chart, columnsAreActors] of [
      [twinTowns(), true],
      [kommunstyrelsen(), false],
    ] as const) {
      const reading = read(chart);
      for (const cell of reading.cells.filter((candidate) => candidate.link !== undefined)) {
        const hit = elements(cell.link!).find((element) => element.attrs.class === 'cell__hit')!;
        const area = rectangle(numberAttribute(hit, 'x'), numberAttribute(hit, 'y'), numberAttribute(hit, 'width'), numberAttribute(hit, 'height'));
        const boxes = elements(cell.link!)
          .filter((element) => element.attrs.class === 'role-box')
          .map((box) => elements(box).find((element) => element.tag === 'rect')!);
        boxes.forEach((rect, index) => {
          expect(
            within(rectangle(numberAttribute(rect, 'x'), numberAttribute(rect, 'y'), numberAttribute(rect, 'width'), numberAttribute(rect, 'height')), area),
          ).toBe(true);
          const role = ROLES.find((candidate) => candidate.letter === cell.letters[index])!;
          expect(rect.attrs.fill).toBe(PALETTE.roles[role.key].fill);
        });
        const row = reading.rows[cell.row]!.label;
        const column = reading.columns[cell.column]!.label;
        const roles = [...cell.letters].map((letter) => ROLES.find((role) => role.letter === letter)!.label.toLowerCase()).join(' och ');
        expect(cell.link!.attrs['aria-label']).toBe(
          columnsAreActors ? `${row}: ${column} ${roles}. Visa meningarna.` : `${row}, ${column}: ${roles}. Visa meningarna.`,
        );
      }
      // Neighbouring cells of a row do not touch.
      for (const [index, cell] of reading.cells.entries()) {
        const next = reading.cells[index + 1];
        if (next?.row !== cell.row || !cell.link || !next.link) continue;
        const right = (link: SvgElement) => elements(link).find((element) => element.attrs.class === 'cell__hit')!;
        expect(numberAttribute(right(cell.link), 'x') + numberAttribute(right(cell.link), 'width')).toBeLessThan(numberAttribute(right(next.link), 'x'));
      }
    }
  });

  test('the two halves are one chart: the same height, each SVG as wide as it draws', () => {
    for (const chart of [twinTowns(), kommunstyrelsen()]) {
      expect(chart.labels.attrs.height).toBe(chart.body.attrs.height);
      expect(chart.body.attrs.viewBox).toBe(`0 0 ${chart.body.attrs.width} ${chart.height}`);
      expect(chart.width).toBe(numberAttribute(chart.labels, 'width') + numberAttribute(chart.body, 'width'));
    }
  });
});

describe('the same data gives the same markup', () => {
  test('the Vem-gör-vad chart', () => {
    const markup = () => {
      const chart = dutyMatrixChart(dutyMatrix(documents));
      return renderSvg(chart.labels) + renderSvg(chart.body);
    };
    expect(markup()).toBe(markup());
  });
});

describe('the Vem-gör-vad chart', () => {
  // What the 47 KB SVG snapshot of this chart guarded, said as what a reader sees and where it is drawn.
  test('the five real documents: a linked row per kind of duty, a column per municipality with its count, in each cell the actors’ chips, named, or a dash', () => {
    const matrix = dutyMatrix(documents);
    const chart = dutyMatrixChart(matrix);
    const text = (element: SvgElement): string =>
      elements(element)
        .flatMap((child) => child.children.filter((part) => typeof part === 'string'))
        .join('');
    const same = (shown: string) => shown.replace(/[\s-]/gu, '');
    const rowLinks = links(chart.labels);
    expect(rowLinks.map((link) => same(text(link)))).toEqual(matrix.rows.map((row) => same(row.label)));
    expect(rowLinks.map((link) => link.attrs.href)).toEqual([
      '/ansvar/styrdokumentet/',
      '/ansvar/vanorter/',
      '/ansvar/medlemskap/',
      '/ansvar/samordning/',
      '/ansvar/projekt/',
      '/ansvar/projektbeslut/',
      '/ansvar/omvarldsbevakning/',
      '/ansvar/representation/',
      '/ansvar/uppfoljning/',
      '/ansvar/information/',
      '/ansvar/ovrigt/',
    ]);
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
        const chipLabels = elements(shown)
          .filter((element) => element.attrs.class === 'chip')
          .map((chip) => text(chip).trim());
        expect(chipLabels).toHaveLength(cell.actors.length);
        chips += chipLabels.length;
        expect(String(shown.attrs['aria-label'])).toMatch(
          new RegExp(`^${matrix.columns[columnIndex]!.label}, ${matrix.rows[rowIndex]!.label}: ${chipLabels.join(' ')}\\.? .+\\. Visa meningarna\\.$`, 'u'),
        );
        expect(shown.attrs.href).toBe(`#${cell.anchor}`);
        // The chips sit inside their cell: below each other, within the row and the column.
        const hit = elements(shown).find((element) => element.tag === 'rect')!;
        const tops = elements(shown)
          .filter((element) => element.attrs.class === 'chip')
          .map((chip) => Number(/translate\(([\d.]+) ([\d.]+)\)/u.exec(String(chip.attrs.transform))![2]));
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
      const shown = elements(link)
        .filter((element) => element.tag === 'text')
        .map((element) => element.children.join(''))
        .join('')
        .trim();
      expect(String(link.attrs['aria-label'])).toContain(shown);
    }
  });

  test('a role is shown by its letter as well as its colour; the link’s own text is the actor’s label', () => {
    const chart = dutyMatrixChart(dutyMatrix(documents));
    const hylte = links(chart.body).find((link) => link.attrs.href === '#kalla-vanorter-hylte')!;
    expect(
      elements(hylte)
        .filter((element) => element.tag === 'text')
        .map((element) => element.children.join('')),
    ).toEqual([' KF']);
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
    expect(links(chart.body).find((link) => link.attrs.href === '#kalla-tyreso')?.attrs['aria-label']).toBe(
      'Tyresö: Kommunstyrelsen beslutar. Visa meningarna.',
    );
  });

  test('a long municipality label is shortened to keep the column narrow, its whole text kept as title', () => {
    const comparison = compareByKind(documents, 'twin-towns');
    const renamed = {
      ...comparison,
      rows: comparison.rows.map((row) =>
        row.document.id === 'hylte' ? { ...row, document: { ...row.document, label: 'Hylte: Riktlinjer för Hylte kommuns internationella arbete' } } : row,
      ),
    };
    const chart = comparisonChart(renamed, true);
    expect(Number(chart.labels.attrs.width)).toBeLessThanOrEqual(180);
    const label = elements(chart.labels).find(
      (element) => element.tag === 'text' && element.children.some((child) => typeof child !== 'string' && child.tag === 'title'),
    )!;
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
    const titles = elements(svg)
      .filter((element) => element.tag === 'title')
      .map((element) => element.children.join(''));
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
