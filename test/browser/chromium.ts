/** Headless Debian Chromium driven by playwright-core, for the HTML report tests. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

/** Installed by `.ci/run` (Debian package `chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

export const inCi = process.env.CI === 'true';

/** Screenshots are written locally only (CI keeps its tree clean). */
export const takeScreenshots = !inCi;

/**
 * `describe` for suites that need Chromium: runs when /usr/bin/chromium exists, fails in CI when it is
 * missing, and is skipped with a visible message elsewhere.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, fn);
  } else if (inCi) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(
          `[fimkit] ${CHROMIUM} not found – ${name} cannot run in CI (install the Debian package chromium)`,
        );
      });
    });
  } else {
    console.log(`[fimkit] ${CHROMIUM} not found – skipping ${name}`);
    describe.skip(name, fn);
  }
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh user-data-dir (removed on close); no network, no extensions. */
export async function launch(): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'fimkit-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  readonly page: Page;
  /** Console messages of type error and uncaught page errors. */
  readonly errors: string[];
  /** Requests the page made besides its own file. */
  readonly requests: string[];
}

/** Opens an HTML file and collects console errors, page errors and any further request. */
export async function openFile(context: BrowserContext, file: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const url = pathToFileURL(file).href;
  page.on('request', (r) => {
    if (decodeURI(r.url()) !== decodeURI(url)) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}
