import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // Builds dist/ once (unless SKIP_BUILD=1) before any site test runs.
          globalSetup: ['./tests/site/build.setup.ts'],
          // Some files build the site again (hostile fixtures, the 300-document corpus): Astro shares
          // .astro/.prerender between builds, so these files run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
