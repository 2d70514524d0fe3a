/** The overview's computations: coverage per document and category, its finding, decisions and the chart layout. */
import { describe, expect, test } from 'vitest';
import { layoutCoverageChart, MAX_CHART_WIDTH, type CoverageChartLayout } from '../../src/features/overview/coverage-chart.ts';
import { textWidth } from '../../src/charts/text.ts';
import { categoryTotals, coverageMatrix, documentCoverage, type CoverageRow } from '../../src/lib/coverage-matrix.ts';
import { decisionSummary } from '../../src/features/overview/decision.ts';
import { coverageFinding } from '../../src/features/overview/coverage-finding.ts';
import { followUpHref, questions, searchHref } from '../../src/features/overview/ways-in.ts';
import { CANONICAL_CATEGORY_KEYS, categoryFromUrlKey, type CanonicalCategoryKey } from '../../src/taxonomy/categories.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { rectangle, textBox, within } from '../support/text-box.ts';

const collator = new Intl.Collator('sv');

const seeds = parseSeedsInSiteOrder;

const statuses = (row: CoverageRow) => Object.fromEntries(row.cells.map((cell) => [cell.category, cell.status]));

describe('coverage', () => {
  test('each document covers the five categories as its sections say', async () => {
    const rows = coverageMatrix(await seeds());
    expect(Object.fromEntries(rows.map((row) => [row.documentId, statuses(row)]))).toEqual({
      eksjo: { purpose: 'heading', goals: 'heading', priorities: 'heading', responsibility: 'heading', 'follow-up': 'heading' },
      // Eskilstuna's follow-up is a header field ("Uppföljning: Årliga rapporter …").
      eskilstuna: { purpose: 'heading', goals: 'heading', priorities: 'heading', responsibility: 'heading', 'follow-up': 'heading' },
      // Hylte's "Internationellt arbete i Hylte kommun" got its category from its text; its subsection inherits the guess.
      hylte: { purpose: 'heading', goals: 'heading', priorities: 'guessed', responsibility: 'heading', 'follow-up': 'heading' },
      // Järfälla's cover letter does not count: the steering document itself has no purpose section.
      jarfalla: { purpose: 'missing', goals: 'heading', priorities: 'heading', responsibility: 'heading', 'follow-up': 'heading' },
      tyreso: { purpose: 'missing', goals: 'heading', priorities: 'heading', responsibility: 'heading', 'follow-up': 'missing' },
    });
  });

  test('a covered cell links to the first section of its category in the document itself; a missing one links nowhere', async () => {
    for (const document of await seeds()) {
      for (const cell of documentCoverage(document).cells) {
        if (cell.status === 'missing') {
          expect(cell.href).toBeNull();
          expect(cell.sections).toEqual([]);
          continue;
        }
        const first = document.sections.find((section) => section.category === cell.category && section.part === 'document')!;
        expect(cell.href).toBe(`/dokument/${document.id}/#${first.id}`);
        expect(cell.sections.every((section) => section.category === cell.category && section.part === 'document')).toBe(true);
      }
    }
  });

  test('a cover letter section of a canonical category does not make the document cover it', async () => {
    const document = structuredClone((await seeds()).find((candidate) => candidate.id === 'jarfalla')!);
    const letter = document.sections.find((section) => section.part === 'cover-letter')!;
    letter.category = 'purpose';
    letter.categoryBasis = 'heading';
    expect(statuses(documentCoverage(document)).purpose).toBe('missing');
  });

  test('totals count documents with each category and name those without', async () => {
    const totals = categoryTotals(coverageMatrix(await seeds()));
    expect(totals.map((total) => [total.category, total.covered, total.guessed, total.missing])).toEqual([
      ['purpose', 3, 0, ['Järfälla', 'Tyresö']],
      ['goals', 5, 0, []],
      ['priorities', 5, 1, []],
      ['responsibility', 5, 0, []],
      ['follow-up', 4, 0, ['Tyresö']],
    ]);
  });
});

/** A coverage row built by hand: `covered` lists the categories the document has. */
function row(label: string, covered: readonly CanonicalCategoryKey[], guessed: readonly CanonicalCategoryKey[] = []): CoverageRow {
  return {
    documentId: label.toLowerCase(),
    label,
    cells: CANONICAL_CATEGORY_KEYS.map((key) => ({
      category: key,
      categoryLabel: key,
      urlKey: key,
      status: guessed.includes(key) ? 'guessed' : covered.includes(key) ? 'heading' : 'missing',
      sections: [],
      href: covered.includes(key) || guessed.includes(key) ? `/dokument/${label}/#${key}` : null,
      firstSectionName: key,
    })),
  };
}

