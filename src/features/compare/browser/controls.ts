/**
 * The controls of the comparison: a list of the shown documents, each movable left and right and
 * removable; a checkbox per category; reset. (Adding documents is picker.ts.) Every change goes
 * through `onChange`, and focus stays where the keyboard user was.
 */
import type { CompareView } from '../url-state.ts';
import { button, element } from './dom.ts';
import type { TableModel } from './table-view.ts';

export interface ControlsElements {
  columns: HTMLOListElement;
  /** Where focus goes when the last item's button is gone (the picker's list). */
  fallbackFocus: HTMLElement;
  categories: HTMLInputElement[];
  reset: HTMLButtonElement;
}

export interface Controls {
  /** Show the view in the controls. */
  render(view: CompareView): void;
  /** Focus the list item of a shown document; false if it has no enabled button. */
  focusItem(id: string): boolean;
}

type Action = 'left' | 'right' | 'remove';

/**
 * Wire the controls. `onChange(view, message)` applies a new view; `message` is what a screen
 * reader hears about it.
 */
export function setupControls(
  elements: ControlsElements,
  model: () => TableModel,
  getView: () => CompareView,
  onChange: (view: CompareView, message: string) => void,
  reset: () => void,
): Controls {
  const label = (id: string) => model().documentLabels.get(id) ?? id;

  elements.columns.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const id = target?.closest<HTMLElement>('li[data-col]')?.dataset.col;
    if (!target || !id || target.disabled) return;
    const action = target.dataset.action as Action;
    const documents = [...getView().documents];
    const index = documents.indexOf(id);
    if (action === 'remove') {
      if (documents.length <= 1) return;
      documents.splice(index, 1);
      onChange({ ...getView(), documents }, `${label(id)} togs bort. ${documents.length} dokument visas.`);
      const next = documents[Math.min(index, documents.length - 1)];
      focusItemButton(next, 'remove') || elements.fallbackFocus.focus();
      return;
    }
    const to = action === 'left' ? index - 1 : index + 1;
    if (to < 0 || to >= documents.length) return;
    documents.splice(index, 1);
    documents.splice(to, 0, id);
    onChange({ ...getView(), documents }, `${label(id)} är nu kolumn ${to + 1} av ${documents.length}.`);
    focusItemButton(id, action) || focusItemButton(id, action === 'left' ? 'right' : 'left');
  });

  for (const checkbox of elements.categories) {
    checkbox.addEventListener('change', () => {
      const categories = elements.categories.filter((box) => box.checked).map((box) => box.value);
      const name = model().categoryLabels.get(checkbox.value) ?? checkbox.value;
      if (categories.length === 0) {
        checkbox.checked = true;
        onChange(getView(), 'Minst en kategori måste visas.');
        return;
      }
      onChange({ ...getView(), categories }, `${name} ${checkbox.checked ? 'visas' : 'visas inte'}.`);
    });
  }

  elements.reset.addEventListener('click', reset);

  function focusItemButton(id: string | undefined, action: Action): boolean {
    if (!id) return false;
    const target = [...elements.columns.querySelectorAll<HTMLButtonElement>('button[data-action]')].find(
      (candidate) => candidate.dataset.action === action && candidate.closest<HTMLElement>('li')?.dataset.col === id,
    );
    if (!target || target.disabled) return false;
    target.focus();
    return true;
  }

  return {
    render(view) {
      elements.columns.replaceChildren(...view.documents.map((id, index) => columnItem(id, label(id), index, view.documents.length)));
      for (const checkbox of elements.categories) checkbox.checked = view.categories.includes(checkbox.value);
    },
    focusItem: (id) => focusItemButton(id, 'left') || focusItemButton(id, 'remove'),
  };
}

function columnItem(id: string, name: string, index: number, count: number): HTMLLIElement {
  const item = element('li');
  item.dataset.col = id;
  const actions: [Action, string, boolean][] = [
    ['left', 'Flytta vänster', index === 0],
    ['right', 'Flytta höger', index === count - 1],
    ['remove', 'Ta bort', count === 1],
  ];
  const buttons = element('span', 'compare-controls__buttons');
  buttons.append(
    ...actions.map(([action, text, disabled]) => {
      const control = button(text, name);
      control.dataset.action = action;
      control.disabled = disabled;
      return control;
    }),
  );
  item.append(element('span', 'compare-controls__name', name), buttons);
  return item;
}
