import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { type CodeListRegistry, loadCodeListRegistry } from '../../src/codelist/index.js';
import { parse } from '../../src/xdatenfelder/v3/index.js';
import type { XsdModel } from '../../src/xsdexport/index.js';
import { exportXsd, sampleInstance } from '../../src/xsdexport/index.js';
import { corpusDir, corpusFiles, describeShared } from '../support/shared.js';
import { compileXsd } from './libxml.js';

/** The first `<name>…</name>` (or `<name/>`) element in `xml`, non-greedy (ids never nest in themselves). */
function firstElement(xml: string, name: string): RegExpExecArray | null {
  return new RegExp(`<${name}(/>|>[\\s\\S]*?</${name}>)`).exec(xml);
}

/** Constraint-breaking edits of a sample, derived from the model (each applied only if its target is in the sample). */
function mutations(model: XsdModel, sample: string): { what: string; xml: string }[] {
  const out: { what: string; xml: string }[] = [];
  const edit = (what: string, name: string, change: (m: RegExpExecArray) => string) => {
    if (out.some((o) => o.what === what)) return;
    const m = firstElement(sample, name);
    if (m === null) return;
    out.push({ what, xml: sample.slice(0, m.index) + change(m) + sample.slice(m.index + m[0].length) });
  };
  for (const t of model.complexTypes.values()) {
    if (t.compositor !== 'sequence') continue;
    for (const p of t.particles) {
      if (p.minOccurs >= 1) edit('remove a required element', p.name, () => '');
      if (p.maxOccurs === 1) edit('repeat a single element', p.name, (m) => m[0] + m[0]);
    }
  }
  const byType = new Map<string, string>();
  for (const t of model.complexTypes.values()) for (const p of t.particles) byType.set(p.type, p.name);
  for (const s of model.simpleTypes.values()) {
    const name = byType.get(s.name);
    if (name === undefined) continue;
    const max = s.facets.find((f) => f.name === 'maxLength');
    if (s.enumeration.length > 0)
      edit('a code outside the enumeration', name, () => `<${name}>kein-code-${'z'.repeat(9)}</${name}>`);
    else if (max !== undefined && s.base === 'xs:string') {
      edit(
        'text longer than maxLength',
        name,
        () => `<${name}>${'x'.repeat(Number(max.value) + 1)}</${name}>`,
      );
    } else if (s.base === 'xs:date') edit('not a date', name, () => `<${name}>31.01.2024</${name}>`);
  }
  const start = new RegExp(`<${model.root.name}[^>]*>`).exec(sample);
  if (start !== null) {
    const at = start.index + start[0].length;
    out.push({ what: 'an unknown element', xml: `${sample.slice(0, at)}<Unbekannt/>${sample.slice(at)}` });
  }
  return out;
}

describeShared('xsd export over the XDatenfelder 3 corpus', () => {
  const files = corpusFiles('xdatenfelder3');
  let registry: CodeListRegistry;
  beforeAll(async () => {
    registry = (await loadCodeListRegistry(path.join(corpusDir, 'codelists'))).registry;
  });

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(70);
  });

  it.each(files.map((f) => [path.basename(path.dirname(f)), f] as const))(
    '%s: the XSD compiles, its samples validate, broken samples do not',
    (_id, file) => {
      const parsed = parse(readFileSync(file));
      const r = exportXsd(parsed.value!, { registry });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const model = r.value!.model;
      using xsd = compileXsd(r.value!.xsd);
      const sample = sampleInstance(model);
      expect(xsd.validate(sample)).toEqual([]);
      expect(xsd.validate(sampleInstance(model, { minimal: true }))).toEqual([]);
      const broken = mutations(model, sample);
      expect(broken.map((b) => b.what)).toEqual(
        expect.arrayContaining([
          'remove a required element',
          'repeat a single element',
          'an unknown element',
        ]),
      );
      for (const b of broken) {
        expect(b.xml, b.what).not.toBe(sample);
        expect(xsd.validate(b.xml).length, b.what).toBeGreaterThan(0);
      }
    },
  );
});
