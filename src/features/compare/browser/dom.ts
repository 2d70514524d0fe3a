/** Small DOM helpers for the comparison's script: text goes in as text, never as markup. */

/** An element with a class and text content. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A button whose name starts with its visible text and adds what it acts on, for screen readers
 * that list many alike (`Ta bort` → `Ta bort: Hylte`).
 */
export function button(visible: string, context: string, className = 'secondary'): HTMLButtonElement {
  const node = element('button', className, visible);
  node.type = 'button';
  if (context) node.setAttribute('aria-label', `${visible}: ${context}`);
  return node;
}

/** `Hylte`, `Hylte och Tyresö`, `Eksjö, Hylte och Tyresö`. */
export function joinSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}
