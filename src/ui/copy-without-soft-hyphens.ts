/**
 * What a reader selects and copies leaves without the soft hyphens the build put in long words
 * (`hyphenate.ts`): Chromium copies them, and pasted into a search field, a spreadsheet or a
 * plain-text mail they split the word. The copy is the selection's text and markup, soft hyphens
 * removed; a selection without any is left to the browser. (Without JavaScript they stay.)
 */
import { SOFT_HYPHEN, withoutSoftHyphens } from './soft-hyphen.ts';

document.addEventListener('copy', (event) => {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const text = selection.toString();
  if (!text.includes(SOFT_HYPHEN)) return;
  const markup = document.createElement('div');
  for (let index = 0; index < selection.rangeCount; index += 1) markup.append(selection.getRangeAt(index).cloneContents());
  event.clipboardData.setData('text/plain', withoutSoftHyphens(text));
  event.clipboardData.setData('text/html', withoutSoftHyphens(markup.innerHTML));
  event.preventDefault();
});
