/** Headless Chromium for the preview tests (playwright-core with the system Chromium). */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** The Chromium executable (override with FIMKIT_CHROMIUM). */
export const chromiumPath = process.env.FIMKIT_CHROMIUM ?? '/usr/bin/chromium';

/** True when the executable exists. */
export const hasChromium = existsSync(chromiumPath);

/** Launches headless Chromium without network access. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}
