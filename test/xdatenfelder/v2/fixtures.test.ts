/**
 * One tiny XML per failure mode (fixtures/xdatenfelder/v2), asserting code, line and column, plus the
 * flxbe/xdatenfelder-xml v2 test files (read in place from ../shared/corpus/synthetic).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalDifference } from '../../../src/core/xml/index.js';
import { build, parse } from '../../../src/xdatenfelder/v2/index.js';
import { corpusDir, describeShared, repoRoot } from '../../support/shared.js';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'fixtures/xdatenfelder/v2', name));
const brief = (r: ReturnType<typeof parse>) =>
  r.diagnostics.map((d) => ({ severity: d.severity, code: d.code, line: d.line, column: d.column }));

describe('xdatenfelder v2 fixtures', () => {
  const cases: [string, { severity: string; code: string; line: number; column: number }[]][] = [
    ['valid-datenfeld-0104.xml', []],
    [
      'bad-praezisierung.xml',
      [{ severity: 'warning', code: 'xdf2/praezisierung-invalid-json', line: 31, column: 9 }],
    ],
    ['latin-defect.xml', [{ severity: 'warning', code: 'xdf2/not-string-latin', line: 15, column: 44 }]],
    ['missing-element.xml', [{ severity: 'error', code: 'xdf2/missing-element', line: 7, column: 5 }]],
    ['unknown-element.xml', [{ severity: 'warning', code: 'xdf2/unknown-element', line: 17, column: 9 }]],
    ['unknown-code.xml', [{ severity: 'warning', code: 'xdf2/unknown-code', line: 21, column: 13 }]],
    ['wrong-namespace.xml', [{ severity: 'error', code: 'xdf2/wrong-namespace', line: 2, column: 1 }]],
    ['iso-8859-1.xml', [{ severity: 'warning', code: 'xdf2/unknown-code', line: 29, column: 13 }]],
    ['codeliste-0105.xml', [{ severity: 'warning', code: 'xdf2/unknown-element', line: 48, column: 13 }]],
  ];
  it.each(cases)('%s', (name, expected) => {
    const bytes = fixture(name);
    const r = parse(bytes);
    expect(brief(r)).toEqual(expected);
    if (r.value !== undefined) expect(canonicalDifference(bytes, build(r.value))).toBeUndefined();
  });

  it('names the element and the character of a String.Latin defect', () => {
    const d = parse(fixture('latin-defect.xml')).diagnostics[0]!;
    expect(d.path).toBe('/xdatenfelder.datenfeld.0104/datenfeld/definition');
    expect(d.message).toContain('"≤" (U+2264)');
    expect(d.message).toContain('2 such characters');
  });

  it('reads ISO-8859-1 documents and counts columns in characters', () => {
    const r = parse(fixture('iso-8859-1.xml'));
    expect(r.encoding).toBe('iso-8859-1');
    expect(r.value?.message).toBe('xdatenfelder.datenfeld.0104');
    if (r.value?.message !== 'xdatenfelder.datenfeld.0104') return;
    expect(r.value.model.datenfeld.beschreibung).toBe('Größe in Metern');
    expect(r.value.model.datenfeld.datentyp.code).toBe('größe');
    // The build is UTF-8 and says so.
    const out = build(r.value);
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(parse(out).value).toEqual(r.value);
  });

  it('names XDF 3.0 as what it is', () => {
    expect(parse(fixture('wrong-namespace.xml')).diagnostics[0]!.message).toContain('XDatenfelder 3.0.0');
  });

  it('keeps unknown elements in place and genericode content without a warning', () => {
    const r = parse(fixture('codeliste-0105.xml'));
    if (r.value?.message !== 'xdatenfelder.codeliste.0105') throw new Error('not 0105');
    const kept = r.value.model.codeliste.genericode.$unknownElements ?? [];
    expect(kept.map((u) => u.index)).toEqual([0, 1]);
    expect(kept[0]!.xml).toContain('<gc:CodeList');
    expect(r.diagnostics[0]!.message).toContain('<xdf:fremd>');
  });

  it('gives source positions of model objects', () => {
    const r = parse(fixture('valid-datenfeld-0104.xml'));
    if (r.value?.message !== 'xdatenfelder.datenfeld.0104') throw new Error('not 0104');
    const feld = r.value.model.datenfeld;
    expect(r.sourceMap.positionOf(feld)).toEqual({ line: 7, column: 5 });
    expect(r.sourceMap.positionOf(feld, 'praezisierung')).toEqual({ line: 31, column: 9 });
    expect(r.sourceMap.pathOf(feld.status)).toBe('/xdatenfelder.datenfeld.0104/datenfeld/status');
  });
});

describeShared('xdatenfelder v2: flxbe xdatenfelder-xml test files', () => {
  const dir = path.join(corpusDir, 'synthetic/flxbe-xdatenfelder-xml/v2');
  // What each file produces: [code, line, column] of every diagnostic, and whether the build restores it.
  const expected: Record<string, { diagnostics: [string, number, number][]; roundTrip: boolean }> = {
    'data-field-rule.xml': {
      diagnostics: [
        ['xdf2/missing-element', 34, 17],
        ['xdf2/missing-element', 34, 17],
      ],
      roundTrip: true,
    },
    'data-group-rule.xml': { diagnostics: [], roundTrip: true },
    'duplicate-optional-value.xml': { diagnostics: [['xdf2/duplicate-element', 15, 9]], roundTrip: true },
    'duplicate-required-value.xml': { diagnostics: [['xdf2/duplicate-element', 13, 9]], roundTrip: true },
    'label.xml': { diagnostics: [], roundTrip: true },
    'minimal.xml': { diagnostics: [], roundTrip: true },
    'rule.xml': { diagnostics: [], roundTrip: true },
    'select.xml': {
      diagnostics: [
        ['xdf2/missing-element', 34, 17],
        ['xdf2/missing-element', 34, 17],
      ],
      roundTrip: true,
    },
    // gueltigAb written after versionshinweis: reported, and the build writes XSD order.
    'simple.xml': {
      diagnostics: [
        ['xdf2/element-order', 24, 9],
        ['xdf2/element-order', 72, 21],
        ['xdf2/element-order', 100, 33],
      ],
      roundTrip: false,
    },
    'unknown-namespace.xml': { diagnostics: [['xdf2/wrong-namespace', 2, 1]], roundTrip: false },
  };
  it.each(Object.keys(expected))('%s', (name) => {
    const bytes = readFileSync(path.join(dir, name));
    const r = parse(bytes);
    const want = expected[name]!;
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(want.diagnostics);
    if (want.roundTrip) expect(canonicalDifference(bytes, build(r.value!))).toBeUndefined();
    else if (r.value !== undefined) {
      const again = parse(build(r.value));
      expect(again.diagnostics).toEqual([]);
      expect(again.value).toEqual(r.value);
    }
  });
});
