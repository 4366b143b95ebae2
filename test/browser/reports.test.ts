/**
 * Every HTML report in headless Chromium: it renders, holds the expected elements and counts (taken from
 * the JSON output of the same run, an independent renderer), logs no console errors, loads nothing, and
 * runs no script smuggled in through element names or file names.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { summarize } from '../../src/detect/index.js';
import { renderInspectHtml } from '../../src/report/html/index.js';
import { runCli } from '../cli/run.js';
import { oracleReferences } from '../harmonise/oracle.js';
import { repoRoot } from '../support/shared.js';
import { type Browser, describeBrowser, launch, openFile, takeScreenshots } from './chromium.js';

const demo = path.join(repoRoot, 'fixtures/demo');
const xdf3 = path.join(demo, 'hundesteuer.xdf3.xml');
const xdf2 = path.join(demo, 'hundesteuer.xdf2.xml');
const screenshots = path.join(repoRoot, 'docs/screenshots');

const SCRIPT_PAYLOAD = '<script>window.__pwned = 1</script>';
const IMG_PAYLOAD = '<img src=x onerror="window.__pwned = 2">';
/** A file name carrying a payload (no `/`, so it is one path segment). */
const HOSTILE_FILE = '<img src=x onerror=window.__pwned=3>.xml';

interface JsonFinding {
  elementId: string;
  elementVersion: string | null;
  severity: 'error' | 'warning' | 'info';
  type: string;
}

