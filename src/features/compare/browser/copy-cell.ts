/**
 * "Kopiera texten" under each comparison cell (`button[data-copy-cell]`, hidden
 * until this runs): copies every section of the cell, heading, text and citation, whether the cell
 * is cut short on screen or not. The text is read from the cell as it is in the page, which holds
 * all of it even when collapsed. May be called again on a fetched column; a button is set up once.
 */
import { enableCopyButton } from '../../../ui/copy-citation.ts';
import { cellCopyText, listText, type CopiedSection } from '../cell-copy-text.ts';

/** Set up every cell copy button under `root` not set up yet. */
export function enhanceCellCopy(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-cell]')) {
    enableCopyButton(
      button,
      () => {
        const body = document.getElementById(button.dataset.copyCell ?? '');
        return body ? cellCopyText(sections(body, window.location.origin)) : undefined;
      },
      'Texten är kopierad med källhänvisning.',
    );
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
