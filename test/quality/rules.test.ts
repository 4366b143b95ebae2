/** Rule fixtures: each asserts code, element id and position. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuality } from '../../src/quality/index.js';
import { parse as parseV3 } from '../../src/xdatenfelder/v3/index.js';
import { describeShared, repoRoot, sharedDir } from '../support/shared.js';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'fixtures/quality', name));

function check3(name: string, options: Parameters<typeof checkQuality>[1] = {}) {
  const r = parseV3(fixture(name));
  expect(r.value).toBeDefined();
  return checkQuality({ format: 'xdf3', value: r.value!, sourceMap: r.sourceMap }, options);
}

describe('quality rules on xdf3-rules.xml', () => {
  const report = check3('xdf3-rules.xml');
  const brief = report.findings.map(
    (f) => `${f.xdfm} ${f.elementId}${f.parentId ? `<${f.parentId}` : ''} ${f.line}:${f.column}`,
  );

  it.each([
    ['1097 S00000000001 14:5', '1097: gold schema with the default Dokumentsteckbrief'],
    ['1106 G00000000001 18:9', '1106: group with one child'],
    ['1132 G00000000001 21:11', '1132: bezug citing two norms'],
    ['1133 F00000000001<G00000000001 29:11', '1133: struktur/bezug link starting with a space'],
    ['1101 F00000000001 33:15', '1101: harmonised field without bezug'],
    ['1102 F00000000001 33:15', '1102: text input field without lengths'],
    ['1127 F00000000001 33:15', '1127: unpublished element in a published schema'],
    ['1129 F00000000001 36:17', '1129: element below Entwurf in a published schema'],
    ['1140 F00000000001 33:15', '1140: FIM-Baustein as creator outside Nummernkreis 60'],
  ])('%s (%s)', (expected) => {
    expect(brief).toContain(expected);
  });

  it('raises nothing the fixture does not contain', () => {
    expect(new Set(report.findings.map((f) => f.xdfm))).toEqual(
      new Set([1097, 1101, 1102, 1106, 1127, 1129, 1132, 1133, 1140]),
    );
  });

  it('maps the catalogue type to a severity', () => {
    const f = report.findings.find((x) => x.xdfm === 1097)!;
    expect([f.typ, f.severity, f.code]).toEqual(['M', 'error', 'XDFM1097']);
    expect(report.findings.find((x) => x.xdfm === 1129)?.severity).toBe('info');
  });

  it('lists rules that need a resolver or registry as skipped', () => {
    expect(report.skipped.map((s) => s.code).sort()).toEqual([1076, 1115, 1122, 1125, 1126]);
  });

  it('runs resolver rules when a resolver is given', () => {
    const r = check3('xdf3-rules.xml', {
      resolver: { latestVersion: (id) => (id === 'F00000000001' ? '1.0.10' : undefined) },
      only: [1126],
    });
    expect(r.findings.map((f) => f.elementId)).toEqual(['F00000000001']);
  });

  it('switches rules off by code', () => {
    expect(check3('xdf3-rules.xml', { disable: [1101] }).findings.some((f) => f.xdfm === 1101)).toBe(false);
  });
});

describeShared(
  '1103 and date fields: reference behaviour by default, catalogue text with catalogueStrict',
  () => {
    it('adds exactly the date input fields without a range, and nothing else', () => {
      // S05000001319 has date input fields without praezisierung (checked by reading the file).
      const file = path.join(sharedDir, 'corpus/xdatenfelder3/bund-t-prototype/S05000001319/schema.xdf.xml');
      const r = parseV3(readFileSync(file));
      const input = { format: 'xdf3', value: r.value!, sourceMap: r.sourceMap } as const;
      const plain = checkQuality(input, { only: [1103] }).findings;
      const strict = checkQuality(input, { only: [1103], catalogueStrict: true }).findings;
      const key = (f: { elementId: string; elementVersion?: string }) => `${f.elementId}@${f.elementVersion}`;
      const added = strict.filter((f) => !plain.some((p) => key(p) === key(f)));
      expect(added.length).toBeGreaterThan(0);
      expect(plain.every((p) => strict.some((f) => key(f) === key(p)))).toBe(true);
      // Every added finding names a field whose datentyp is date.
      const xml = readFileSync(file, 'utf8');
      for (const f of added) {
        const at = xml.indexOf(`<xdf3:id>${f.elementId}</xdf3:id>`);
        const datentyp = /<xdf3:datentyp[^>]*><code>([^<]+)<\/code>/.exec(xml.slice(at))?.[1];
        expect(datentyp, f.elementId).toBe('date');
      }
    });
  },
);
