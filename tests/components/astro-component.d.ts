/**
 * The type of an Astro component when a test imports it: plain `tsc` knows no `.astro` modules
 * (Astro's compiler does, in the `components` test project), and the container API renders any
 * component factory.
 *
 * Astro's own types cannot take this declaration's place (checked with Astro 7.3): neither
 * `astro/client` nor the `.astro/types.d.ts` that `astro sync` writes (both already in
 * tsconfig.json's `include`) declare `*.astro` modules; Astro types `.astro` files only through
 * its language tools (`astro check`, the editor plugin), which `npm run typecheck` does not use.
 * Without this file `tsc` stops at every `.astro` import in tests/components (TS2307).
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const component: AstroComponentFactory;
  export default component;
}
