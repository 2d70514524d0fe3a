/**
 * The document picker (DocumentPicker.astro) with JavaScript, the same on every page: it reads
 * `?d=` on arrival and ticks those boxes, turns off the picker's no-JavaScript rules
 * (`data-enhanced`), and reports every change. No box ticked means the page's usual view. On
 * Vem gör vad and Teman (`data-document-picker="hide"`) this script shows the choice itself: chart
 * columns (`g[data-kommun]` in an `svg[data-column-width]`) close ranks, other elements of an
 * unchosen document (`[data-kommun]`) are hidden, and the address follows. The comparison
 * (`="compare"`) shows it with its own script (compare-page.ts), which calls `enhanceDocumentPicker`.
 */
import { requestedDocuments, withDocuments } from '../lib/document-selection.ts';

export interface DocumentPicker {
  /** Every document listed, in the list's order. */
  ids(): string[];
  /** The ticked documents, in the list's order. */
  chosen(): string[];
  /** Tick exactly these (none: the page's usual view). */
  set(ids: readonly string[]): void;
  /** List a document the page has added (a column fetched into the comparison), unticked. */
  add(id: string, label: string): void;
  /** `2 av 5 kommuner visas.`; empty to say nothing. */
  say(text: string): void;
  /** `kommuner` or `dokument`. */
  unit: string;
}

/**
 * Wire a picker. `onChange(chosen, changed)` hears every change the reader makes: the ticked ids
 * in list order and the box just changed (null when the reset button cleared them all).
 */
export function enhanceDocumentPicker(
  form: HTMLFormElement,
  onChange: (chosen: string[], changed: { id: string; checked: boolean } | null) => void,
): DocumentPicker {
  const list = form.querySelector<HTMLElement>('[data-picker-options]');
  const status = form.querySelector<HTMLElement>('[data-picker-status]');
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  form.dataset.enhanced = '';
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    onChange(picker.chosen(), { id: box.value, checked: box.checked });
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    for (const box of boxes()) box.checked = false;
    onChange([], null);
  });
  const picker: DocumentPicker = {
    ids: () => boxes().map((box) => box.value),
    chosen: () =>
      boxes()
        .filter((box) => box.checked)
        .map((box) => box.value),
    set(ids) {
      for (const box of boxes()) box.checked = ids.includes(box.value);
    },
    add(id, label) {
      if (!list || boxes().some((box) => box.value === id)) return;
      const item = document.createElement('li');
      const text = document.createElement('label');
      text.className = 'document-picker__option';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'd';
      box.value = id;
      text.append(box, ` ${label}`);
      item.append(text);
      list.append(item);
    },
    say(text) {
      if (status) status.textContent = text;
    },
    unit: form.dataset.unit ?? 'dokument',
  };
  return picker;
}

/** `Alla 5 kommuner visas.`, `2 av 5 kommuner visas.` */
export function shownText(shown: number, total: number, unit: string): string {
  return shown === total ? `Alla ${total} ${unit} visas.` : `${shown} av ${total} ${unit} visas.`;
}

/** Close the ranks of a chart's columns: the chosen ones side by side from the left, the rest not drawn. */
function layoutColumns(svg: SVGSVGElement, chosen: ReadonlySet<string>): void {
  const columnWidth = Number(svg.dataset.columnWidth);
  let shown = 0;
  for (const column of svg.querySelectorAll<SVGGElement>('g[data-kommun]')) {
    if (chosen.has(column.dataset.kommun ?? '')) {
      column.setAttribute('transform', `translate(${shown * columnWidth} 0)`);
      column.removeAttribute('display');
      shown += 1;
    } else {
      column.setAttribute('display', 'none');
    }
  }
  const width = Math.max(shown, 1) * columnWidth;
  const height = svg.getAttribute('height') ?? '0';
  svg.setAttribute('width', String(width));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const span of svg.querySelectorAll('.js-span')) span.setAttribute(span.tagName === 'line' ? 'x2' : 'width', String(width));
}

/** Vem gör vad and Teman: show the chosen documents' columns, tables and sentences, and nothing of the others. */
function startHiding(form: HTMLFormElement): void {
  const picker = enhanceDocumentPicker(form, () => apply(true));
  const all = picker.ids();
  function apply(write: boolean): void {
    const picked = picker.chosen();
    const chosen = new Set(picked.length === 0 ? all : picked);
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-column-width]')) layoutColumns(svg, chosen);
    for (const element of document.querySelectorAll<HTMLElement>('[data-kommun]')) {
      if (element instanceof HTMLElement) element.hidden = !chosen.has(element.dataset.kommun ?? '');
    }
    picker.say(shownText(chosen.size, all.length, picker.unit));
    if (write) window.history.replaceState(window.history.state, '', withDocuments(window.location.href, picked));
  }
  picker.set(requestedDocuments(window.location.search).filter((id) => all.includes(id)));
  apply(false);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-document-picker="hide"]')) startHiding(form);
