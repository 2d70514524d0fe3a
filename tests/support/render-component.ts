/**
 * An Astro component rendered alone with given props, by Astro's container API (the `components`
 * test project, which compiles `.astro` files), and read back as a tree (`./markup.ts`).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { SvgElement } from '../../src/charts/svg.ts';
import { parseMarkup } from './markup.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: Promise<AstroContainer> | undefined;

/** The markup `component` renders with `props`, and with `slots` filled (`{ default: '<p>…</p>' }`). */
export async function renderMarkup(component: Component, props: Record<string, unknown> = {}, slots?: Record<string, string>): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(component, { props, slots });
}

/** What `component` renders with `props`, as a tree under a `#fragment` element. */
export async function render(component: Component, props: Record<string, unknown> = {}, slots?: Record<string, string>): Promise<SvgElement> {
  return parseMarkup(await renderMarkup(component, props, slots));
}
