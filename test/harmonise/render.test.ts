/**
 * The harmonisation and reuse renderers: navigable by element (every in-page link has its anchor, ids
 * are unique), names next to ids, chart values and row counts as counted independently from the XML
 * (oracle.ts) or by hand from the demo data's README.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  elementNames,
  harmoniseVariants,
  renderHarmonisationHtml,
  renderHarmonisationMarkdown,
  renderReuseHtml,
  renderReuseMarkdown,
  reuseMetrics,
} from '../../src/harmonise/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { repoRoot } from '../support/shared.js';
import { oracleElements, oracleReferences } from './oracle.js';

const demo = path.join(repoRoot, 'fixtures/demo/harmonisation');
const variantFiles = ['variante-a.xdf3.xml', 'variante-b.xdf3.xml', 'variante-c.xdf3.xml'];
const parse = (xml: string | Uint8Array) => {
  const doc = v3.parse(xml).value;
  if (doc === undefined) throw new Error('cannot parse');
  return doc;
};
const load = (name: string) => parse(readFileSync(path.join(demo, name)));

/** In-page link targets, ids, and the ids that occur more than once. */
function links(html: string) {
  const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? '');
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  return { targets, ids: new Set(ids), duplicates };
}

const dataValues = (svg: string) => [...svg.matchAll(/data-value="([\d.]+)"/g)].map((m) => Number(m[1]));
/** The first chart after a heading with this text. */
const chartAfter = (html: string, heading: string) => {
  const at = html.indexOf(`>${heading}</`);
  expect(at).toBeGreaterThan(0);
  return html.slice(at, html.indexOf('</svg>', at));
};

describe('harmonisation report (demo)', () => {
  const stamm = load('stamm.xdf3.xml');
  const docs = variantFiles.map((v) => ({ source: v, document: load(v) }));
  const report = harmoniseVariants(stamm, docs);
  const names = elementNames([stamm, ...docs.map((d) => d.document)]);
  const html = renderHarmonisationHtml(report, { names });

  it('every in-page link resolves, no id twice', () => {
    const { targets, ids, duplicates } = links(html);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
    expect(duplicates).toEqual([]);
  });

  it('anchors every violating and clustered element, with its name from the XML next to the id', () => {
    // README: c adds F99000000104 to group G99000000002 (a forbidden extension); all three narrow
    // Vorname, a and c relabel Familienname.
    for (const [anchor, name] of [
      ['h-el-G99000000002-1.0.0', 'Angaben zum Hund'],
      ['h-el-F99000000002-1.0.0', 'Vorname'],
      ['h-el-F99000000001-1.0.0', 'Familienname'],
      ['h-el-F99000000104-1.0.0', 'Transpondernummer (Chip)'],
    ]) {
      const at = html.indexOf(`<section class="element" id="${anchor}">`);
      expect(at, anchor).toBeGreaterThan(0);
      expect(html.slice(at, html.indexOf('</section>', at))).toContain(`<span class="name">${name}</span>`);
      // Listed in the element navigation too.
      expect(html).toContain(`<a href="#${anchor}">`);
    }
    expect(html.match(/<tr class="violation">/g)).toHaveLength(1);
    expect(html.match(/<tr class="variant"/g)).toHaveLength(3);
  });

  it('charts: cluster sizes by hand from the README, element totals from the XML', () => {
    // Vorname narrowed in 3, Familienname relabelled in 2; c alone adds the field and so changes the
    // struktur of its group: two clusters of 1.
    expect(dataValues(chartAfter(html, 'Clustergrößen'))).toEqual([3, 2, 1, 1]);
    // Oracle: per variant, a key absent from the Stamm is added; same key, other content adapted.
    const s = oracleElements(path.join(demo, 'stamm.xdf3.xml')).elements;
    const totals = { unchanged: 0, adapted: 0, added: 0, dropped: 0 };
    for (const v of variantFiles) {
      const own = oracleElements(path.join(demo, v)).elements;
      for (const [key, e] of own) {
        const base = s.get(key);
        if (base === undefined) totals.added++;
        else if (base.content === e.content) totals.unchanged++;
        else totals.adapted++;
      }
      for (const key of s.keys()) if (!own.has(key)) totals.dropped++;
    }
    expect(dataValues(chartAfter(html, 'Elemente über alle Varianten'))).toEqual([
      totals.unchanged,
      totals.adapted,
      totals.added,
      totals.dropped,
    ]);
  });

  it('fragment: one section, headings one level down, no page shell', () => {
    const f = renderHarmonisationHtml(report, { names, fragment: true });
    expect(f.startsWith('<section class="report harmonisation" id="h-report"><h2>')).toBe(true);
    expect(f).not.toMatch(/<!DOCTYPE|<html|<style/);
    expect(f).toContain('<h3>Varianten</h3>');
    expect(links(f).duplicates).toEqual([]);
  });

  it('markdown: names next to ids; a fragment starts at ##', () => {
    const md = renderHarmonisationMarkdown(report, { names });
    expect(md).toContain('`G99000000002@1.0.0` Angaben zum Hund');
    expect(md).toContain('`F99000000104@1.0.0` Transpondernummer (Chip)');
    const f = renderHarmonisationMarkdown(report, { names, fragment: true });
    expect(f.startsWith('## Harmonisierungsbericht')).toBe(true);
    expect(f).toContain('\n### Varianten\n');
  });

  it('markup in names and file names stays text', () => {
    const hostile = readFileSync(path.join(demo, 'variante-c.xdf3.xml'), 'utf8').replace(
      'Transpondernummer (Chip)',
      '&lt;script&gt;x()&lt;/script&gt;',
    );
    const r = harmoniseVariants(stamm, [{ source: '<img src=x onerror=y>.xml', document: parse(hostile) }]);
    const out = renderHarmonisationHtml(r, { names: elementNames([parse(hostile)]) });
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=y&gt;.xml');
  });
});

