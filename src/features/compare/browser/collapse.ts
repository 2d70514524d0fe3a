/**
 * Long cells are cut to a readable height with a "Visa mer" toggle. The text stays in the page:
 * it is only clipped on screen (screen readers read all of it, print shows all of it), and a
 * cell opens by itself when keyboard focus moves into it.
 */
import { button } from './dom.ts';

/**
 * A cell is collapsed to the height its `.is-collapsed` style gives it (CompareTable.astro), unless
 * its text is at most this much taller: cutting off a few lines helps nobody.
 */
const SLACK = 1.4;

const TOGGLE_CLASS = 'compare-table__toggle';

/** Each cell's toggle, made once and put back when the cell is long again. */
const toggles = new WeakMap<HTMLElement, HTMLButtonElement>();

/** Collapse the long cells that are shown, and undo it for those that no longer are long. */
export function collapseLongCells(table: HTMLTableElement, documentLabels: ReadonlyMap<string, string>): void {
  const bodies = [...table.querySelectorAll<HTMLElement>('.compare-table__cell-body')].filter(
    (body) => !body.closest('[hidden]') && body.dataset.expanded !== 'true',
  );
  // Collapse all, then measure all, then undo where it was not worth it: one layout, not one per cell.
  for (const body of bodies) body.classList.add('is-collapsed');
  const long = bodies.map((body) => body.scrollHeight > body.clientHeight * SLACK);
  bodies.forEach((body, index) => {
    if (long[index]) {
      const toggle = toggles.get(body) ?? createToggle(body, documentLabels);
      if (!toggle.isConnected) body.after(toggle);
    } else {
      body.classList.remove('is-collapsed');
      toggles.get(body)?.remove();
    }
  });
}

function createToggle(body: HTMLElement, documentLabels: ReadonlyMap<string, string>): HTMLButtonElement {
  const documentId = body.closest('td')?.dataset.col ?? '';
  const category = body.closest('tr')?.dataset.label ?? '';
  const toggle = button('Visa mer', `${documentLabels.get(documentId) ?? documentId}, ${category}`, `secondary ${TOGGLE_CLASS}`);
  toggle.dataset.context = `${documentLabels.get(documentId) ?? documentId}, ${category}`;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', body.id);
  toggle.addEventListener('click', () => setExpanded(body, toggle, toggle.getAttribute('aria-expanded') !== 'true'));
  body.addEventListener('focusin', () => {
    if (toggle.isConnected && body.classList.contains('is-collapsed')) setExpanded(body, toggle, true);
  });
  toggles.set(body, toggle);
  return toggle;
}

/**
 * "Visa alla" and "Dölj alla", before the table: every long cell opened or cut again at once.
 * Shown only while some shown cell is long (`updateExpandAll`).
 */
export function expandAllControls(table: HTMLTableElement): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'compare-expand-all';
  bar.hidden = true;
  const all = (expanded: boolean) => () => {
    for (const body of table.querySelectorAll<HTMLElement>('.compare-table__cell-body')) {
      const toggle = toggles.get(body);
      if (toggle?.isConnected) setExpanded(body, toggle, expanded, false);
    }
  };
  const show = button('Visa alla', 'långa celler i sin helhet', 'secondary');
  const hide = button('Dölj alla', 'korta långa celler igen', 'secondary');
  show.addEventListener('click', all(true));
  hide.addEventListener('click', all(false));
  bar.append(show, hide);
  return bar;
}

/** Show the bar while some shown cell has a toggle. */
export function updateExpandAll(table: HTMLTableElement, bar: HTMLElement): void {
  bar.hidden = ![...table.querySelectorAll<HTMLElement>('.compare-table__cell-body')].some(
    (body) => toggles.get(body)?.isConnected && !body.closest('[hidden]'),
  );
}

function setExpanded(body: HTMLElement, toggle: HTMLButtonElement, expanded: boolean, scroll = true): void {
  body.classList.toggle('is-collapsed', !expanded);
  body.dataset.expanded = String(expanded);
  toggle.setAttribute('aria-expanded', String(expanded));
  const text = expanded ? 'Visa mindre' : 'Visa mer';
  toggle.textContent = text;
  toggle.setAttribute('aria-label', `${text}: ${toggle.dataset.context ?? ''}`);
  if (!expanded && scroll) toggle.scrollIntoView({ block: 'nearest' });
}
