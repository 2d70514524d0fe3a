/**
 * The search page's script: shows the form (hidden without JavaScript), reads `?q=`, `?kommun=`
 * and `?k=`, and on every keystroke or filter change asks the search worker (./search-client.ts)
 * and shows its answer — only the answer to the latest question. It keeps the address in step.
 * The engine and its data never come to this thread; results are built with DOM nodes only
 * (./render.ts).
 */
import { hasFilters, type FacetCounts, type SearchFilters } from '../filters.ts';
import { hitCount, IDLE_MESSAGES, statusText } from '../messages.ts';
import { RESULTS_PAGE_SIZE } from '../paths.ts';
import type { ResultsReply, SnippetsReply } from '../protocol.ts';
import { readSearchState, writeSearchState } from './url-state.ts';
import { appendSnippets, element, hitElement, noteElement } from './render.ts';
import { SearchClient } from './search-client.ts';
import { routes } from '../../../lib/routes.ts';

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
  const heading = find<HTMLElement>('[data-search-heading]');
  const status = find<HTMLElement>('[data-search-status]');
  const intro = find<HTMLElement>('[data-search-intro]');
  const notes = find<HTMLElement>('[data-search-notes]');
  const list = find<HTMLOListElement>('[data-search-list]');
  const moreRow = find<HTMLElement>('[data-search-more-row]');
  const more = find<HTMLButtonElement>('[data-search-more]');
  const { index, texts, positions } = root.dataset;
  if (!form || !input || !filterPanel || !chosen || !clearRow || !clearFilters || !heading || !status || !intro || !notes || !list || !moreRow || !more || !index || !texts || !positions) return;
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[data-search-filter]')];
  // One pass over the page for the count of every choice (hundreds at scale: a query each would be slow).
  const countElements = new Map([...root.querySelectorAll<HTMLElement>('[data-search-count]')].map((count) => [count.dataset.searchCount, count]));
  const countOf = new Map(checkboxes.map((box) => [box, countElements.get(`${box.name}:${box.value}`)]));

  const client = new SearchClient({ index, texts, positions });
  /** The worker has answered once: the index is loaded. */
  let ready = false;
  /** What the list shows: the question asked, how many of its hits are in the list, and whether they all have their snippets. */
  let rendered: { key: string; shown: number; complete: boolean } | undefined;
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
  /** The question the page asks now, as one string (to tell whether the list still answers it). */
  const questionKey = (text: string, current: SearchFilters) => JSON.stringify([text, current.municipalities, current.categories]);

  const announce = (message: string) => {
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      if (message === announced) return;
      announced = message;
      status.textContent = message;
    }, ANNOUNCE_DELAY);
  };

  /** A keystroke's answer is in the page: how long it took. */
  const measure = () => {
    if (performance.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
    performance.measure(UPDATE_MEASURE, INPUT_MARK);
    performance.clearMarks(INPUT_MARK);
  };

  /** The address says what the page shows (written with each answer, not each keystroke: it is not free). */
  const syncAddress = () => {
    const search = writeSearchState({ query: input.value, ...filters() });
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  };

  const showFilterSummary = (current: SearchFilters) => {
    const count = current.municipalities.length + current.categories.length;
    chosen.textContent = count === 0 ? '' : `(${count} ${count === 1 ? 'valt' : 'valda'})`;
    clearRow.hidden = count === 0;
  };

  /** At scale, each county's fold and the municipality boxes in it, for the county's sum of hits. */
  const folds = [...root.querySelectorAll<HTMLElement>('[data-search-fold-count]')].map((total) => ({
    total,
    boxes: [...(total.closest('details')?.querySelectorAll<HTMLInputElement>('input[name="kommun"]') ?? [])],
  }));

  /** Write each choice's count, touching only those that changed (hundreds of municipalities at scale). */
  const showCounts = (counts: FacetCounts | undefined) => {
    for (const box of checkboxes) {
      const count = countOf.get(box);
      if (!count) continue;
      const text = counts ? `(${(box.name === 'kommun' ? counts.municipalities : counts.categories).get(box.value) ?? 0})` : '';
      if (count.textContent !== text) count.textContent = text;
    }
    for (const fold of folds) {
      const hits = counts ? fold.boxes.reduce((sum, box) => sum + (counts.municipalities.get(box.value) ?? 0), 0) : null;
      const text = hits === null ? '' : `, ${hits} ${hits === 1 ? 'träff' : 'träffar'}`;
      if (fold.total.textContent !== text) fold.total.textContent = text;
    }
  };

  const showIdle = (message?: string) => {
    syncAddress();
    focusResults = false;
    rendered = undefined;
    heading.textContent = 'Sök bland avsnitten';
    intro.hidden = false;
    notes.replaceChildren(...(message ? [noteElement([message])] : []));
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    moreRow.hidden = true;
    showCounts(undefined);
    announce('');
    measure();
  };

  const showError = (error: unknown) => {
    syncAddress();
    rendered = undefined;
    heading.textContent = 'Sökningen fungerar inte just nu';
    intro.hidden = true;
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    moreRow.hidden = true;
    const retry = element('button', 'secondary', 'Försök igen');
    retry.type = 'button';
    retry.addEventListener('click', () => update());
    const alternatives = element('span');
    const compare = element('a', undefined, 'jämförelsen');
    compare.href = routes.compare();
    const overview = element('a', undefined, 'översikten');
    overview.href = '/';
    alternatives.append('Allt innehåll finns också i ', compare, ' och via dokumenten i ', overview, '.');
    notes.replaceChildren(noteElement([error instanceof Error ? error.message : 'Sökindexet kunde inte hämtas.', alternatives, retry]));
    status.textContent = 'Sökningen fungerar inte just nu.';
  };

  const showNotes = (reply: ResultsReply) => {
    const items: HTMLElement[] = [];
    for (const correction of reply.corrections) {
      items.push(noteElement([`Inget ord i dokumenten stavas ”${correction.typed}”. Visar träffar för ${correction.usedInstead.map((word) => `”${word}”`).join(', ')}.`]));
    }
    if (reply.truncated) items.push(noteElement(['Sökningen är lång; bara dess början används.']));
    if (reply.count === 0) {
      const tips = reply.advice.map((advice) => {
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

  /** Add the reply's hits to the list (after those before `from`), and offer the rest. */
  const appendHits = (reply: ResultsReply): number => {
    while (list.children.length > reply.from) list.lastElementChild!.remove();
    const fragment = document.createDocumentFragment();
    for (const view of reply.hits) fragment.appendChild(hitElement(view));
    list.appendChild(fragment);
    // Snippets still to come: the list is not complete yet.
    if (reply.snippetsFollow) list.setAttribute('aria-busy', 'true');
    else list.removeAttribute('aria-busy');
    const shown = reply.from + reply.hits.length;
    moreRow.hidden = reply.count <= shown;
    if (!moreRow.hidden) more.textContent = `Visa fler träffar (${reply.count - shown} till)`;
    return shown;
  };

  /** The snippets that were still to come, each into its hit. */
  const fillSnippets = (reply: SnippetsReply) => {
    reply.snippets.forEach((snippets, index) => {
      const item = list.children[reply.from + index];
      if (item instanceof HTMLLIElement) appendSnippets(item, snippets);
    });
    list.removeAttribute('aria-busy');
    if (rendered) rendered = { ...rendered, complete: true };
  };

  const showResults = (reply: ResultsReply, text: string, key: string) => {
    syncAddress();
    const shownQuery = text.trim();
    intro.hidden = true;
    heading.textContent = `${hitCount(reply.count)} för ”${shownQuery}”`;
    showNotes(reply);
    list.replaceChildren();
    rendered = { key, shown: appendHits(reply), complete: !reply.snippetsFollow };
    showCounts(reply.counts);
    announce(statusText({ query: shownQuery, shown: reply.count, total: reply.total, filtered: reply.filtered }));
    measure();
    if (focusResults) {
      focusResults = false;
      if (reply.count > 0) heading.focus();
    }
  };

  const update = (): void => {
    const current = filters();
    showFilterSummary(current);
    const text = input.value;
    if (text.trim() === '') {
      client.cancel();
      showIdle();
      return;
    }
    if (!ready) {
      heading.textContent = 'Hämtar sökindexet …';
      intro.hidden = true;
    }
    const key = questionKey(text, current);
    client.search(text, current, 0, RESULTS_PAGE_SIZE, {
      reply: (reply) => {
        ready = true;
        if (reply.kind === 'error') return showError(new Error(reply.message));
        if (reply.kind === 'idle') return showIdle(IDLE_MESSAGES[reply.reason]);
        if (reply.kind === 'snippets') return fillSnippets(reply);
        showResults(reply, text, key);
      },
      failed: showError,
    });
  };

  const showMore = (): void => {
    const current = filters();
    const key = questionKey(input.value, current);
    // The list answers an earlier question (an answer is on its way): show the new one from the start.
    if (!rendered || rendered.key !== key) {
      update();
      return;
    }
    const next = rendered.shown;
    // If the snippets of the hits shown are still to come, this request overtakes theirs: ask again for them.
    const from = rendered.complete ? next : 0;
    client.search(input.value, current, from, next + RESULTS_PAGE_SIZE, {
      reply: (reply) => {
        if (reply.kind === 'error') return showError(new Error(reply.message));
        if (rendered?.key !== key) return;
        if (reply.kind === 'snippets') return fillSnippets(reply);
        if (reply.kind !== 'results') return;
        rendered = { key, shown: appendHits(reply), complete: !reply.snippetsFollow };
        list.children[next]?.querySelector('a')?.focus();
      },
      failed: showError,
    });
  };

  input.addEventListener('focus', () => client.start(), { once: true });
  input.addEventListener('input', () => {
    performance.mark(INPUT_MARK);
    update();
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
  more.addEventListener('click', showMore);
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
  // Folded groups (more categories; municipalities county by county at scale) open where a filter is chosen.
  for (const fold of root.querySelectorAll<HTMLDetailsElement>('details[data-search-fold]')) fold.open = [...fold.querySelectorAll<HTMLInputElement>('input[data-search-filter]')].some((box) => box.checked);
  update();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
