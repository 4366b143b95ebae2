import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reuseMetrics } from '../../src/harmonise/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { corpusFiles, describeShared, repoRoot } from '../support/shared.js';
import { oracleElements, oracleReferences } from './oracle.js';

const load = (file: string) => {
  const doc = v3.parse(readFileSync(file)).value;
  if (doc === undefined) throw new Error(`cannot parse ${file}`);
  return { source: file, document: doc };
};

/** Independent figures from the XML tree and plain id patterns. */
function expectedShares(files: readonly string[]) {
  const all = new Map<string, { kind: string; art: string | undefined }>();
  const perFile = files.map((f) => {
    const { elements } = oracleElements(f);
    for (const [k, e] of elements) if (!all.has(k)) all.set(k, { kind: e.kind, art: e.schemaelementart });
    const keys = [...elements.keys()];
    return {
      elements: keys.length,
      har: [...elements.values()].filter((e) => e.schemaelementart === 'HAR').length,
      bob: keys.filter((k) => /^[FG]60/.test(k)).length,
    };
  });
  const keys = [...all.keys()];
  return {
    perFile,
    overall: {
      elements: keys.length,
      har: [...all.values()].filter((e) => e.art === 'HAR').length,
      bob: keys.filter((k) => /^[FG]60/.test(k)).length,
    },
  };
}

describe('reuse metrics on the demo data', () => {
  const demo = path.join(repoRoot, 'fixtures/demo/harmonisation');
  const files = ['stamm.xdf3.xml', 'variante-c.xdf3.xml'].map((f) => path.join(demo, f));

  it('counts HAR and BOB shares as the XML says', () => {
    const m = reuseMetrics(files.map(load));
    const exp = expectedShares(files);
    expect(m.schemas.map((s) => [s.elements, s.har, s.bob])).toEqual(
      exp.perFile.map((e) => [e.elements, e.har, e.bob]),
    );
    expect([m.overall.elements, m.overall.har, m.overall.bob]).toEqual([
      exp.overall.elements,
      exp.overall.har,
      exp.overall.bob,
    ]);
    // The local field F99000000104 is RNG and used by variant c only.
    expect(m.whereUsed.get('F99000000104@1.0.0')?.schemas).toEqual(['S99000000103@1.0.0']);
    expect(m.whereUsed.get('F99000000001@1.0.0')?.schemas).toEqual([
      'S99000000001@1.0.0',
      'S99000000103@1.0.0',
    ]);
  });
});

describeShared('reuse metrics on the XDF3 corpus', () => {
  const files = corpusFiles('xdatenfelder3')
    .filter((f) => f.endsWith('.xml'))
    .slice(0, 12);

  it('matches independent HAR/BOB counts and where-used from the XML tree', () => {
    const m = reuseMetrics(files.map(load));
    const exp = expectedShares(files);
    expect(m.schemas.map((s) => [s.elements, s.har, s.bob])).toEqual(
      exp.perFile.map((e) => [e.elements, e.har, e.bob]),
    );
    expect([m.overall.elements, m.overall.har, m.overall.bob]).toEqual([
      exp.overall.elements,
      exp.overall.har,
      exp.overall.bob,
    ]);

    const schemasOf = new Map<string, Set<string>>();
    const groupsOf = new Map<string, Set<string>>();
    for (const f of files) {
      const { root, refs } = oracleReferences(f);
      for (const r of refs) {
        if (!schemasOf.has(r.child)) schemasOf.set(r.child, new Set());
        schemasOf.get(r.child)?.add(root);
        if (!groupsOf.has(r.child)) groupsOf.set(r.child, new Set());
        if (/^G/.test(r.parent)) groupsOf.get(r.child)?.add(r.parent);
      }
    }
    expect(new Set(m.whereUsed.keys())).toEqual(new Set(schemasOf.keys()));
    for (const [k, w] of m.whereUsed) {
      expect(w.schemas).toEqual([...(schemasOf.get(k) ?? [])].sort());
      expect(w.groups).toEqual([...(groupsOf.get(k) ?? [])].sort());
    }
  });
});

describe('stale references', () => {
  it('compares versions as semver, patch level included', () => {
    const demo = path.join(repoRoot, 'fixtures/demo/harmonisation');
    const stamm = readFileSync(path.join(demo, 'stamm.xdf3.xml'), 'utf8');
    // Same field at 1.0.10 in a second schema: 1.0.10 > 1.0.9 > 1.0.0 numerically (not as text).
    const newer = stamm
      .replace('<xdf3:id>S99000000001</xdf3:id>', '<xdf3:id>S99000000002</xdf3:id>')
      .replace(/(<xdf3:id>F99000000002<\/xdf3:id>\s*<xdf3:version>)1\.0\.0/, '$11.0.10');
    const older = stamm
      .replace('<xdf3:id>S99000000001</xdf3:id>', '<xdf3:id>S99000000003</xdf3:id>')
      .replace(/(<xdf3:id>F99000000002<\/xdf3:id>\s*<xdf3:version>)1\.0\.0/, '$11.0.9');
    const docs = [stamm, newer, older].map((x, i) => ({ source: `s${i}`, document: v3.parse(x).value! }));
    const m = reuseMetrics(docs);
    expect(m.stale.map((s) => [s.usedIn, s.key, s.newest]).sort()).toEqual([
      ['s0', 'F99000000002@1.0.0', '1.0.10'],
      ['s2', 'F99000000002@1.0.9', '1.0.10'],
    ]);
  });
});