describe('the finding', () => {
  test('of the five documents: what all have, and which lack what', async () => {
    const finding = coverageFinding(coverageMatrix(await seeds()));
    expect(finding.headline).toBe(
      'Alla fem har avsnitt om mål, prioriterade områden och ansvar; två saknar ett eget avsnitt om syfte (Järfälla och Tyresö) och ett om uppföljning (Tyresö).',
    );
    expect(finding.guessedNote).toBe('I ett fall är kategorin gissad från avsnittets text, inte dess rubrik: prioriterade områden i Hylte.');
  });

  test('changes with the data: every category everywhere', () => {
    const all = [...CANONICAL_CATEGORY_KEYS];
    expect(coverageFinding([row('A', all), row('B', all)])).toEqual({
      headline: 'Alla två har avsnitt om syfte, mål, prioriterade områden, ansvar och uppföljning.',
      guessedNote: null,
    });
  });

  test('changes with the data: a category nobody has, and none everybody has', () => {
    expect(coverageFinding([row('A', ['purpose']), row('B', ['goals'])]).headline).toBe(
      'Inget av de fem områdena finns i alla två dokument: ett saknar ett eget avsnitt om syfte (B), ett om mål (A) och inget har ett avsnitt om prioriterade områden, ansvar och uppföljning.',
    );
  });

  test('one document is "dokumentet"; many lacking documents are counted, not named', () => {
    expect(coverageFinding([row('A', ['purpose', 'goals'])]).headline).toBe(
      'Dokumentet har avsnitt om syfte och mål; det saknar ett eget avsnitt om prioriterade områden, ansvar och uppföljning.',
    );
    const many = Array.from({ length: 14 }, (_, index) => row(`K${index}`, index < 4 ? ['purpose', 'goals'] : ['goals']));
    expect(coverageFinding(many).headline).toBe(
      'Alla 14 har avsnitt om mål; tio saknar ett eget avsnitt om syfte och inget har ett avsnitt om prioriterade områden, ansvar och uppföljning.',
    );
  });

  test('no documents', () => {
    expect(coverageFinding([]).headline).toBe('Det finns inga dokument ännu.');
  });
});

describe('decisions', () => {
  test('date and body, the placeholder as written, or "Beslutsdatum saknas"', async () => {
    const byId = new Map((await seeds()).map((document) => [document.id, decisionSummary(document).text]));
    expect(Object.fromEntries(byId)).toEqual({
      eksjo: '19 mars 2020, Kommunfullmäktige',
      eskilstuna: 'Beslutsdatum saknas (diarienummer från 2020)',
      hylte: 'Kommunfullmäktige; beslutsdatum saknas',
      jarfalla: 'Beslutsdatum saknas (diarienummer från 2001)',
      tyreso: '”Antagna XXX-XX-XX” (platshållare: datum saknas)',
    });
  });
});

describe('ways in', () => {
  test('each question leads to the page that answers it, the same in both designs but for the follow-up table', () => {
    const answering = (design: 'per-document' | 'aggregate') => Object.fromEntries(questions(design).map((question) => [question.label, question.href]));
    expect(answering('per-document')).toEqual({
      'Alla dokument sida vid sida': '/jamfor/',
      'Vem ansvarar för vad?': '/ansvar/',
      'Hur följs arbetet upp?': '/ansvar/uppfoljning/#dokument-for-dokument',
      'Varför arbeta internationellt?': '/jamfor/?k=syfte',
      'Vad prioriteras?': '/teman/',
    });
    // Above PER_DOCUMENT_MAX documents the follow-up page sums them: its table is on the county pages.
    expect(answering('aggregate')).toEqual({ ...answering('per-document'), 'Hur följs arbetet upp?': '/ansvar/uppfoljning/' });
    expect(followUpHref('aggregate')).toBe('/ansvar/uppfoljning/');
    for (const question of questions('per-document')) {
      const key = new URL(question.href, 'https://x.se').searchParams.get('k');
      if (key !== null) expect(categoryFromUrlKey(key)).toBeDefined();
    }
  });

  test('search links encode the query', () => {
    expect(searchHref('EU-projekt & vänort')).toBe('/sok/?q=EU-projekt%20%26%20v%C3%A4nort');
  });
});

