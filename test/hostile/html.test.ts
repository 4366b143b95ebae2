/**
 * Script injection through untrusted texts (names, labels, help texts, ids) into the HTML reports. Checked
 * twice: by string analysis of the report, and in headless Chromium (playwright-core) with JavaScript
 * enabled: no injected script runs, no dialog opens, no element carries an event handler or a
 * `javascript:` URL, and every payload arrives as visible text.
 *
 * Renderers covered: the diff report (`renderHtml`). Further HTML reports join through `REPORTS`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/diff/render-html.js';
import { diffXdatenfelder } from '../../src/diff/xdatenfelder.js';
import { parse } from '../../src/xdatenfelder/v3/parse.js';
import { repoRoot } from '../support/shared.js';

const CHROMIUM = '/usr/bin/chromium';

/** Payloads, each of which would set `window.__pwned` (or open a dialog) if it were interpreted. */
const PAYLOADS = [
  '<script>window.__pwned="script"</script>',
  '"><img src=x onerror="window.__pwned=\'img\'">',
  "'><svg onload=window.__pwned='svg'>",
  '</title><script>window.__pwned="title"</script>',
  '</style><script>window.__pwned="style"</script>',
  '<a href="javascript:window.__pwned=\'href\'">x</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<!--<script>window.__pwned="comment"</script>-->',
  '<details open ontoggle="window.__pwned=\'toggle\'">',
  '<body onload="alert(1)">',
];

/** XML text escaping for putting a payload into an XDatenfelder fixture. */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const base = readFileSync(path.join(repoRoot, 'fixtures/xdatenfelder/v3/valid.xml'), 'utf8');

/** The fixture with every label set to `payload`. */
const hostileXdf = (payload: string) =>
  base
    .replace('<xdf3:name>Familienname</xdf3:name>', `<xdf3:name>${xmlText(payload)}</xdf3:name>`)
    .replace(
      '<xdf3:bezeichnungEingabe>Familienname</xdf3:bezeichnungEingabe>',
      `<xdf3:bezeichnungEingabe>${xmlText(payload)}</xdf3:bezeichnungEingabe><xdf3:hilfetextEingabe>${xmlText(payload)}</xdf3:hilfetextEingabe>`,
    )
    .replace(
      '<xdf3:version>1.0.0</xdf3:version>',
      `<xdf3:version>${xmlText(`1.0.1${payload}`)}</xdf3:version>`,
    );

interface Report {
  readonly name: string;
  render(payload: string): string;
}

/** Every HTML report, fed with documents whose texts are `payload`. */
const REPORTS: readonly Report[] = [
  {
    name: 'diff (renderHtml)',
    render(payload) {
      const left = parse(base);
      const right = parse(hostileXdf(payload));
      expect(right.value).toBeDefined();
      const diff = diffXdatenfelder(
        { version: '3.0.0', document: left.value! },
        { version: '3.0.0', document: right.value! },
        { level: 3 },
      );
      return renderHtml(diff.value!);
    },
  },
];

/** Tags and attributes the reports write themselves; anything else in the markup came from data. */
const TAGS = new Set([
  '!doctype',
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'h1',
  'h2',
  'h3',
  'p',
  'table',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'span',
  'code',
  'div',
  'section',
  'nav',
]);
const ATTRIBUTES = new Set(['lang', 'charset', 'class', 'id']);

/**
 * Markup in `html` that the report did not write itself: every `<…>` is a tag (escaped text has no `<`),
 * so each tag name and attribute name must be one of the report's own.
 */
function foreignMarkup(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<\/?([!A-Za-z][\w-]*)([^>]*)>/g)) {
    const tag = m[1]!.toLowerCase();
    if (!TAGS.has(tag)) found.push(m[0]);
    if (tag === '!doctype') continue;
    for (const a of m[2]!.matchAll(/([^\s=/]+)\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      if (!ATTRIBUTES.has(a[1]!.toLowerCase())) found.push(`${m[1]} ${a[0]}`);
    }
  }
  // a <style> holds only the report's own CSS: no markup can close it early
  for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/g))
    if (m[1]!.includes('<')) found.push('<style> with <');
  return found;
}

it.each(PAYLOADS)('control: the analysis does find %s when it is NOT escaped', (payload) => {
  expect(foreignMarkup(`<p>${payload}</p>`).length).toBeGreaterThan(0);
});

describe.each(REPORTS)('$name', (report) => {
  it.each(PAYLOADS)('string analysis: %s is escaped and appears as text', (payload) => {
    const html = report.render(payload);
    expect(foreignMarkup(html)).toEqual([]);
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(
      html.includes(escaped) || html.includes(escaped.replace(/"/g, '&quot;').replace(/'/g, '&#39;')),
    ).toBe(true);
  });
});

const browserIt = existsSync(CHROMIUM) ? it : it.skip;
if (!existsSync(CHROMIUM))
  console.log(`[fimkit] ${CHROMIUM} not found – skipping the browser injection check`);

describe('headless Chromium', () => {
  browserIt(
    'no injected script runs in any report, and every payload is visible as text',
    async () => {
      const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'fimkit-hostile-chromium-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        javaScriptEnabled: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        // nothing may be fetched either (the img src=x, iframes): every request is recorded and aborted
        const requests: string[] = [];
        await page.route('**/*', (route) => {
          requests.push(route.request().url());
          return route.abort();
        });
        // a control: the same check does see a script that is NOT escaped
        await page.setContent('<p>control</p><script>window.__pwned="control"</script>');
        expect(await page.evaluate('window.__pwned')).toBe('control');
        for (const report of REPORTS) {
          for (const payload of PAYLOADS) {
            const html = report.render(payload);
            await page.evaluate('delete window.__pwned');
            await page.setContent(html, { waitUntil: 'load' });
            // give onerror/onload/ontoggle handlers a chance to fire
            await page.waitForTimeout(20);
            // evaluated in the page (a string, so that this file needs no DOM types)
            const seen = (await page.evaluate(`({
              pwned: window.__pwned ?? null,
              scripts: document.querySelectorAll('script').length,
              handlers: [...document.querySelectorAll('*')].flatMap((e) =>
                [...e.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => a.name)),
              frames: document.querySelectorAll('iframe,img,svg,object,embed').length,
              text: document.body.innerText,
            })`)) as {
              pwned: string | null;
              scripts: number;
              handlers: string[];
              frames: number;
              text: string;
            };
            const label = `${report.name}: ${payload}`;
            expect(seen.pwned, label).toBeNull();
            expect(seen.scripts, label).toBe(0);
            expect(seen.handlers, label).toEqual([]);
            expect(seen.frames, label).toBe(0);
            expect(seen.text, label).toContain(payload.slice(0, 20));
          }
        }
        expect(dialogs).toEqual([]);
        expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      } finally {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