describe('reuse report', () => {
  const files = ['stamm.xdf3.xml', ...variantFiles];
  const m = reuseMetrics(files.map((f) => ({ source: f, document: load(f) })));
  const html = renderReuseHtml(m);

  it('one anchored where-used row per referenced element, as many as the XML references', () => {
    const referenced = new Set(
      files.flatMap((f) => oracleReferences(path.join(demo, f)).refs.map((r) => r.child)),
    );
    expect(html.match(/<tr class="element" id="r-el-/g)).toHaveLength(referenced.size);
    for (const key of referenced) {
      const [id, version] = key.split('@');
      expect(html).toContain(`id="r-el-${id}-${version}"`);
    }
    const { targets, ids, duplicates } = links(html);
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
    expect(duplicates).toEqual([]);
  });

  it('HAR and BOB shares per schema as the XML says', () => {
    const expected = files.map((f) => {
      const els = [...oracleElements(path.join(demo, f)).elements.values()];
      const har = els.filter((e) => e.schemaelementart === 'HAR').length;
      const bob = els.filter((e) => /^[FG]60/.test(e.key)).length;
      return [Math.round((har / els.length) * 1000) / 10, Math.round((bob / els.length) * 1000) / 10];
    });
    expect(dataValues(chartAfter(html, 'HAR-Anteil je Schema (%)'))).toEqual(expected.map((e) => e[0]));
    expect(dataValues(chartAfter(html, 'BOB-Anteil je Schema (%)'))).toEqual(expected.map((e) => e[1]));
    expect(html.match(/<tr class="schema"/g)).toHaveLength(files.length);
  });

  it('stale references link the old use, the schema, the group and the newest version', () => {
    const stamm = readFileSync(path.join(demo, 'stamm.xdf3.xml'), 'utf8');
    const newer = stamm
      .replace('<xdf3:id>S99000000001</xdf3:id>', '<xdf3:id>S99000000002</xdf3:id>')
      .replace(/(<xdf3:id>F99000000002<\/xdf3:id>\s*<xdf3:version>)1\.0\.0/, '$11.0.10');
    const stale = reuseMetrics([
      { source: 'alt.xml', document: parse(stamm) },
      { source: 'neu.xml', document: parse(newer) },
    ]);
    const out = renderReuseHtml(stale, { fragment: true });
    const row = out.slice(
      out.indexOf('<tr class="stale">'),
      out.indexOf('</tr>', out.indexOf('<tr class="stale">')),
    );
    expect(row).toContain('href="#r-el-F99000000002-1.0.0"');
    expect(row).toContain('href="#r-s1"');
    expect(row).toContain('href="#r-el-G99000000001-1.0.0"');
    expect(row).toContain('href="#r-el-F99000000002-1.0.10"');
    expect(out.match(/<tr class="stale">/g)).toHaveLength(1);
    const { targets, ids } = links(out);
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
    expect(out.startsWith('<section class="report reuse" id="r-report">')).toBe(true);
    const md = renderReuseMarkdown(stale, { fragment: true });
    expect(md.startsWith('## Nachnutzung')).toBe(true);
    expect(md).toContain('`F99000000002@1.0.0` Vorname in `G99000000001@1.0.0`, neueste Version 1.0.10');
  });
});
