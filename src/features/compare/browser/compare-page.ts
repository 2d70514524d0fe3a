/**
 * The comparison page's script: reads `?d=` and `?k=`, fetches the columns the address names that
 * the page does not hold, re-arranges the table for the view, shows the controls, the catalogue
 * picker and the site's document picker (src/ui/document-picker.ts) in step with it, keeps the
 * address in step with every change (so each view can be shared), collapses long cells, sets up
 * the cells' copy buttons, and hides the jump links of hidden rows. Without it the page shows its
 * default columns and the five main categories, and the document picker chooses by CSS.
 */
import { compareQuery, defaultView, missingDocuments, parseCompareView, type CompareView } from '../url-state.ts';
import { createCatalogSource } from './catalog-source.ts';
import { collapseLongCells, expandAllControls, updateExpandAll } from './collapse.ts';
import { createColumnLoader } from './column-loader.ts';
import { setupControls } from './controls.ts';
import { element, joinSwedish } from './dom.ts';
import { setupPicker } from './picker.ts';
import { applyView, readTable, type TableModel } from './table-view.ts';
import { routes } from '../../../lib/routes.ts';
import { selectionOrder } from '../../../lib/document-selection.ts';
import { enhanceDocumentPicker, shownText, type DocumentPicker } from '../../../ui/document-picker.ts';
import { enhanceCellCopy } from './copy-cell.ts';

