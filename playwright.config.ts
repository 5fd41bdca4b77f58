import { existsSync } from 'node:fs';
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
// The build of `npm run build:base` (BASE_PATH=/ms09-061/) is served on the next port but ten.
const BASE_PORT = PORT + 10;
const BASE_PATH = '/ms09-061/';
/** The page, search, finder, sharing and offline specs also run against the site built under a folder. */
const UNDER_BASE_PATH = ['kb-pages', 'combination-pages', 'guides', 'bulletin', 'layout', 'search', 'finder', 'copy-links', 'offline'].map(
  (name) => `**/${name}.spec.ts`,
);
// `npm test` always builds dist-base/; a run of single specs after `npm run build` alone skips that project.
const withBasePath = existsSync('dist-base');
if (!withBasePath) console.warn('dist-base/ is missing (npm run build:base): the base-path project is skipped.');

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/global-setup.ts',
  fullyParallel: true,
  // One worker per core: the static server and the dist/ readers are light, the browser is not.
  workers: availableParallelism(),
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      ...chromium,
      // Without these, headless Chromium keeps calling Google services this network refuses.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}` } },
    ...(withBasePath ? [{ name: 'base-path', testMatch: UNDER_BASE_PATH, use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` } }] : []),
  ],
  webServer: [
    {
      command: 'node scripts/serve.mjs dist',
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
    },
    ...(withBasePath
      ? [
          {
            command: 'node scripts/serve.mjs dist-base',
            env: { PORT: String(BASE_PORT), BASE_PATH },
            url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
            reuseExistingServer: false,
          },
        ]
      : []),
  ],
});
