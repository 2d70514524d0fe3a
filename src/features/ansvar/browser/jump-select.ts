/**
 * Progressive enhancement: a list of links (`ul[data-jump-list]`, what readers without JavaScript
 * use) becomes a labelled select with a button that goes to the chosen page. The current page's
 * link (`aria-current="page"`) is preselected.
 */
function enhance(list: HTMLUListElement): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (links.length === 0 || !list.id) return;
  const form = document.createElement('form');
  form.className = 'jump-form';
  const label = document.createElement('label');
  label.htmlFor = `${list.id}-val`;
  label.textContent = list.dataset.jumpLabel ?? 'Gå till';
  const select = document.createElement('select');
  select.id = `${list.id}-val`;
  for (const link of links) {
    const option = document.createElement('option');
    option.value = link.href;
    option.textContent = link.textContent?.trim() ?? '';
    option.selected = link.getAttribute('aria-current') === 'page';
    select.append(option);
  }
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Visa';
  form.append(label, select, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign(select.value);
  });
  list.before(form);
  list.hidden = true;
}

for (const list of document.querySelectorAll<HTMLUListElement>('ul[data-jump-list]')) enhance(list);

export {};
