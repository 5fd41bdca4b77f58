import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { findChromium, HOW_TO_GET_ONE } from './tools/chromium';

const chromium = findChromium({ headlessShell: true });
if (!chromium) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);
// The build of `npm run build:base` (BASE_PATH=/ms09-061/) is served on the next port but ten.
const BASE_PORT = PORT + 10;
const BASE_PATH = '/ms09-061/';
/**
 * Under the base path run only the tests tagged @base-path: behaviour whose addresses scripts
 * build in the browser (search, the finder, copied links, the service worker, redirects). Every
 * address written into the HTML of dist-base/ is checked by the link check over dist-base/
 * instead, and the tests that read dist/ would only read it a second time.
 */
const BASE_PATH_TAG = /@base-path/;
// `npm test` always builds dist-base/; a run of single specs after `npm run build` alone skips that project.
const withBasePath = existsSync('dist-base');
if (!withBasePath)
  console.warn('dist-base/ is missing (npm run build:base): the base-path project is skipped.');

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/global-setup.ts',
  fullyParallel: true,
  // One worker more than cores: with one per core, a sixth of the run left the processor idle
  // (tests waiting on the network, the service worker, a 500 ms quiet network); a third worker on
  // two cores fills most of that time (the end-to-end run 95 s to 89 s). Four only add contention.
  workers: availableParallelism() + 1,
  forbidOnly: !!process.env.CI,
  // Every wait is on a condition; these are only how long a condition may take before the test
  // fails. On a 2-core laptop busy with other work, a search result took over Playwright's default
  // 5 s, so the limits are set for a loaded machine, not for an idle one.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  use: {
    browserName: 'chromium',
    // The service worker precaches the whole site (338 files) in every new browser context: a
    // quarter of the suite's processor time. The specs that test it (offline, CSP) allow it.
    serviceWorkers: 'block',
    launchOptions: {
      ...chromium,
      // Without these, headless Chromium keeps calling Google services this network refuses.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // base-path.spec.ts holds only what differs under a folder; at the root the other specs cover it.
    {
      name: 'root',
      testIgnore: '**/base-path.spec.ts',
      use: { baseURL: `http://127.0.0.1:${PORT}` },
    },
    ...(withBasePath
      ? [
          {
            name: 'base-path',
            grep: BASE_PATH_TAG,
            use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: 'node tools/serve.mjs dist',
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
    },
    ...(withBasePath
      ? [
          {
            command: 'node tools/serve.mjs dist-base',
            env: { PORT: String(BASE_PORT), BASE_PATH },
            url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
            reuseExistingServer: false,
          },
        ]
      : []),
  ],
});
