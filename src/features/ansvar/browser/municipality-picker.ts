/**
 * Progressive enhancement: the municipality picker (`[data-kommun-picker]`, hidden until this
 * script runs; without JavaScript every municipality is shown) chooses which municipalities the
 * page shows. Chart columns (`g[data-kommun]` in an `svg[data-column-width]`) close ranks; table
 * cells, sentence groups and small multiples (`[data-kommun]`) are hidden. `?d=hylte,tyreso`
 * chooses on arrival and is kept up to date, so a selection can be shared.
 */
function layoutColumns(svg: SVGSVGElement, chosen: ReadonlySet<string>): void {
  const columnWidth = Number(svg.dataset.columnWidth);
  let shown = 0;
  for (const column of svg.querySelectorAll<SVGGElement>('g[data-kommun]')) {
    if (chosen.has(column.dataset.kommun ?? '')) {
      column.setAttribute('transform', `translate(${shown * columnWidth} 0)`);
      column.removeAttribute('display');
      shown += 1;
    } else {
      column.setAttribute('display', 'none');
    }
  }
  const width = Math.max(shown, 1) * columnWidth;
  const height = svg.getAttribute('height') ?? '0';
  svg.setAttribute('width', String(width));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const span of svg.querySelectorAll('.js-span')) span.setAttribute(span.tagName === 'line' ? 'x2' : 'width', String(width));
}

function setup(picker: HTMLElement): void {
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const status = picker.querySelector<HTMLElement>('[data-picker-status]');
  const all = boxes.map((box) => box.value);
  /** `kommuner`, or `dokument` where a municipality has several (`MunicipalityPicker.astro`). */
  const unit = picker.dataset.unit ?? 'dokument';
  const requested =
    new URLSearchParams(window.location.search)
      .get('d')
      ?.split(',')
      .filter((id) => all.includes(id)) ?? [];
  if (requested.length > 0) for (const box of boxes) box.checked = requested.includes(box.value);

  const apply = (): void => {
    const chosen = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-column-width]')) layoutColumns(svg, chosen);
    for (const element of document.querySelectorAll<HTMLElement>('[data-kommun]')) {
      if (element instanceof HTMLElement) element.hidden = !chosen.has(element.dataset.kommun ?? '');
    }
    if (status) status.textContent = chosen.size === all.length ? `Alla ${all.length} ${unit} visas.` : `${chosen.size} av ${all.length} ${unit} visas.`;
    const url = new URL(window.location.href);
    if (chosen.size === all.length) url.searchParams.delete('d');
    else url.searchParams.set('d', [...chosen].join(','));
    window.history.replaceState(null, '', url);
  };

  for (const box of boxes) box.addEventListener('change', apply);
  picker.querySelector('[data-picker-all]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = true;
    apply();
  });
  picker.hidden = false;
  if (requested.length > 0) apply();
  else if (status) status.textContent = `Alla ${all.length} ${unit} visas.`;
}

for (const picker of document.querySelectorAll<HTMLElement>('[data-kommun-picker]')) setup(picker);

export {};
