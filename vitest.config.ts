import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Two cores: two test files at a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The unit tests mock nothing and set no globals: one module graph per worker instead of one
          // per file cuts the project from ~85 s to ~33 s (most of it was loading modules again).
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // Builds every content set once (the seeds, the 300-document corpus, the hostile fixtures)
          // before any site test runs; the files only read the built sites, so two run side by side.
          // (tests/site/build-errors.test.ts builds small folders of its own: the only build then.)
          globalSetup: ['./tests/site/build.setup.ts'],
          // Tests marked concurrent (the accessibility sweep) open at most this many pages at once.
          maxConcurrency: 3,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
