/**
 * Progressive enhancement for `<button data-copy-citation="…" hidden>`: shown once this script
 * runs, it copies its citation to the clipboard and says so in its live region. The citation text
 * is also in the page for readers without JavaScript. `enhanceCopyButtons` may be called again on
 * content added later (a fetched comparison column, search results); a button is enhanced once.
 */
import { withOrigin } from '../lib/citation-origin.ts';

function enhance(button: HTMLButtonElement): void {
  const citation = button.dataset.copyCitation;
  if (!citation) return;
  enableCopyButton(button, () => withOrigin(citation, window.location.origin), 'Citatet är kopierat.');
}

/**
 * Show a copy button (once: a button already set up is left alone) that copies what `text` gives
 * when pressed and says in its live region that it did, or that it could not; nothing without a
 * clipboard, where the button stays hidden.
 */
export function enableCopyButton(button: HTMLButtonElement, text: () => string | undefined, copied: string): void {
  if (!navigator.clipboard || button.dataset.copyReady !== undefined) return;
  button.dataset.copyReady = '';
  const status = document.createElement('span');
  status.className = 'copy-citation__status';
  status.setAttribute('role', 'status');
  button.after(status);
  button.hidden = false;
  button.addEventListener('click', async () => {
    const copy = text();
    if (copy === undefined) return;
    try {
      await navigator.clipboard.writeText(copy);
      status.textContent = copied;
    } catch {
      status.textContent = 'Kunde inte kopiera; markera texten och kopiera den själv.';
    }
  });
}

/** Enhance every copy button under `root` that is not enhanced yet. */
export function enhanceCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-citation]')) enhance(button);
}

enhanceCopyButtons();
