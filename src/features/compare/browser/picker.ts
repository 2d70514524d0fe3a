/**
 * The picker that adds documents: a search field (municipality or title, forgiving diacritics),
 * filters by county, document type, decision period and length, and the matches in a native listbox
 * grouped by county, with their count; "Lägg till" (or Enter) adds the chosen one. Keyboard:
 * type, ArrowDown into the list, arrows to choose, Enter to add. With few documents, only the
 * list and the button show (the search and filters are not built).
 */
import type { CatalogEntry } from '../catalog.ts';
import { filterCatalog, matchCountText, type CountyGroup, type PickerFilter } from '../picker-filter.ts';
import { button, element } from './dom.ts';
import type { CatalogSource } from './catalog-source.ts';

export interface PickerElements {
  group: HTMLElement;
  allShown: HTMLElement;
  select: HTMLSelectElement;
  addButton: HTMLButtonElement;
  /** Absent with few documents. */
  search: HTMLInputElement | null;
  filters: HTMLSelectElement[];
  count: HTMLElement | null;
  /** What the chosen document is, in a sentence. */
  picked: HTMLElement;
  /** Why adding or listing failed. */
  error: HTMLElement;
}

export interface Picker {
  /** Leave out the shown documents. */
  render(shown: readonly string[]): void;
  /** Fetch the list of documents, if not yet done (on first use). */
  open(): void;
}

const collator = new Intl.Collator('sv');

/** Largest number of rows the listbox shows at once. */
const LIST_ROWS = 8;

/**
 * Wire the picker. `add(id)` puts the document's column in the view (fetching it if needed) and
 * rejects with a reason a reader can act on when it cannot.
 */
export function setupPicker(elements: PickerElements, source: CatalogSource, add: (id: string) => Promise<void>): Picker {
  let entries: CatalogEntry[] = source.known() ?? [];
  let complete = source.known() !== null;
  let loading: Promise<void> | undefined;
  let shown: readonly string[] = [];
  let busy = false;
  let countTimer: number | undefined;
  const large = elements.search !== null;

  function filter(): PickerFilter {
    const value = (name: string) => elements.filters.find((select) => select.dataset.compareFilter === name)?.value ?? '';
    return {
      query: elements.search?.value ?? '',
      county: value('county'),
      type: value('type'),
      period: value('period'),
      length: value('length'),
      exclude: new Set(shown),
    };
  }

  function update(announce: boolean): void {
    const groups = filterCatalog(entries, filter());
    const previous = elements.select.value;
    if (large) elements.select.replaceChildren(...groups.map(optgroup));
    else
      elements.select.replaceChildren(
        ...groups
          .flatMap((group) => group.entries)
          .sort((a, b) => collator.compare(a.label, b.label))
          .map(option),
      );
    const ids = groups.flatMap((group) => group.entries.map((entry) => entry.id));
    elements.select.value = ids.includes(previous) ? previous : (ids[0] ?? '');
    if (large) elements.select.size = Math.max(2, Math.min(LIST_ROWS, ids.length + groups.length));
    const candidates = entries.filter((entry) => !shown.includes(entry.id)).length;
    elements.group.hidden = complete && candidates === 0;
    elements.allShown.hidden = !(complete && candidates === 0);
    elements.addButton.disabled = ids.length === 0;
    describePicked();
    if (elements.count) {
      window.clearTimeout(countTimer);
      const text = complete ? matchCountText(ids.length) : loading ? 'Hämtar listan över dokument …' : '';
      if (announce) countTimer = window.setTimeout(() => (elements.count!.textContent = text), 300);
      else elements.count.textContent = text;
    }
  }

  function describePicked(): void {
    const entry = entries.find((candidate) => candidate.id === elements.select.value);
    if (!entry) {
      elements.picked.textContent = '';
      return;
    }
    const facts = [entry.type ?? 'Dokumenttyp framgår inte', entry.year === null ? 'beslutsår framgår inte' : `beslutad ${entry.year}`, entry.county].filter(
      Boolean,
    );
    elements.picked.textContent = `Valt: ${entry.label}, ”${entry.title}”. ${facts.join(', ')}.`;
  }

  function showError(message: string, retry?: () => void): void {
    const parts: Node[] = [document.createTextNode(message)];
    if (retry) {
      const again = button('Försök igen', '', 'secondary compare-picker__retry');
      again.addEventListener('click', () => {
        showError('');
        retry();
        (elements.search ?? elements.select).focus();
      });
      parts.push(document.createTextNode(' '), again);
    }
    elements.error.replaceChildren(...(message ? parts : []));
  }

  function open(): void {
    if (complete || loading) return;
    if (elements.count) elements.count.textContent = 'Hämtar listan över dokument …';
    loading = source
      .load()
      .then((loaded) => {
        entries = loaded;
        complete = true;
        update(false);
      })
      .catch(() => {
        if (elements.count) elements.count.textContent = '';
        showError('Listan över alla dokument kunde inte hämtas.', open);
      })
      .finally(() => (loading = undefined));
  }

  async function addChosen(from: HTMLElement): Promise<void> {
    const id = elements.select.value;
    if (!id || busy) return;
    const entry = entries.find((candidate) => candidate.id === id);
    busy = true;
    elements.addButton.setAttribute('aria-disabled', 'true');
    elements.picked.textContent = `Hämtar ${entry?.label ?? id} …`;
    showError('');
    try {
      await add(id);
      if (!elements.group.hidden) from.focus();
    } catch (error) {
      describePicked();
      showError(`${entry?.label ?? id} kunde inte läggas till: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      busy = false;
      elements.addButton.removeAttribute('aria-disabled');
    }
  }

  elements.addButton.addEventListener('click', () => void addChosen(elements.search ?? elements.select));
  elements.select.addEventListener('change', describePicked);
  elements.select.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void addChosen(elements.select);
  });
  elements.search?.addEventListener('input', () => {
    open();
    update(true);
  });
  elements.search?.addEventListener('focus', open);
  elements.search?.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void addChosen(elements.search!);
    } else if (event.key === 'ArrowDown' && elements.select.options.length > 0) {
      event.preventDefault();
      elements.select.focus();
    }
  });
  for (const select of elements.filters) select.addEventListener('change', () => update(true));

  return {
    render(next) {
      shown = next;
      update(false);
    },
    open,
  };
}

function option(entry: CatalogEntry): HTMLOptionElement {
  return Object.assign(element('option', undefined, entry.label), { value: entry.id });
}

function optgroup(group: CountyGroup): HTMLOptGroupElement {
  const node = element('optgroup');
  node.label = `${group.county} (${group.entries.length})`;
  node.append(...group.entries.map(option));
  return node;
}
