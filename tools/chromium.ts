/**
 * Which Chromium the end-to-end tests drive: Playwright's own build when it is installed,
 * otherwise the system's. Playwright cannot download its browser on machines without internet
 * access to its CDN, so the system package is the usual choice there.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Chromium's headless shell, the browser without its windowing layer, is what Playwright itself
 * runs headless tests in: the suite needs half the processor time it needs in the full browser
 * (107 s against 221 s on 2 cores, 1 December 2026). Lighthouse measures the full browser.
 */
const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const HOW_TO_GET_ONE =
  'No Chromium found: install one with `sudo apt-get install -y chromium-headless-shell chromium` (Debian/Ubuntu) or `npx playwright install chromium`.';

/**
 * Path of a Chromium executable, or undefined when Playwright's bundled one should be used (it
 * picks its own headless shell). `headlessShell` prefers the system's headless shell to its full
 * browser.
 */
export function findChromium({ headlessShell = false } = {}): { executablePath?: string } | null {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH };
  if (existsSync(chromium.executablePath())) return {};
  const candidates = headlessShell ? [SYSTEM_HEADLESS_SHELL, ...SYSTEM_CHROMIUM] : SYSTEM_CHROMIUM;
  const system = candidates.find((path) => existsSync(path));
  return system ? { executablePath: system } : null;
}
