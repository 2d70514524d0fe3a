/**
 * The source view's page script: the lines a link cites (`#rader-88-98`, `#rad-12`) are marked
 * exactly, also where a range shares a line with the section before it, and again whenever the
 * address's fragment changes. Without it, `:target` highlights the range the fragment names.
 */
const CITED = 'source-line--cited';
const RANGE = /^#rader-(\d+)-(\d+)$/u;
const LINE = /^#rad-(\d+)$/u;

function citedLines(fragment: string): [number, number] | null {
  const range = RANGE.exec(fragment);
  if (range) return [Number(range[1]), Number(range[2])];
  const line = LINE.exec(fragment);
  return line ? [Number(line[1]), Number(line[1])] : null;
}

function markCitedLines(): void {
  for (const line of document.querySelectorAll(`.${CITED}`)) line.classList.remove(CITED);
  const cited = citedLines(decodeURIComponent(location.hash));
  if (!cited) return;
  for (let number = cited[0]; number <= cited[1]; number++) document.getElementById(`rad-${number}`)?.classList.add(CITED);
}

document.querySelector('.source-text')?.classList.add('source-text--marked');
markCitedLines();
window.addEventListener('hashchange', markCitedLines);
