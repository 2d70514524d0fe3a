/**
 * The type of an Astro component when a test imports it: plain `tsc` knows no `.astro` modules
 * (Astro's compiler does, in the `components` test project), and the container API renders any
 * component factory.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const component: AstroComponentFactory;
  export default component;
}
