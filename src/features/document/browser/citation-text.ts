/**
 * Completes the citations shown as text (`<p data-citation-template="…{origin}…">`) with the
 * site's address once this script runs; without JavaScript they show the path alone.
 */
const ORIGIN = '{origin}';

for (const element of document.querySelectorAll<HTMLElement>('[data-citation-template]')) {
  const template = element.dataset.citationTemplate;
  if (template?.includes(ORIGIN)) element.textContent = template.replace(ORIGIN, window.location.origin);
}
