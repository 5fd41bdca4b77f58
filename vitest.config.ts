import { defineConfig } from 'vitest/config';

// Two projects, run by their own npm scripts so that npm test can put each beside other work.
// The Playwright specs under tests/e2e use their own runner.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // One worker runs many files instead of a fresh one per file (about 0.6 s each): the tests
          // share no state but what they restore themselves (vi.unstubAllEnvs after vi.stubEnv).
          isolate: false,
        },
      },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          // Each test runs Astro on a copy of the project: seconds, not milliseconds.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
