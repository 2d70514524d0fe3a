/**
 * The search page's script: shows the form (hidden without JavaScript), reads `?q=`, `?kommun=`
 * and `?k=`, loads the index when search is first used, searches on every keystroke, and keeps
 * the address in step. Results are built with DOM nodes only (./render.ts).
 */
import { adviseEmpty } from '../../lib/search/advice.ts';
import { applyFilters, facetCounts, hasFilters, type SearchFilters } from '../../lib/search/filters.ts';
import { describeHit } from '../../lib/search/hit-view.ts';
import { hitCount, statusText } from '../../lib/search/messages.ts';
import type { SearchOutcome, Searcher } from '../../lib/search/searcher.ts';
import { readSearchState, writeSearchState } from '../../lib/search/url-state.ts';
import { loadSearcher } from './load-index.ts';
import { element, hitElement, noteElement } from './render.ts';

/** Hits shown at first, and added by "Visa fler träffar". */
const PAGE_SIZE = 20;
/** The count is announced this long after the last keystroke, so typing is not interrupted. */
const ANNOUNCE_DELAY = 700;
/** Performance marks: from a keystroke to its results in the page. */
const INPUT_MARK = 'sok:inmatning';
const UPDATE_MEASURE = 'sok:uppdatering';

function start(root: HTMLElement): void {
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const form = find<HTMLFormElement>('[data-search-form]');
  const input = find<HTMLInputElement>('[data-search-input]');
  const filterPanel = find<HTMLDetailsElement>('[data-search-filters]');
  const chosen = find<HTMLElement>('[data-search-chosen]');
  const clearRow = find<HTMLElement>('[data-search-clear-row]');
  const clearFilters = find<HTMLButtonElement>('[data-search-clear-filters]');
  const moreCategories = find<HTMLDetailsElement>('[data-search-more-categories]');
  const heading = find<HTMLElement>('[data-search-heading]');
  const status = find<HTMLElement>('[data-search-status]');
  const intro = find<HTMLElement>('[data-search-intro]');
  const notes = find<HTMLElement>('[data-search-notes]');
  const list = find<HTMLOListElement>('[data-search-list]');
  const moreRow = find<HTMLElement>('[data-search-more-row]');
  const more = find<HTMLButtonElement>('[data-search-more]');
  const indexUrl = root.dataset.index;
  if (!form || !input || !filterPanel || !chosen || !clearRow || !clearFilters || !heading || !status || !intro || !notes || !list || !moreRow || !more || !indexUrl) return;
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[data-search-filter]')];

  let searcher: Searcher | undefined;
  let loading: Promise<Searcher> | undefined;
  let outcome: SearchOutcome | undefined;
  let searchedText: string | undefined;
  let shown = PAGE_SIZE;
  let announceTimer: number | undefined;
  let announced = '';
  /** Enter was pressed: move to the results once they are shown (the index may still be loading). */
  let focusResults = false;

  // The state in the address, with only the filter values this page offers.
  const state = readSearchState(window.location.search);
  input.value = state.query;
  for (const box of checkboxes) box.checked = (box.name === 'kommun' ? state.municipalities : state.categories).includes(box.value);

  const filters = (): SearchFilters => ({
    municipalities: checkboxes.filter((box) => box.name === 'kommun' && box.checked).map((box) => box.value),
    categories: checkboxes.filter((box) => box.name === 'k' && box.checked).map((box) => box.value),
  });

  const ensureSearcher = (): Promise<Searcher> => {
    loading ??= loadSearcher(indexUrl).then(
      (loaded) => (searcher = loaded),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };

  const announce = (message: string) => {
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      if (message === announced) return;
      announced = message;
      status.textContent = message;
    }, ANNOUNCE_DELAY);
  };

  const syncAddress = () => {
    const search = writeSearchState({ query: input.value, ...filters() });
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  };

  const showFilterSummary = (current: SearchFilters) => {
    const count = current.municipalities.length + current.categories.length;
    chosen.textContent = count === 0 ? '' : `(${count} ${count === 1 ? 'valt' : 'valda'})`;
    clearRow.hidden = count === 0;
  };

  const clearCounts = () => {
    for (const box of checkboxes) {
      const count = root.querySelector<HTMLElement>(`[data-search-count="${box.name}:${box.value}"]`);
      if (count) count.textContent = '';
    }
  };

  const showCounts = (current: SearchFilters) => {
    if (!searcher || !outcome) return clearCounts();
    const counts = facetCounts(searcher, outcome.hits, current);
    for (const box of checkboxes) {
      const count = root.querySelector<HTMLElement>(`[data-search-count="${box.name}:${box.value}"]`);
      if (!count) continue;
      const value = (box.name === 'kommun' ? counts.municipalities : counts.categories).get(box.value) ?? 0;
      count.textContent = `(${value})`;
    }
  };

  const showIdle = (message?: string) => {
    focusResults = false;
    heading.textContent = 'Sök bland avsnitten';
    intro.hidden = false;
    notes.replaceChildren(...(message ? [noteElement([message])] : []));
    list.replaceChildren();
    moreRow.hidden = true;
    clearCounts();
    announce('');
  };

  const showError = (error: unknown) => {
    heading.textContent = 'Sökningen fungerar inte just nu';
    intro.hidden = true;
    list.replaceChildren();
    moreRow.hidden = true;
    const retry = element('button', 'secondary', 'Försök igen');
    retry.type = 'button';
    retry.addEventListener('click', () => update());
    const alternatives = element('span');
    const compare = element('a', undefined, 'jämförelsen');
    compare.href = '/jamfor/';
    const overview = element('a', undefined, 'översikten');
    overview.href = '/';
    alternatives.append('Allt innehåll finns också i ', compare, ' och via dokumenten i ', overview, '.');
    notes.replaceChildren(noteElement([error instanceof Error ? error.message : 'Sökindexet kunde inte hämtas.', alternatives, retry]));
    status.textContent = 'Sökindexet kunde inte hämtas.';
  };

  const showNotes = (current: SearchOutcome, hitsShown: number, total: number, filtered: boolean) => {
    const items: HTMLElement[] = [];
    for (const result of current.clauses) {
      for (const correction of result.corrections) {
        items.push(noteElement([`Inget ord i dokumenten stavas ”${correction.typed}”. Visar träffar för ${correction.usedInstead.map((word) => `”${word}”`).join(', ')}.`]));
      }
    }
    if (current.query.truncated) items.push(noteElement(['Sökningen är lång; bara dess början används.']));
    if (hitsShown === 0) {
      const tips = adviseEmpty(searcher!, current, input.value, filtered, total).map((advice) => {
        if (!advice.action) return advice.text;
        const { label, query, clearFilters: clear } = advice.action;
        const button = element('button', 'secondary', label);
        button.type = 'button';
        button.addEventListener('click', () => {
          if (clear) for (const box of checkboxes) box.checked = false;
          if (query !== undefined) input.value = query;
          update();
          input.focus();
        });
        const wrapper = element('span');
        wrapper.append(`${advice.text} `, button);
        return wrapper;
      });
      items.push(noteElement(['Förslag:'], tips));
    }
    notes.replaceChildren(...items);
  };

  const renderHits = (hits: readonly { section: number; score: number }[], from: number) => {
    const fragment = document.createDocumentFragment();
    for (const hit of hits.slice(from, shown)) fragment.appendChild(hitElement(describeHit(searcher!, outcome!, hit)));
    list.appendChild(fragment);
    moreRow.hidden = hits.length <= shown;
    if (!moreRow.hidden) more.textContent = `Visa fler träffar (${hits.length - shown} till)`;
  };

  const update = (): void => {
    syncAddress();
    const current = filters();
    showFilterSummary(current);
    const text = input.value;
    if (text.trim() === '') return showIdle();
    if (!searcher) {
      heading.textContent = 'Hämtar sökindexet …';
      intro.hidden = true;
      ensureSearcher().then(() => update(), showError);
      return;
    }
    if (text !== searchedText || !outcome) {
      outcome = searcher.search(text);
      searchedText = text;
    }
    shown = PAGE_SIZE;
    if (outcome.query.clauses.length === 0) return showIdle('Skriv minst ett ord med bokstäver eller siffror.');
    if (outcome.query.clauses.every((result) => result.kind === 'term' && result.words[0]!.key.length < 2) && outcome.hits.length === 0) {
      return showIdle('Skriv minst två bokstäver.');
    }
    const filtered = hasFilters(current);
    const hits = applyFilters(searcher, outcome.hits, current);
    const shownQuery = text.trim();
    intro.hidden = true;
    heading.textContent = `${hitCount(hits.length)} för ”${shownQuery}”`;
    showNotes(outcome, hits.length, outcome.hits.length, filtered);
    list.replaceChildren();
    renderHits(hits, 0);
    showCounts(current);
    announce(statusText({ query: shownQuery, shown: hits.length, total: outcome.hits.length, filtered }));
    if (focusResults) {
      focusResults = false;
      if (hits.length > 0) heading.focus();
    }
  };

  const measure = () => {
    if (performance.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
    performance.measure(UPDATE_MEASURE, INPUT_MARK);
    performance.clearMarks(INPUT_MARK);
  };

  input.addEventListener('focus', () => void ensureSearcher().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    performance.mark(INPUT_MARK);
    update();
    if (searcher) measure();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter takes the reader to the results, once there are any.
    focusResults = true;
    update();
  });
  for (const box of checkboxes) box.addEventListener('change', () => update());
  clearFilters.addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    update();
    input.focus();
  });
  more.addEventListener('click', () => {
    if (!searcher || !outcome) return;
    const hits = applyFilters(searcher, outcome.hits, filters());
    const from = shown;
    shown += PAGE_SIZE;
    renderHits(hits, from);
    list.children[from]?.querySelector('a')?.focus();
  });
  for (const example of root.querySelectorAll<HTMLAnchorElement>('[data-search-example]')) {
    example.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = example.dataset.searchExample ?? '';
      update();
      input.focus();
    });
  }

  // Everything is in place: show the search, hide what readers without JavaScript need.
  for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;
  root.hidden = false;
  filterPanel.open = hasFilters(state) || window.matchMedia('(min-width: 60em)').matches;
  if (moreCategories) moreCategories.open = [...moreCategories.querySelectorAll<HTMLInputElement>('input[data-search-filter]')].some((box) => box.checked);
  update();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
