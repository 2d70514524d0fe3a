// @ts-check
import { defineConfig } from 'astro/config';

// DIST_DIR and ASTRO_CACHE_DIR let several builds run side by side (parallel work, benchmarks);
// CONTENT_DIR (read by the content loader) picks the folder of documents to build from.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.DIST_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
});
