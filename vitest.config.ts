import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit tests: the Playwright specs under tests/e2e use their own runner.
    include: ['tests/unit/**/*.test.ts'],
  },
});
