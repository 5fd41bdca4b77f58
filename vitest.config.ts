import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit tests: the Playwright specs under tests/e2e use their own runner.
    include: ['tests/unit/**/*.test.ts'],
    // One worker runs many files instead of a fresh one per file (about 0.6 s each): the tests
    // share no state but what they restore themselves (vi.unstubAllEnvs after vi.stubEnv).
    isolate: false,
  },
});
