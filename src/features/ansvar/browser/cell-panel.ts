/**
 * Progressive enhancement of the `/ansvar/` charts (`[data-cell-figure]`): focusing or choosing a
 * cell (`a[data-cell]`, which without JavaScript links to its sentences further down the page)
 * shows those sentences in the figure's panel (`[data-cell-panel]`, hidden until this script
 * runs). A click or Enter moves focus into the panel, Esc goes back to the cell, and the arrow
 * keys move between cells. The sentences are copied from the page's own list (`cloneNode`), never
 * built from markup.
 */

type Cell = SVGAElement;

const position = (cell: Cell): [number, number] => [Number(cell.dataset.row), Number(cell.dataset.col)];
/** Shown, unless its column has been hidden by the municipality picker. */
const shown = (cell: Cell): boolean => cell.closest('[display="none"]') === null;

const STEPS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
};

function setup(figure: HTMLElement): void {
  const panel = figure.querySelector<HTMLElement>('[data-cell-panel]');
  const cells = [...figure.querySelectorAll<Cell>('a[data-cell]')];
  if (!panel || cells.length === 0) return;
  const byPosition = new Map(cells.map((cell) => [position(cell).join(':'), cell]));
  const rows = Math.max(...cells.map((cell) => position(cell)[0])) + 1;
  const columns = Math.max(...cells.map((cell) => position(cell)[1])) + 1;
  let current: Cell | undefined;

  const show = (cell: Cell, moveFocus: boolean): void => {
    const target = document.getElementById(decodeURIComponent((cell.getAttribute('href') ?? '').slice(1)));
    if (!target) return;
    current?.removeAttribute('aria-current');
    cell.setAttribute('aria-current', 'true');
    current = cell;
    const heading = document.createElement('h3');
    heading.tabIndex = -1;
    heading.textContent = target.dataset.title ?? '';
    const list = target.querySelector('[data-statements]')?.cloneNode(true);
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'secondary cell-panel__back';
    back.textContent = 'Tillbaka till diagrammet';
    back.addEventListener('click', () => cell.focus());
    panel.replaceChildren(heading, ...(list ? [list] : []), back);
    if (moveFocus) {
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'nearest' });
    }
  };

  /** The next shown cell from `cell` in the direction of `step`, if any. */
  const next = (cell: Cell, [dRow, dCol]: readonly [number, number]): Cell | undefined => {
    let [row, col] = position(cell);
    for (;;) {
      row += dRow;
      col += dCol;
      if (row < 0 || col < 0 || row >= rows || col >= columns) return undefined;
      const candidate = byPosition.get(`${row}:${col}`);
      if (candidate && shown(candidate)) return candidate;
    }
  };

  for (const cell of cells) {
    cell.addEventListener('focus', () => show(cell, false));
    cell.addEventListener('click', (event) => {
      event.preventDefault();
      show(cell, true);
    });
    cell.addEventListener('keydown', (event) => {
      const step = STEPS[event.key];
      if (!step) return;
      event.preventDefault();
      next(cell, step)?.focus();
    });
  }
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !current) return;
    event.preventDefault();
    current.focus();
  });
  panel.hidden = false;
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-cell-figure]')) setup(figure);

export {};
