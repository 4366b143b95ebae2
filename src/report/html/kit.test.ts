import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementAnchor, elementLink } from './anchor.js';
import { barChart } from './chart.js';
import { escapeHtml } from './escape.js';
import { fimLabel } from './labels.js';
import { htmlPage } from './page.js';

describe('report kit', () => {
  it('escapes every markup character, and unescaping gives the text back', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeHtml(s);
        expect(e).not.toMatch(/[<>"']/);
        const back = e
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
        expect(back).toBe(s);
      }),
    );
  });

  it('anchors are valid ids, distinct for distinct elements, scoped per file', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, av, b, bv) => {
        const x = elementAnchor(a, av);
        expect(x).toMatch(/^el-[A-Za-z0-9_.-]*$/);
        expect(x === elementAnchor(b, bv)).toBe(a === b && av === bv);
      }),
    );
    expect(elementAnchor('F1', '1.0', 'f2')).toBe('f2-el-F1-1.0');
    // Collisions a naive scheme would have: '-' inside an id, '_' written literally.
    expect(elementAnchor('a-b')).not.toBe(elementAnchor('a', 'b'));
    expect(elementAnchor('_20_')).not.toBe(elementAnchor(' '));
    expect(elementLink('F1', '1.0', '<b>', 'f2')).toBe(
      '<a href="#f2-el-F1-1.0"><code>F1</code> V1.0 <span class="name">&lt;b&gt;</span></a>',
    );
  });

  it('draws bars proportional to their values, the largest at full plot width', () => {
    const svg = barChart(
      [
        { label: 'a', value: 4 },
        { label: 'b', value: 1 },
        { label: 'c', value: 0 },
      ],
      { title: 't', width: 480 },
    );
    // Plot width = 480 - 160 (labels) - 48 (values) = 272.
    const widths = [...svg.matchAll(/<rect[^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([272, 68, 0]);
    expect(barChart([], { title: 'leer' })).toContain('<title>leer</title>');
  });

  it('the page forbids scripts and network access and speaks German', () => {
    const html = htmlPage({ title: 'T <x>', body: '<p>b</p>' });
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>T &lt;x&gt;</title>');
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)/);
    expect(fimLabel('datenfeldgruppe')).toBe('Datenfeldgruppe');
    expect(fimLabel('warning')).toBe('Warnung');
    expect(fimLabel('toString')).toBe('toString');
  });
});