async function start(table: HTMLTableElement): Promise<void> {
  let model = readTable(table);
  const defaults = model.options.defaultDocuments ?? model.options.documentIds;
  const refresh = () => (model = readTable(table, defaults));
  let view: CompareView = defaultView(model.options);

  const panel = document.querySelector<HTMLDetailsElement>('[data-compare-controls]');
  const status = document.querySelector<HTMLElement>('[data-compare-status]');
  const summary = document.querySelector<HTMLElement>('[data-compare-summary]');
  const region = document.querySelector<HTMLElement>('[data-compare-region]');
  const query = <T extends Element>(selector: string) => panel?.querySelector<T>(selector) ?? null;
  const columns = query<HTMLOListElement>('[data-compare-columns]');
  const addGroup = query<HTMLElement>('[data-compare-add-group]');
  const addSelect = query<HTMLSelectElement>('[data-compare-add-select]');
  const addButton = query<HTMLButtonElement>('[data-compare-add]');
  const allShown = query<HTMLElement>('[data-compare-all-shown]');
  const picked = query<HTMLElement>('[data-compare-picked]');
  const addError = query<HTMLElement>('[data-compare-add-error]');
  const reset = query<HTMLButtonElement>('[data-compare-reset]');
  if (!panel || !status || !summary || !region || !columns || !addGroup || !addSelect || !addButton || !allShown || !picked || !addError || !reset) return;

  const loader = createColumnLoader(table, table.dataset.fragments ?? routes.compareFragments());
  const source = createCatalogSource(() => model.entries, table.dataset.catalog ?? null);
  const label = (id: string) => model.documentLabels.get(id) ?? id;

  const controls = setupControls(
    { columns, fallbackFocus: addSelect, categories: [...panel.querySelectorAll<HTMLInputElement>('input[data-compare-category]')], reset },
    () => model,
    () => view,
    (next, message) => show(next, message),
    () => {
      const all = model.total <= defaults.length;
      show(defaultView(model.options), all ? 'Alla dokument och de fem huvudkategorierna visas.' : 'Standardurvalet och de fem huvudkategorierna visas.');
      reset.focus();
    },
  );

  const picker = setupPicker(
    {
      group: addGroup,
      allShown,
      select: addSelect,
      addButton,
      search: query<HTMLInputElement>('[data-compare-search]'),
      filters: [...panel.querySelectorAll<HTMLSelectElement>('select[data-compare-filter]')],
      count: query<HTMLElement>('[data-compare-count]'),
      picked,
      error: addError,
    },
    source,
    async (id) => {
      if ((await loader.load(id)) === 'missing') throw new Error('dokumentet finns inte längre på webbplatsen');
      refresh();
      documentPicker?.add(id, label(id));
      if (view.documents.includes(id)) return;
      const documents = [...view.documents, id];
      show({ ...view, documents }, `${label(id)} lades till som kolumn ${documents.length}.`);
      if (addGroup.hidden) controls.focusItem(id);
    },
  );
  panel.addEventListener('toggle', () => {
    if (panel.open) picker.open();
  });

  // The site's document picker: ticking boxes chooses the columns, the first tick a fresh choice.
  const pickerForm = document.querySelector<HTMLFormElement>('form[data-document-picker="compare"]');
  const documentPicker: DocumentPicker | null = pickerForm
    ? enhanceDocumentPicker(pickerForm, (chosen, changed) => {
        const picking = isPicked(view);
        const documents = chosen.length === 0 ? [...defaults] : selectionOrder(picking ? view.documents : [], chosen);
        const message = changed
          ? `${label(changed.id)} ${changed.checked ? 'valdes' : 'valdes bort'}. ${documents.length} dokument visas.`
          : `Inget dokument är ikryssat: ${model.total <= defaults.length ? 'alla dokument' : 'standardurvalet'} visas.`;
        show({ ...view, documents }, message, chosen.length > 0);
      })
    : null;
  /** Does the view name its documents (`?d=`), rather than show the default ones? */
  const isPicked = (candidate: CompareView) => candidate.documents.join(',') !== defaults.join(',');
  /** Tick the view's documents when it names them; with `keep`, leave the boxes as the reader ticked them. */
  function syncPicker(keep = false): void {
    if (!documentPicker) return;
    for (const id of view.documents) documentPicker.add(id, label(id));
    if (!keep) documentPicker.set(isPicked(view) ? view.documents : []);
    documentPicker.say(shownText(view.documents.length, model.total, model.total === documentPicker.ids().length ? documentPicker.unit : 'dokument'));
  }
  const jumpLinks = [...document.querySelectorAll<HTMLElement>('[data-jump-row]')];

  function show(next: CompareView, message: string, fromPicker = false): void {
    view = next;
    applyView(table, view);
    controls.render(view);
    picker.render(view.documents);
    syncPicker(fromPicker);
    for (const link of jumpLinks) link.hidden = !view.categories.includes(link.dataset.jumpRow ?? '');
    summary!.textContent = describe(view, model);
    const url = `${window.location.pathname}${compareQuery(view, model.options)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
    collapse();
    // Cleared first, so that the same message twice is announced twice.
    status!.textContent = '';
    if (message) window.setTimeout(() => (status!.textContent = message), 50);
  }

  const expandAll = expandAllControls(table);
  region.before(expandAll);
  function collapse(): void {
    collapseLongCells(table, model.documentLabels);
    updateExpandAll(table, expandAll);
    // How far a jump link's target keeps clear of the sticky column headers (CompareTable.astro).
    table.style.setProperty('--compare-head', `${table.tHead?.offsetHeight ?? 0}px`);
  }
  enhanceCellCopy(table);

  for (const note of document.querySelectorAll<HTMLElement>('[data-compare-nojs]')) note.hidden = true;
  panel.hidden = false;
  summary.hidden = false;

  // Columns the address names that the page does not hold: fetched before the view is shown.
  const missing = model.total > model.options.documentIds.length ? missingDocuments(window.location.search, model.options.documentIds) : [];
  const failed: string[] = [];
  if (missing.length > 0) {
    summary.textContent = `Hämtar ${missing.length === 1 ? 'ett dokument' : `${missing.length} dokument`} som adressen nämner …`;
    region.setAttribute('aria-busy', 'true');
    const results = await Promise.allSettled(missing.map((id) => loader.load(id)));
    results.forEach((result, index) => {
      if (result.status === 'rejected') failed.push(missing[index]!);
    });
    region.removeAttribute('aria-busy');
    refresh();
  }

  const parsed = parseCompareView(window.location.search, model.options);
  view = { documents: parsed.documents, categories: parsed.categories };
  applyView(table, view);
  controls.render(view);
  picker.render(view.documents);
  syncPicker();
  for (const link of jumpLinks) link.hidden = !view.categories.includes(link.dataset.jumpRow ?? '');
  summary.textContent = describe(view, model);
  showNotes(
    parsed.unknownDocuments.filter((value) => !failed.includes(value.toLowerCase())),
    parsed.unknownCategories,
    failed,
  );
  collapse();

  let resizeTimer: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(collapse, 200);
  });
}

/** `Visar 2 av 5 dokument (Tyresö och Hylte) och 1 kategori (Ansvar).` */
function describe(view: CompareView, model: TableModel): string {
  const documents = view.documents.map((id) => model.documentLabels.get(id) ?? id);
  const categories = view.categories.map((key) => model.categoryLabels.get(key) ?? key);
  return `Visar ${documents.length} av ${model.total} dokument (${joinSwedish(documents)}) och ${categories.length} ${categories.length === 1 ? 'kategori' : 'kategorier'} (${joinSwedish(categories)}).`;
}

/** Say which values in the address were not understood, and which documents could not be fetched. */
function showNotes(unknownDocuments: readonly string[], unknownCategories: readonly string[], failed: readonly string[]): void {
  const notes = document.querySelector<HTMLElement>('[data-compare-notes]');
  if (!notes) return;
  const quoted = (values: readonly string[]) => joinSwedish(values.map((value) => `”${value}”`));
  if (unknownDocuments.length > 0) {
    notes.append(
      element(
        'p',
        undefined,
        `Adressen nämner ${unknownDocuments.length === 1 ? 'ett dokument' : 'dokument'} som inte finns här och som därför inte visas: ${quoted(unknownDocuments)}.`,
      ),
    );
  }
  if (unknownCategories.length > 0) {
    notes.append(
      element(
        'p',
        undefined,
        `Adressen nämner ${unknownCategories.length === 1 ? 'en kategori' : 'kategorier'} som inte finns i jämförelsen och som därför inte visas: ${quoted(unknownCategories)}.`,
      ),
    );
  }
  if (failed.length > 0) {
    const note = element(
      'p',
      'compare-controls__error',
      `${failed.length === 1 ? 'Dokumentet' : 'Dokumenten'} ${quoted(failed)} kunde inte hämtas, så ${failed.length === 1 ? 'det visas' : 'de visas'} inte. Kontrollera anslutningen och ladda om sidan för att försöka igen; adressen är oförändrad.`,
    );
    note.setAttribute('role', 'alert');
    notes.append(note);
  }
}

const table = document.querySelector<HTMLTableElement>('table[data-compare-table]');
if (table) void start(table);
