/**
 * "Kopiera texten" under each comparison cell (`button[data-copy-cell]`, hidden
 * until this runs): copies every section of the cell, heading, text and citation, whether the cell
 * is cut short on screen or not. The text is read from the cell as it is in the page, which holds
 * all of it even when collapsed. May be called again on a fetched column; a button is set up once.
 */
import { cellCopyText, listText, type CopiedSection } from '../cell-copy-text.ts';

/** Set up every cell copy button under `root` not set up yet. */
export function enhanceCellCopy(root: ParentNode = document): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-cell]')) {
    if (button.dataset.copyReady !== undefined) continue;
    button.dataset.copyReady = '';
    const status = document.createElement('span');
    status.className = 'copy-citation__status';
    status.setAttribute('role', 'status');
    button.after(status);
    button.hidden = false;
    button.addEventListener('click', async () => {
      const body = document.getElementById(button.dataset.copyCell ?? '');
      if (!body) return;
      try {
        await navigator.clipboard.writeText(cellCopyText(sections(body, window.location.origin)));
        status.textContent = 'Texten är kopierad med källhänvisning.';
      } catch {
        status.textContent = 'Kunde inte kopiera; markera texten och kopiera den själv.';
      }
    });
  }
}

function sections(body: HTMLElement, origin: string): CopiedSection[] {
  return [...body.querySelectorAll<HTMLElement>('.compare-entry')].map((entry) => ({
    heading: entry.querySelector('.compare-entry__heading')?.textContent ?? '',
    blocks: [...entry.querySelectorAll<HTMLElement>(':scope > .compare-entry__text > *')].map(blockText),
    citation: (entry.querySelector<HTMLElement>('[data-copy-citation]')?.dataset.copyCitation ?? '').replace('{origin}', origin),
  }));
}

function blockText(block: HTMLElement): string {
  if (block instanceof HTMLOListElement || block instanceof HTMLUListElement) {
    const items = [...block.querySelectorAll<HTMLLIElement>(':scope > li')].map((item) => item.textContent ?? '');
    return listText(items, block instanceof HTMLOListElement, block instanceof HTMLOListElement ? block.start : 1);
  }
  return block.textContent ?? '';
}