/** Escapes text for an XML text node. */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describeBrowser('HTML reports in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'fimkit-reports-'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function check(file: string, screenshot?: string, options: { navigable?: boolean } = {}) {
    const opened = await openFile(browser.context, file);
    const { page } = opened;
    // Rendered: a visible heading and a body with real height.
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('body').evaluate((b) => b.scrollHeight)).toBeGreaterThan(200);
    // Every in-page link has a target: navigable by file and by element.
    const targets = await page
      .locator('a[href^="#"]')
      .evaluateAll((as) => as.map((a) => decodeURIComponent(String(a.getAttribute('href')).slice(1))));
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => String(el.id))));
    if (options.navigable !== false) expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((id) => !ids.has(id))).toEqual([]);
    // No script of any kind in the DOM, no event-handler attributes.
    expect(await page.locator('script').count()).toBe(0);
    const handlers = await page
      .locator('*')
      .evaluateAll(
        (els) =>
          els.filter((el) =>
            [...el.attributes].some((a: { name: string }) => a.name.toLowerCase().startsWith('on')),
          ).length,
      );
    expect(handlers).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
    if (takeScreenshots && screenshot !== undefined) {
      mkdirSync(screenshots, { recursive: true });
      await page.setViewportSize({ width: 1100, height: 1400 });
      await page.screenshot({ path: path.join(screenshots, screenshot) });
    }
    return page;
  }

  it('quality report: files, elements, findings and chart values match the JSON output', async () => {
    const out = path.join(dir, 'quality.html');
    const run = await runCli(['quality', xdf3, xdf2, '--format', 'html', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(out);
    const json = await runCli(['quality', xdf3, xdf2, '--format', 'json']);
    const perFile = json.records.map((r) => r.findings as JsonFinding[]);
    const all = perFile.flat();
    const elements = perFile
      .map((fs) => new Set(fs.map((f) => `${f.elementId}@${f.elementVersion ?? ''}`)).size)
      .reduce((a, b) => a + b, 0);

    const page = await check(out, 'quality-report.png');
    expect(await page.title()).toBe('Qualitätsbericht');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('section.file').count()).toBe(2);
    expect(await page.locator('section.element').count()).toBe(elements);
    expect(await page.locator('tr.finding').count()).toBe(all.length);
    // The severity chart: bars in order Fehler, Warnung, Hinweis.
    const values = await page
      .locator('svg.chart')
      .first()
      .locator('rect.bar')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(values).toEqual([
      all.filter((f) => f.severity === 'error').length,
      all.filter((f) => f.severity === 'warning').length,
      all.filter((f) => f.severity === 'info').length,
    ]);
    // The largest bar spans the plot; the chart is drawn, not just present.
    const widths = await page
      .locator('svg.chart')
      .first()
      .locator('rect.bar')
      .evaluateAll((rects) =>
        rects.map((r) => (r as unknown as { getBBox(): { width: number } }).getBBox().width),
      );
    expect(Math.max(...widths)).toBeGreaterThan(100);
    // Element names next to ids, German kind labels (the fixture's own text).
    const text = await page.locator('body').textContent();
    expect(text).toContain('Familienname (Demo)');
    expect(text).toContain('Datenfeldgruppe');
    expect(text).toContain('G99000000001');
  });

  it('quality report: payloads in element names and file names stay text', async () => {
    const hostileDir = path.join(dir, 'hostile');
    mkdirSync(hostileDir, { recursive: true });
    const xml = readFileSync(xdf3, 'utf8')
      .replace('Familienname (Demo)', xmlText(SCRIPT_PAYLOAD))
      .replace('Vorname (Demo)', xmlText(IMG_PAYLOAD));
    expect(xml).toContain('&lt;script&gt;');
    writeFileSync(path.join(hostileDir, HOSTILE_FILE), xml);
    const out = path.join(dir, 'hostile-quality.html');
    const run = await runCli(['quality', path.join(hostileDir, HOSTILE_FILE), '--format', 'html', '-o', out]);
    expect(run.code).toBe(1);
    const page = await check(out);
    const text = await page.locator('body').textContent();
    expect(text).toContain(SCRIPT_PAYLOAD);
    expect(text).toContain(IMG_PAYLOAD);
    expect(text).toContain(HOSTILE_FILE);
    expect(await page.locator('img').count()).toBe(0);
  });

  it("form preview: payloads in labels and help texts stay text; only the preview's own toggle script exists", async () => {
    const hostileDir = path.join(dir, 'hostile-preview');
    mkdirSync(hostileDir, { recursive: true });
    const xml = readFileSync(xdf3, 'utf8')
      .replace(
        '<xdf3:bezeichnungEingabe>Familienname</xdf3:bezeichnungEingabe>',
        `<xdf3:bezeichnungEingabe>${xmlText(SCRIPT_PAYLOAD)}</xdf3:bezeichnungEingabe>`,
      )
      .replace(
        '<xdf3:bezeichnungEingabe>Vorname</xdf3:bezeichnungEingabe>',
        `<xdf3:bezeichnungEingabe>${xmlText(IMG_PAYLOAD)}</xdf3:bezeichnungEingabe>`,
      );
    expect(xml).toContain('&lt;script&gt;');
    const input = path.join(hostileDir, 'hostile.xdf3.xml');
    writeFileSync(input, xml);
    const out = path.join(dir, 'hostile-preview.html');
    const run = await runCli(['preview', input, '-o', out]);
    expect(run.code).toBeLessThan(2);
    const opened = await openFile(browser.context, out);
    const { page } = opened;
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    // The preview carries exactly one script of its own (the editor toggle); nothing from the data.
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('script').first().textContent()).not.toContain('__pwned');
    const handlers = await page
      .locator('*')
      .evaluateAll(
        (els) =>
          els.filter((el) =>
            [...el.attributes].some((a: { name: string }) => a.name.toLowerCase().startsWith('on')),
          ).length,
      );
    expect(handlers).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    const text = await page.locator('body').textContent();
    expect(text).toContain(SCRIPT_PAYLOAD);
    expect(text).toContain(IMG_PAYLOAD);
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
  });

  it('inspect report: one section per file, element counts and diagnostics as summarize gives them', async () => {
    const names = ['hundesteuer.xdf3.xml', 'hundesteuer.xdf2.xml', 'hundeart.gc.xml'];
    const files = names.map((name) => {
      const r = summarize(readFileSync(path.join(demo, name)), { fileName: name });
      return { file: name, summary: r.value, diagnostics: r.diagnostics };
    });
    // A file that is not XML at all, named with a payload: its diagnostic and name must stay text.
    const broken = summarize(new TextEncoder().encode('<a><b></a>'), { fileName: HOSTILE_FILE });
    files.push({ file: HOSTILE_FILE, summary: broken.value, diagnostics: broken.diagnostics });
    expect(broken.diagnostics.length).toBeGreaterThan(0);
    const out = path.join(dir, 'inspect.html');
    writeFileSync(out, renderInspectHtml(files, { generator: 'fimkit test' }));

    const page = await check(out, 'inspect-report.png');
    expect(await page.title()).toBe('Prüfbericht');
    expect(await page.locator('section.file').count()).toBe(files.length);
    expect(await page.locator('tr.diagnostic').count()).toBe(
      files.reduce((n, f) => n + f.diagnostics.length, 0),
    );
    // One element-count chart per file with counts, bars carrying summarize's numbers.
    const first = files[0]!;
    const counts = Object.values(first.summary?.counts ?? {});
    expect(counts.length).toBeGreaterThan(0);
    const bars = await page
      .locator('section.file')
      .first()
      .locator('rect.bar')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(bars).toEqual(counts);
    expect(await page.locator('body').textContent()).toContain(HOSTILE_FILE);
  });

  it('diff report: one list item per change of the JSON diff; payloads in changed names stay text', async () => {
    const next = path.join(dir, 'next.xdf3.xml');
    writeFileSync(
      next,
      readFileSync(xdf3, 'utf8')
        .replace('Familienname (Demo)', xmlText(SCRIPT_PAYLOAD))
        .replace('Vorname (Demo)', xmlText(IMG_PAYLOAD)),
    );
    const out = path.join(dir, 'diff.html');
    const run = await runCli(['diff', xdf3, next, '--format', 'html', '-o', out]);
    expect(run.code).toBe(1);
    const json = await runCli(['diff', xdf3, next, '--format', 'json']);
    const changes = (JSON.parse(json.stdout) as { changes: unknown[] }).changes;
    // Two names changed: at least those two changes.
    expect(changes.length).toBeGreaterThanOrEqual(2);
    // src/diff/render-html.ts has no in-page navigation yet (reported), so no link is required here.
    const page = await check(out, 'diff-report.png', { navigable: false });
    expect(await page.locator('li').count()).toBe(changes.length);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain(SCRIPT_PAYLOAD);
    expect(text).toContain(IMG_PAYLOAD);
  });

  it('harmonisation report: every variant, the violation, element anchors with names, cluster sizes', async () => {
    const demoDir = path.join(demo, 'harmonisation');
    const variants = readdirSync(demoDir).filter((f) => /^variante-.*\.xdf3\.xml$/.test(f));
    expect(variants.length).toBe(3);
    const out = path.join(dir, 'harmonise.html');
    const run = await runCli([
      'harmonise',
      '--stamm',
      path.join(demoDir, 'stamm.xdf3.xml'),
      ...variants.map((v) => path.join(demoDir, v)),
      '--format',
      'html',
      '-o',
      out,
    ]);
    // fixtures/demo/harmonisation/README.md: variant c adds a field the Stamm forbids (1 violation).
    expect(run.code).toBe(1);
    const page = await check(out, 'harmonisation-report.png');
    expect(await page.locator('tr.variant').count()).toBe(variants.length);
    expect(await page.locator('tr.violation').count()).toBe(1);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const v of variants) expect(text).toContain(v);
    // The added field: its own anchored section, named next to its id, reached from the navigation.
    const section = page.locator('section.element#h-el-F99000000104-1\\.0\\.0');
    expect(await section.locator('.name').first().textContent()).toBe('Transpondernummer (Chip)');
    await page.locator('nav a[href="#h-el-F99000000104-1.0.0"]').click();
    expect(await page.evaluate('location.hash')).toBe('#h-el-F99000000104-1.0.0');
    expect(await section.isVisible()).toBe(true);
    // Cluster sizes (README): Vorname in 3 variants, Familienname in 2, c's addition and group change in 1.
    const bars = await page
      .locator('svg.chart[aria-label^="Clustergrößen"] rect.bar')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(bars).toEqual([3, 2, 1, 1]);
  });

  it('reuse report: one anchored row per referenced element, HAR/BOB charts per schema', async () => {
    const demoDir = path.join(demo, 'harmonisation');
    const files = readdirSync(demoDir).filter((f) => f.endsWith('.xdf3.xml'));
    const out = path.join(dir, 'reuse.html');
    const run = await runCli([
      'reuse',
      ...files.map((f) => path.join(demoDir, f)),
      '--format',
      'html',
      '-o',
      out,
    ]);
    expect(run.code).toBe(0);
    const page = await check(out, 'reuse-report.png');
    const referenced = new Set(
      files.flatMap((f) => oracleReferences(path.join(demoDir, f)).refs.map((r) => r.child)),
    );
    expect(await page.locator('tr.element').count()).toBe(referenced.size);
    expect(await page.locator('tr.schema').count()).toBe(files.length);
    expect(await page.locator('svg.chart[aria-label^="HAR-Anteil"] rect.bar').count()).toBe(files.length);
    expect(await page.locator('svg.chart[aria-label^="BOB-Anteil"] rect.bar').count()).toBe(files.length);
  });

  it('project report (the demo): artefact matrix, embedded harmonisation, reuse and service texts', async () => {
    const out = path.join(dir, 'fimkit-report.html');
    const run = await runCli([
      'plan',
      path.join(demo, 'harmonisation/projekt.yaml'),
      '--format',
      'html',
      '-o',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(out);
    const page = await check(out, 'project-report.png');
    expect(await page.title()).toBe('Projektbericht: Anmeldung eines Hundes zur Hundesteuer (Demo)');
    // 14 artefacts of the process model; category K requires personas, which the descriptor lacks.
    expect(await page.locator('tr.artefact').count()).toBe(14);
    expect(await page.locator('tr.artefact.status-missing').count()).toBe(1);
    for (const id of ['h-report', 'r-report', 't-report'])
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    expect(await page.locator('#h-report tr.variant').count()).toBe(3);
    // The overview links the missing artefact to its row.
    await page.locator('a[href="#a-personas"]').click();
    expect(await page.locator('#a-personas').isVisible()).toBe(true);
  });

  it('project report with processes: the embedded XProzess report renders and every link resolves', async () => {
    const out = path.join(dir, 'prozess-report.html');
    const run = await runCli([
      'plan',
      path.join(repoRoot, 'fixtures/plan/prozess.yaml'),
      '--format',
      'html',
      '-o',
      out,
    ]);
    // fixtures/xprozess/v2/harmonisation/README.md: variant c drops a mandatory step and a
    // Handlungsgrundlage (2 violations).
    expect(run.code).toBe(1);
    const page = await check(out);
    expect(await page.locator('#x-report').count()).toBe(1);
    expect(await page.locator('#h-report, #r-report, #t-report').count()).toBe(0);
    expect(await page.locator('tr.artefact').count()).toBe(14);
  });
});
