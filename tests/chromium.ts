/**
 * Which Chromium the end-to-end tests drive: Playwright's own build when it is installed,
 * otherwise the system's. Playwright cannot download its browser on machines without internet
 * access to its CDN, so the system package is the usual choice there.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const HOW_TO_GET_ONE =
  'No Chromium found: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`.';

/** Path of a Chromium executable, or undefined when Playwright's bundled one should be used. */
export function findChromium(): { executablePath?: string } | null {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH };
  if (existsSync(chromium.executablePath())) return {};
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  return system ? { executablePath: system } : null;
}
