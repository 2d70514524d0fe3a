/**
 * The search page's script: shows the form (hidden without JavaScript), reads `?q=`, `?kommun=`,
 * `?k=`, `?del=` and `?grupp=`, and on every keystroke or filter change asks the search worker
 * (./search-client.ts) and shows its answer — only the answer to the latest question. It keeps the
 * address in step. The engine and its data never come to this thread; results are built with DOM
 * nodes only (./render.ts).
 */
import { FILTER_GROUPS, hasFilters, type FacetCounts, type FilterGroup, type SearchFilters } from '../filters.ts';
import { IDLE_MESSAGES, resultsHeading, statusText, themeNote } from '../messages.ts';
import { RESULTS_PAGE_SIZE } from '../paths.ts';
import type { ResultsReply, SnippetsReply } from '../protocol.ts';
import type { AdviceAction } from '../worker/advice.ts';
import { readSearchState, STATE_PARAMS, writeSearchState } from './url-state.ts';
import { appendHitText, element, noteElement, ResultList } from './render.ts';
import { enhanceCopyButtons } from '../../../ui/copy-citation.ts';
import { SearchClient } from './search-client.ts';
import { routes } from '../../../lib/routes.ts';

/** The count is announced this long after the last keystroke, so typing is not interrupted. */
const ANNOUNCE_DELAY = 700;
/** Performance marks: from a keystroke to its results in the page. */
const INPUT_MARK = 'sok:inmatning';
const UPDATE_MEASURE = 'sok:uppdatering';

