import { describe, expect, it } from 'vitest';
import {
  harmoniseProcesses,
  type ProcessHarmonisationReport,
  renderProcessReportHtml,
  renderProcessReportMarkdown,
} from '../../../src/harmonise/xprozess/index.js';
import { doc, fixtureText, withBpmn } from './support.js';

const variants = ['variante-a.xml', 'variante-b.xml', 'variante-c.xml'];
const report = (stammXml = fixtureText('stamm.xml')): ProcessHarmonisationReport =>
  harmoniseProcesses(
    doc(stammXml),
    variants.map((source) => ({ source, document: doc(fixtureText(source)) })),
  );
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to));
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

describe('process harmonisation report, HTML', () => {
  const r = report();
  const page = renderProcessReportHtml(r, { generator: 'fimkit test' });

  it('is one self-contained page with German labels', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|<link|\ssrc=/i);
    for (const label of [
      'Prozessschritt',
      'übernommen',
      'angepasst',
      'ergänzt',
      'entfallen',
      'Handlungsgrundlage',
    ])
      expect(page).toContain(label);
    expect(page).toContain('Erstellt mit fimkit test');
  });

  it('has one matrix row per Stamm element and per local addition, with the statuses of the README', () => {
    const matrix = between(page, 'id="xp-el-elemente"', 'id="xp-el-verstoesse"');
    // 37 Stamm elements + "Ortstermin durchführen" (added in a and c, one row).
    expect((matrix.match(/<tr id=/g) ?? []).length).toBe(38);
    expect((matrix.match(/>ergänzt</g) ?? []).length).toBe(2);
    expect((matrix.match(/>entfallen/g) ?? []).length).toBe(8);
    expect((matrix.match(/>angepasst</g) ?? []).length).toBe(5);
    expect((matrix.match(/⚠ Verstoß/g) ?? []).length).toBe(2);
    expect((matrix.match(/>Pflicht</g) ?? []).length).toBe(8);
  });

  it('draws the shares per variant as a stacked inline SVG', () => {
    const chart = between(page, '<svg class="chart"', '</svg>');
    const shares = [...chart.matchAll(/data-share="([0-9.]+)"/g)].map((m) => Number(m[1]));
    // a: 35, 2, 1 of 38; b: 31, 2, 0 of 33; c: 32, 1, 1 of 34.
    const expected = [35 / 38, 2 / 38, 1 / 38, 31 / 33, 2 / 33, 0, 32 / 34, 1 / 34, 1 / 34];
    expect(shares).toHaveLength(9);
    for (const [i, s] of shares.entries()) expect(s).toBeCloseTo(expected[i]!, 4);
  });

  it('has unique anchors and no link to a missing one', () => {
    const all = ids(page);
    expect(new Set(all).size).toBe(all.length);
    for (const m of page.matchAll(/href="#([^"]+)"/g)) expect(all).toContain(m[1]);
  });

  it('as a fragment: one <section>, scoped anchors, no page shell', () => {
    const f = renderProcessReportHtml(r, { fragment: true, anchorScope: 'p1' });
    expect(f.startsWith('<section class="harmonisation xprozess"')).toBe(true);
    expect(f.trimEnd().endsWith('</section>')).toBe(true);
    expect(f).not.toMatch(/<html|<head|<body|<!DOCTYPE/i);
    expect(f).toContain('<h2>Harmonisierungsbericht Prozess:');
    for (const id of ids(f)) expect(id.startsWith('p1-')).toBe(true);
  });

  it('escapes names taken from the input', () => {
    const hostile = 'Antrag <script>alert(1)</script> "prüfen"';
    const stamm = fixtureText('stamm.xml').replace(
      '<xprozess:name>Zuständigkeit prüfen</xprozess:name>',
      `<xprozess:name>${hostile.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</xprozess:name>`,
    );
    const html = renderProcessReportHtml(report(withBpmn(stamm, fixtureText('stamm.bpmn'))));
    expect(html).not.toContain('<script');
    expect(html).toContain('Antrag &lt;script&gt;alert(1)&lt;/script&gt; &quot;prüfen&quot;');
  });
});

describe('process harmonisation report, Markdown', () => {
  const md = renderProcessReportMarkdown(report());

  it('lists the figures, the matrix, both violations and the candidates', () => {
    expect(md).toContain('| variante-a.xml | 38 | 35 | 2 | 1 | 0 | 92.1 % |');
    expect(md).toContain('| variante-c.xml | 34 | 32 | 1 | 1 | 4 | 94.1 % |');
    const matrix = between(md, '## Elemente', '## Verstöße');
    expect(matrix.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Art')).length).toBe(38);
    const violations = between(md, '## Verstöße', '## Kandidaten');
    expect(violations.split('\n').filter((l) => l.startsWith('- variante-c.xml'))).toHaveLength(2);
    expect(md).toContain('| 2 | Prozessschritt ergänzt | Ortstermin durchführen |');
    expect(md).toContain('Bezeichnung: Antrag fachlich prüfen → Antrag fachlich und straßenrechtlich prüfen');
  });
});
