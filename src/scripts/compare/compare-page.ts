/**
 * The comparison page's script: reads `?d=` and `?k=`, re-arranges the table for them, shows the
 * controls, keeps the address in step with every change (so each view can be shared), and
 * collapses long cells. Without it the page shows every document and the five main categories.
 */
import { compareQuery, defaultView, parseCompareView, type CompareView } from '../../lib/compare/url-state.ts';
import { collapseLongCells } from './collapse.ts';
import { setupControls } from './controls.ts';
import { element, joinSwedish } from './dom.ts';
import { applyView, readTable, type TableModel } from './table-view.ts';

function start(table: HTMLTableElement): void {
  const model = readTable(table);
  const parsed = parseCompareView(window.location.search, model.options);
  let view: CompareView = { documents: parsed.documents, categories: parsed.categories };

  const panel = document.querySelector<HTMLDetailsElement>('[data-compare-controls]');
  const status = document.querySelector<HTMLElement>('[data-compare-status]');
  const summary = document.querySelector<HTMLElement>('[data-compare-summary]');
  const query = <T extends Element>(selector: string) => panel?.querySelector<T>(selector) ?? null;
  const columns = query<HTMLOListElement>('[data-compare-columns]');
  const addGroup = query<HTMLElement>('[data-compare-add-group]');
  const addSelect = query<HTMLSelectElement>('[data-compare-add-select]');
  const addButton = query<HTMLButtonElement>('[data-compare-add]');
  const allShown = query<HTMLElement>('[data-compare-all-shown]');
  const reset = query<HTMLButtonElement>('[data-compare-reset]');
  if (!panel || !status || !summary || !columns || !addGroup || !addSelect || !addButton || !allShown || !reset) return;

  const controls = setupControls(
    { columns, addGroup, addSelect, addButton, allShown, categories: [...panel.querySelectorAll<HTMLInputElement>('input[data-compare-category]')], reset },
    model,
    () => view,
    (next, message) => show(next, message),
    () => {
      show(defaultView(model.options), 'Alla dokument och de fem huvudkategorierna visas.');
      reset.focus();
    },
  );

  function show(next: CompareView, message: string): void {
    view = next;
    applyView(table, view);
    controls.render(view);
    summary!.textContent = describe(view, model);
    const url = `${window.location.pathname}${compareQuery(view, model.options)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
    collapseLongCells(table, model.documentLabels);
    // Cleared first, so that the same message twice is announced twice.
    status!.textContent = '';
    if (message) window.setTimeout(() => (status!.textContent = message), 50);
  }

  applyView(table, view);
  controls.render(view);
  summary.textContent = describe(view, model);
  summary.hidden = false;
  showNotes(parsed.unknownDocuments, parsed.unknownCategories);
  for (const note of document.querySelectorAll<HTMLElement>('[data-compare-nojs]')) note.hidden = true;
  panel.hidden = false;
  collapseLongCells(table, model.documentLabels);

  let resizeTimer: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => collapseLongCells(table, model.documentLabels), 200);
  });
}

/** `Visar 2 av 5 dokument (Tyresö och Hylte) och 1 kategori (Ansvar).` */
function describe(view: CompareView, model: TableModel): string {
  const documents = view.documents.map((id) => model.documentLabels.get(id) ?? id);
  const categories = view.categories.map((key) => model.categoryLabels.get(key) ?? key);
  const total = model.options.documentIds.length;
  return `Visar ${documents.length} av ${total} dokument (${joinSwedish(documents)}) och ${categories.length} ${categories.length === 1 ? 'kategori' : 'kategorier'} (${joinSwedish(categories)}).`;
}

/** Say which values in the address were not understood, and that they were left out. */
function showNotes(unknownDocuments: readonly string[], unknownCategories: readonly string[]): void {
  const notes = document.querySelector<HTMLElement>('[data-compare-notes]');
  if (!notes) return;
  const quoted = (values: readonly string[]) => joinSwedish(values.map((value) => `”${value}”`));
  if (unknownDocuments.length > 0) {
    notes.append(element('p', undefined, `Adressen nämner ${unknownDocuments.length === 1 ? 'ett dokument' : 'dokument'} som inte finns här och som därför inte visas: ${quoted(unknownDocuments)}.`));
  }
  if (unknownCategories.length > 0) {
    notes.append(element('p', undefined, `Adressen nämner ${unknownCategories.length === 1 ? 'en kategori' : 'kategorier'} som inte finns i jämförelsen och som därför inte visas: ${quoted(unknownCategories)}.`));
  }
}

const table = document.querySelector<HTMLTableElement>('table[data-compare-table]');
if (table) start(table);
