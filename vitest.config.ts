import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';
import { isProjectRequested } from './tests/support/requested-projects.ts';

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
      // Astro components rendered one at a time with given props (Astro's container API). They need
      // Astro's Vite config to compile `.astro` files, so they are a project of their own and the
      // unit project stays plain node. That config takes seconds to resolve, and vitest resolves
      // every project before it filters them: when the command line asks for other projects only
      // (`--project unit`), this one is not set up at all.
      ...(isProjectRequested('components')
        ? [
            getViteConfig({
              test: {
                name: 'components',
                include: ['tests/components/**/*.test.ts'],
                environment: 'node',
                // Nothing is mocked and no globals are set: one module graph per worker, as in the unit project.
                isolate: false,
                // A file's `beforeAll` parses the seeds (the first in a worker, for all files after it); on the
                // shared machine under load that took over the default 10 s. The unit project allows 30 s too.
                hookTimeout: 30_000,
                testTimeout: 30_000,
              },
            }),
          ]
        : []),
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
