// @ts-check
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/security-headers.ts';

// DIST_DIR and ASTRO_CACHE_DIR let several builds run side by side (parallel work, benchmarks);
// CONTENT_DIR (read by the content loader) picks the folder of documents to build from.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.DIST_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page: scripts and styles only from the site itself or
  // by hash (Astro adds the hashes), workers (the search's) only from the site itself, nothing
  // loaded from elsewhere, no plugins, no <base>.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [securityHeaders()],
});