/** The filter group a checkbox belongs to, by its name (`kommun`, `k`, `del`). */
const GROUP_OF_NAME = new Map<string, FilterGroup>(FILTER_GROUPS.map((group) => [STATE_PARAMS[group], group]));

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
  const viewRow = find<HTMLElement>('[data-search-view]');
  const groupBox = find<HTMLInputElement>('[data-search-group]');
  const { index, texts, positions } = root.dataset;
  if (
    !form ||
    !input ||
    !filterPanel ||
    !chosen ||
    !clearRow ||
    !clearFilters ||
    !heading ||
    !status ||
    !intro ||
    !notes ||
    !list ||
    !moreRow ||
    !more ||
    !viewRow ||
    !groupBox ||
    !index ||
    !texts ||
    !positions
  )
    return;
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[data-search-filter]')];
  const groupOf = (box: HTMLInputElement): FilterGroup | undefined => GROUP_OF_NAME.get(box.name);
  // One pass over the page for the count of every choice (hundreds at scale: a query each would be slow).
  const countElements = new Map([...root.querySelectorAll<HTMLElement>('[data-search-count]')].map((count) => [count.dataset.searchCount, count]));
  const countOf = new Map(checkboxes.map((box) => [box, countElements.get(`${box.name}:${box.value}`)]));
  const results = new ResultList(list);

  const client = new SearchClient({ index, texts, positions });
  /** The worker has answered once: the index is loaded. */
  let ready = false;
  /** What the list shows: the question asked, how many of its hits are in the list, and whether they all have their snippets. */
  let rendered: { key: string; shown: number; complete: boolean } | undefined;
  /** The hit counts per municipality of the answer shown (for the headings of grouped hits). */
  let shownCounts: FacetCounts | undefined;
  let announceTimer: number | undefined;
  let announced = '';
  /** Enter was pressed: move to the results once they are shown (the index may still be loading). */
  let focusResults = false;

  // The state in the address, with only the filter values this page offers.
  const state = readSearchState(window.location.search);
  input.value = state.query;
  for (const box of checkboxes) {
    const group = groupOf(box);
    box.checked = group !== undefined && state[group].includes(box.value);
  }
  groupBox.checked = state.group;

  const filters = (): SearchFilters => {
    const chosenIn = (group: FilterGroup) => checkboxes.filter((box) => box.checked && groupOf(box) === group).map((box) => box.value);
    return { municipalities: chosenIn('municipalities'), categories: chosenIn('categories'), parts: chosenIn('parts') };
  };
  /** The question the page asks now, as one string (to tell whether the list still answers it). */
  const questionKey = (text: string, current: SearchFilters) =>
    JSON.stringify([text, current.municipalities, current.categories, current.parts, groupBox.checked]);

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
    const search = writeSearchState({ query: input.value, ...filters(), group: groupBox.checked });
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  };

  const showFilterSummary = (current: SearchFilters) => {
    const count = FILTER_GROUPS.reduce((sum, group) => sum + current[group].length, 0);
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
      const group = groupOf(box);
      if (!count || !group) continue;
      const text = counts ? `(${counts[group].get(box.value) ?? 0})` : '';
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
    viewRow.hidden = true;
    notes.replaceChildren(...(message ? [noteElement([message])] : []));
    results.clear(groupBox.checked);
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
    viewRow.hidden = true;
    results.clear(groupBox.checked);
    list.removeAttribute('aria-busy');
    moreRow.hidden = true;
    const retry = element('button', 'secondary', 'Försök igen');
    retry.type = 'button';
    retry.addEventListener('click', () => update());
    const alternatives = element('span');
    const compare = element('a', undefined, 'jämförelsen');
    compare.href = routes.compare();
    const overview = element('a', undefined, 'översikten');
    overview.href = routes.home();
    alternatives.append('Allt innehåll finns också i ', compare, ' och via dokumenten i ', overview, '.');
    notes.replaceChildren(noteElement([error instanceof Error ? error.message : 'Sökindexet kunde inte hämtas.', alternatives, retry]));
    status.textContent = 'Sökningen fungerar inte just nu.';
  };

  /** A suggestion's action: a link, or a button that searches again (for another query, or without filters). */
  const actionElement = (action: AdviceAction): HTMLElement => {
    if (action.href !== undefined) {
      const link = element('a', undefined, action.label);
      link.href = action.href;
      return link;
    }
    const button = element('button', 'secondary', action.label);
    button.type = 'button';
    button.addEventListener('click', () => {
      if (action.clearFilters) for (const box of checkboxes) box.checked = false;
      if (action.query !== undefined) input.value = action.query;
      update();
      input.focus();
    });
    return button;
  };

  const showNotes = (reply: ResultsReply, text: string) => {
    const items: HTMLElement[] = [];
    for (const correction of reply.corrections) {
      items.push(
        noteElement([
          `Inget ord i dokumenten stavas ”${correction.typed}”. Visar träffar för ${correction.usedInstead.map((word) => `”${word}”`).join(', ')}.`,
        ]),
      );
    }
    if (reply.truncated) items.push(noteElement(['Sökningen är lång; bara dess början används.']));
    const theme = themeNote({ query: text.trim(), themes: reply.themes, count: reply.count, themeHits: reply.themeHits });
    if (theme) items.push(noteElement([theme]));
    if (reply.count === 0) {
      const tips = reply.advice.map((advice) => {
        if (!advice.actions || advice.actions.length === 0) return advice.text;
        const wrapper = element('span', 'search-note__tip');
        wrapper.append(advice.text);
        for (const action of advice.actions) wrapper.append(' ', actionElement(action));
        return wrapper;
      });
      items.push(noteElement(['Förslag:'], tips));
    }
    notes.replaceChildren(...items);
  };

  /** A municipality's heading and count, for grouped hits. */
  const groupLabel = (view: { place: string; municipalityKey: string }) => ({
    label: view.place,
    count: shownCounts?.municipalities.get(view.municipalityKey) ?? 0,
  });

  /** Add the reply's hits to the list (after those before `from`), and offer the rest. */
  const appendHits = (reply: ResultsReply): number => {
    results.truncate(reply.from);
    results.append(reply.hits, groupLabel);
    enhanceCopyButtons(list);
    // Snippets still to come: the list is not complete yet.
    if (reply.snippetsFollow) list.setAttribute('aria-busy', 'true');
    else list.removeAttribute('aria-busy');
    const shown = reply.from + reply.hits.length;
    moreRow.hidden = reply.count <= shown;
    if (!moreRow.hidden) more.textContent = `Visa fler träffar (${reply.count - shown} till)`;
    return shown;
  };

  /** The snippets (and paragraph links and citations) that were still to come, each into its hit. */
  const fillSnippets = (reply: SnippetsReply) => {
    reply.texts.forEach((text, index) => {
      const item = results.item(reply.from + index);
      if (item) appendHitText(item, text);
    });
    enhanceCopyButtons(list);
    list.removeAttribute('aria-busy');
    if (rendered) rendered = { ...rendered, complete: true };
  };

  const showResults = (reply: ResultsReply, text: string, key: string) => {
    syncAddress();
    const shownQuery = text.trim();
    intro.hidden = true;
    viewRow.hidden = reply.count === 0;
    heading.textContent = resultsHeading(shownQuery, reply.count, reply.themeHits);
    showNotes(reply, text);
    shownCounts = reply.counts;
    results.clear(groupBox.checked);
    rendered = { key, shown: appendHits(reply), complete: !reply.snippetsFollow };
    showCounts(reply.counts);
    announce(statusText({ query: shownQuery, shown: reply.count, total: reply.total, filtered: reply.filtered, themeHits: reply.themeHits }));
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
    client.search(text, current, groupBox.checked, 0, RESULTS_PAGE_SIZE, {
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
    client.search(input.value, current, groupBox.checked, from, next + RESULTS_PAGE_SIZE, {
      reply: (reply) => {
        if (reply.kind === 'error') return showError(new Error(reply.message));
        if (rendered?.key !== key) return;
        if (reply.kind === 'snippets') return fillSnippets(reply);
        if (reply.kind !== 'results') return;
        rendered = { key, shown: appendHits(reply), complete: !reply.snippetsFollow };
        results.item(next)?.querySelector('a')?.focus();
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
  groupBox.addEventListener('change', () => update());
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
  for (const fold of root.querySelectorAll<HTMLDetailsElement>('details[data-search-fold]'))
    fold.open = [...fold.querySelectorAll<HTMLInputElement>('input[data-search-filter]')].some((box) => box.checked);
  update();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
