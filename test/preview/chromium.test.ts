import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPreview } from '../../src/preview/index.js';
import { type Datenfeld, parse, type Struktur } from '../../src/xdatenfelder/v3/index.js';
import { corpusDir, hasShared, repoRoot } from '../support/shared.js';
import { chromiumPath, hasChromium, launch } from './browser.js';

/** Schemas checked in the browser: small, medium, and one with Auswahlgruppen. */
const SCHEMAS = ['S00000000362', 'S00000000385', 'S07000000207', 'S05000001394'];

/** Set FIMKIT_SCREENSHOTS=1 to (re)write docs/screenshots/preview-*.png. */
const writeScreenshots = process.env.FIMKIT_SCREENSHOTS === '1';

function fields(struktur: readonly Struktur[], out: Datenfeld[] = []): Datenfeld[] {
  for (const s of struktur) {
    if (s.enthaelt.datenfeld !== undefined) out.push(s.enthaelt.datenfeld);
    else if (s.enthaelt.datenfeldgruppe !== undefined) fields(s.enthaelt.datenfeldgruppe.struktur, out);
  }
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

const runnable = hasChromium && hasShared;
if (!runnable && process.env.CI !== 'true') {
  console.log(
    `[fimkit] ${hasChromium ? '../shared' : chromiumPath} not found – skipping the preview browser tests`,
  );
}

describe.runIf(runnable || process.env.CI === 'true')('form preview in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!hasChromium)
      throw new Error(`[fimkit] ${chromiumPath} not found – the preview browser tests cannot run in CI`);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCHEMAS)('%s renders without console errors and shows every field label', async (id) => {
    const doc = parse(
      readFileSync(path.join(corpusDir, 'xdatenfelder3/bund-t-prototype', id, 'schema.xdf.xml')),
    ).value!;
    if (doc.message !== 'xdatenfelder.stammdatenschema.0102') throw new Error('not a schema');
    const html = renderPreview(doc).value!;
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    // Block every request: the page must be self-contained.
    await page.route('**/*', (route) => {
      problems.push(`request: ${route.request().url()}`);
      return route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (CSS applied) is what a citizen sees
    const text = normalise(await page.innerText('body'));
    const labels = [
      ...new Set(fields(doc.model.stammdatenschema.struktur).map((f) => normalise(f.bezeichnungEingabe))),
    ];
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => !text.includes(l))).toEqual([]);
    const visibleMeta = () =>
      page.evaluate<number>(
        "[...document.querySelectorAll('.meta')].filter((m) => getComputedStyle(m).display !== 'none').length",
      );
    const metaCount = await page.evaluate<number>("document.querySelectorAll('.meta').length");
    expect(metaCount).toBeGreaterThan(labels.length);
    expect(await visibleMeta()).toBe(0);
    if (writeScreenshots) {
      mkdirSync(path.join(repoRoot, 'docs/screenshots'), { recursive: true });
      await page.screenshot({ path: path.join(repoRoot, `docs/screenshots/preview-${id}.png`) });
    }
    await page.check('#fimkit-editor');
    expect(await page.evaluate<boolean>("document.body.classList.contains('editor')")).toBe(true);
    expect(await visibleMeta()).toBe(metaCount);
    const first = fields(doc.model.stammdatenschema.struktur)[0]!.identifikation;
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text, so that the ids show only after the toggle
    expect(normalise(await page.innerText('body'))).toContain(`${first.id} V${first.version}`);
    if (writeScreenshots && id === SCHEMAS[0]) {
      await page.screenshot({ path: path.join(repoRoot, `docs/screenshots/preview-${id}-editor.png`) });
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
