/**
 * Completes the citations shown as text (`<p data-citation-template="…{origin}…">`) with the
 * site's address once this script runs; without JavaScript they show the path alone.
 */
import { ORIGIN_PLACEHOLDER, withOrigin } from '../../../lib/citation-origin.ts';

for (const element of document.querySelectorAll<HTMLElement>('[data-citation-template]')) {
  const template = element.dataset.citationTemplate;
  if (template?.includes(ORIGIN_PLACEHOLDER)) element.textContent = withOrigin(template, window.location.origin);
}
