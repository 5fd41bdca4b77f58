import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { findChromium, HOW_TO_GET_ONE } from './tests/chromium';

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/global-setup.ts',
  fullyParallel: true,
  // One worker per core: the static server and the dist/ readers are light, the browser is not.
  workers: availableParallelism(),
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      ...chromium,
      // Without these, headless Chromium keeps calling Google services this network refuses.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs dist`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
