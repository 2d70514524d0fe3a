/**
 * The type of CompareFragment.astro when a TypeScript file imports it (the column fragments'
 * endpoint, src/pages/jamfor/kolumn/[id].html.ts): plain `tsc` knows no `.astro` modules.
 * Matches this one component only.
 */
declare module '*/CompareFragment.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const CompareFragment: AstroComponentFactory;
  export default CompareFragment;
}