describe('chart layout', () => {
  // What a reader of the chart sees, for the five documents: the labels whole, where they belong,
  // clear of each other and of the marks (by the charts' text measure), the numbers under their columns.
  const fiveDocuments = async () => {
    const rows = coverageMatrix(await seeds());
    return { rows, layout: layoutCoverageChart(rows, categoryTotals(rows)) };
  };
  const drawing = (layout: CoverageChartLayout) => rectangle(0, 0, layout.width, layout.height);
  const firstMarkTop = (layout: CoverageChartLayout) => Math.min(...layout.marks.map((mark) => mark.y));
  const firstMarkLeft = (layout: CoverageChartLayout) => Math.min(...layout.marks.map((mark) => mark.x));

  test('columns: the five categories in order, each slanted label whole, above its own marks, inside the drawing', async () => {
    const { layout } = await fiveDocuments();
    expect(layout.columns.map((column) => column.label)).toEqual(['Syfte', 'Mål', 'Prioriterade områden', 'Ansvar', 'Uppföljning']);
    for (const column of layout.columns) {
      const box = textBox(column.label, { x: column.center, y: layout.columnLabelY, fontSize: layout.fontSize, rotate: -layout.labelAngle });
      expect(within(box, drawing(layout)), column.label).toBe(true);
      expect(box.bottom, column.label).toBeLessThanOrEqual(firstMarkTop(layout));
      const marks = layout.marks.filter((mark) => mark.category === column.key);
      expect(marks.map((mark) => mark.x + mark.size / 2)).toEqual(marks.map(() => column.center));
    }
  });

  test('columns: neighbouring slanted labels run parallel at least a line apart', async () => {
    const { layout } = await fiveDocuments();
    const slant = Math.sin((layout.labelAngle * Math.PI) / 180);
    for (let index = 1; index < layout.columns.length; index++) {
      expect((layout.columns[index]!.center - layout.columns[index - 1]!.center) * slant).toBeGreaterThanOrEqual(layout.fontSize);
    }
  });

  test('rows: the documents in Swedish order of municipality, each name whole, ending before the first mark, level with its marks', async () => {
    const { rows, layout } = await fiveDocuments();
    const names = layout.rows.map((row) => row.label);
    expect(names).toEqual(['Eksjö', 'Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö']);
    expect(names).toEqual([...names].sort(collator.compare));
    expect(names).toEqual(rows.map((row) => row.label));
    for (const row of layout.rows) {
      const box = textBox(row.label, { x: layout.rowLabelX, y: row.center + 0.35 * layout.fontSize, fontSize: layout.fontSize, anchor: 'end' });
      expect(within(box, rectangle(0, 0, firstMarkLeft(layout), layout.height)), row.label).toBe(true);
      const marks = layout.marks.filter((mark) => mark.documentId === row.key);
      expect(marks.map((mark) => mark.y + mark.size / 2)).toEqual(marks.map(() => row.center));
      expect(box.top).toBeGreaterThanOrEqual(marks[0]!.y);
      expect(box.bottom).toBeLessThanOrEqual(marks[0]!.y + marks[0]!.size);
    }
  });

  test('totals: each under its column, below the last row, after the label "Antal av 5", all inside the drawing', async () => {
    const { layout } = await fiveDocuments();
    const lastMarkBottom = Math.max(...layout.marks.map((mark) => mark.y + mark.size));
    expect(layout.totals.map((total) => [total.key, total.center])).toEqual(layout.columns.map((column) => [column.key, column.center]));
    for (const total of layout.totals) {
      const box = textBox(total.text, { x: total.center, y: layout.totalsY, fontSize: layout.fontSize, anchor: 'middle' });
      expect(box.top).toBeGreaterThan(lastMarkBottom);
      expect(within(box, drawing(layout))).toBe(true);
    }
    const label = textBox(layout.totalsLabel, { x: layout.rowLabelX, y: layout.totalsY, fontSize: layout.fontSize, anchor: 'end' });
    expect(layout.totalsLabel).toBe('Antal av 5');
    expect(within(label, rectangle(0, 0, firstMarkLeft(layout), layout.height))).toBe(true);
  });

  test('one mark per document and category, in rows and columns, none overlapping, all inside the drawing', async () => {
    const rows = coverageMatrix(await seeds());
    const layout = layoutCoverageChart(rows, categoryTotals(rows));
    expect(layout.marks).toHaveLength(rows.length * CANONICAL_CATEGORY_KEYS.length);
    const xs = [...new Set(layout.marks.map((mark) => mark.x))];
    const ys = [...new Set(layout.marks.map((mark) => mark.y))];
    expect(xs).toHaveLength(CANONICAL_CATEGORY_KEYS.length);
    expect(ys).toHaveLength(rows.length);
    const size = layout.marks[0]!.size;
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(size);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThan(size);
    for (const mark of layout.marks) {
      expect(mark.x).toBeGreaterThan(layout.rowLabelX);
      expect(mark.y).toBeGreaterThan(layout.columnLabelY);
      expect(mark.x + mark.size).toBeLessThanOrEqual(layout.width);
      expect(mark.y + mark.size).toBeLessThan(layout.totalsY);
    }
    expect(layout.totalsY).toBeLessThanOrEqual(layout.height);
  });

  test('marks say what they show and link where the table links', async () => {
    const rows = coverageMatrix(await seeds());
    const layout = layoutCoverageChart(rows, categoryTotals(rows));
    const tyresoPurpose = layout.marks.find((mark) => mark.documentId === 'tyreso' && mark.category === 'purpose')!;
    expect(tyresoPurpose).toMatchObject({ status: 'missing', href: null, label: 'Tyresö, Syfte: saknas' });
    const hylte = layout.marks.find((mark) => mark.documentId === 'hylte' && mark.category === 'priorities')!;
    expect(hylte.label).toBe('Hylte, Prioriterade områden: finns, gissad från texten (2 avsnitt, först ”6 Internationellt arbete i Hylte kommun”)');
    for (const mark of layout.marks) {
      const cell = rows.find((candidate) => candidate.documentId === mark.documentId)!.cells.find((candidate) => candidate.category === mark.category)!;
      expect([mark.href, mark.status]).toEqual([cell.href, cell.status]);
    }
    expect(layout.totals.map((total) => total.text)).toEqual(['3', '5', '5', '5', '4']);
    expect(layout.totalsLabel).toBe('Antal av 5');
  });

  test('grows with the number of documents and makes room for long municipality names', () => {
    const short = layoutCoverageChart([row('Ale', ['purpose'])], categoryTotals([row('Ale', ['purpose'])]));
    const longRows = Array.from({ length: 40 }, (_, index) => row(`Upplands-Bro ${index}`, ['goals']));
    const long = layoutCoverageChart(longRows, categoryTotals(longRows));
    expect(long.height).toBeGreaterThan(short.height + 38 * 40);
    expect(long.rowLabelX).toBeGreaterThan(short.rowLabelX);
  });

  test('a long name gets the room it needs, whole, as long as the chart stays within its widest', () => {
    // Wider than the 150 units at which the label column once stopped and cut them with `…`.
    const names = ['Upplands Väsby (riktlinje)', 'Riktlinjer för internationella frågor', 'Ale'];
    const rows = names.map((name) => row(name, ['purpose']));
    const layout = layoutCoverageChart(rows, categoryTotals(rows));
    expect(textWidth(names[1]!, layout.fontSize)).toBeGreaterThan(150);
    expect(layout.rows.map((tick) => tick.label)).toEqual(names);
    expect(layout.rows.map((tick) => tick.fullLabel)).toEqual(names);
    for (const tick of layout.rows) {
      const box = textBox(tick.label, { x: layout.rowLabelX, y: tick.center + 0.35 * layout.fontSize, fontSize: layout.fontSize, anchor: 'end' });
      expect(within(box, rectangle(0, 0, firstMarkLeft(layout), layout.height)), tick.label).toBe(true);
    }
    expect(layout.width).toBeLessThanOrEqual(MAX_CHART_WIDTH);
  });

  test('a name wider than the chart has room for is cut with an ellipsis; its label and its marks keep it whole', () => {
    const long = 'Namnlöst dokument (ett mycket långt filnamn utan kommun, med ännu fler ord efter det.txt)';
    const rows = [row(long, ['purpose']), row('Ale', ['purpose'])];
    const layout = layoutCoverageChart(rows, categoryTotals(rows));
    const tick = layout.rows[0]!;
    expect(tick.label.endsWith('…')).toBe(true);
    expect(tick.fullLabel).toBe(long);
    expect(textWidth(tick.label, layout.fontSize)).toBeLessThanOrEqual(layout.rowLabelX);
    expect(layout.width).toBeLessThanOrEqual(MAX_CHART_WIDTH);
    // It used all the room there was: the chart is as wide as it may be.
    expect(layout.width).toBeGreaterThan(MAX_CHART_WIDTH - 2);
    expect(layout.rows[1]!.label).toBe('Ale');
    expect(layout.marks[0]!.label.startsWith(`${long}, `)).toBe(true);
  });
});

describe('row labels', () => {
  test('two documents of one municipality are told apart by their adoption year, else by type or id', async () => {
    const [eksjo] = await seeds();
    const other = structuredClone(eksjo!);
    other.id = 'eksjo-strategi';
    other.adopted = { ...other.adopted, date: null };
    other.documentType = 'strategi';
    const third = structuredClone(other);
    third.id = 'eksjo-3';
    expect(coverageMatrix([eksjo!, other, third]).map((candidate) => candidate.label)).toEqual([
      'Eksjö 2020',
      'Eksjö (strategi) (eksjo-strategi)',
      'Eksjö (strategi) (eksjo-3)',
    ]);
    expect(coverageMatrix([eksjo!, other]).map((candidate) => candidate.label)).toEqual(['Eksjö 2020', 'Eksjö (strategi)']);
  });
});
