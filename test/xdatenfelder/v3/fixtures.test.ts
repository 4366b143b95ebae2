/** One tiny document per failure mode (fixtures/xdatenfelder/v3) and the flxbe synthetic documents. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, parse } from '../../../src/xdatenfelder/v3/index.js';
import { corpusDir, describeShared, repoRoot } from '../../support/shared.js';

const fixtureDir = path.join(repoRoot, 'fixtures/xdatenfelder/v3');
const syntheticDir = path.join(corpusDir, 'synthetic/flxbe-xdatenfelder-xml/v3');

type Expected = readonly [severity: string, code: string, line: number, column: number];

function found(file: string): Expected[] {
  return parse(readFileSync(file)).diagnostics.map((d) => [d.severity, d.code, d.line ?? 0, d.column ?? 0]);
}

describe('xdatenfelder 3.0.0 failure-mode fixtures', () => {
  it('valid.xml parses without diagnostics and builds back', () => {
    const input = readFileSync(path.join(fixtureDir, 'valid.xml'), 'utf8');
    const r = parse(input);
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.message).toBe('xdatenfelder.datenfeld.0104');
    expect(parse(build(r.value!)).value).toEqual(r.value);
  });

  it.each<[string, Expected[]]>([
    ['missing-element', [['error', 'xdf3/missing-element', 7, 3]]],
    ['missing-attribute', [['error', 'xdf3/missing-attribute', 13, 5]]],
    ['unknown-element', [['warning', 'xdf3/unknown-element', 13, 5]]],
    ['element-order', [['error', 'xdf3/element-order', 14, 5]]],
    ['duplicate-element', [['error', 'xdf3/duplicate-element', 13, 5]]],
    ['unknown-code', [['warning', 'xdf3/unknown-code', 22, 7]]],
    ['wrong-namespace', [['error', 'xdf3/wrong-namespace', 2, 1]]],
  ])('%s.xml', (name, expected) => {
    expect(found(path.join(fixtureDir, `${name}.xml`))).toEqual(expected);
  });

  it('malformed.xml reports the well-formedness error first, and no model', () => {
    const r = parse(readFileSync(path.join(fixtureDir, 'malformed.xml')));
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'xml/malformed', line: 12, column: 39 });
    expect(r.diagnostics.every((d) => d.code.startsWith('xml/'))).toBe(true);
  });

  it('wrong-namespace names the namespace found', () => {
    const [d] = parse(readFileSync(path.join(fixtureDir, 'wrong-namespace.xml'))).diagnostics;
    expect(d?.message).toContain('"urn:xoev-de:fim:standard:xdatenfelder_2"');
  });

  it('keeps unknown elements and codes through a round trip', () => {
    for (const name of ['unknown-element', 'unknown-code', 'duplicate-element']) {
      const r = parse(readFileSync(path.join(fixtureDir, `${name}.xml`)));
      const again = parse(build(r.value!));
      expect(again.value).toEqual(r.value);
      expect(again.diagnostics.map((d) => d.code)).toEqual(r.diagnostics.map((d) => d.code));
    }
  });
});

describeShared('xdatenfelder 3.0.0 flxbe synthetic documents', () => {
  it.each<[string, Expected[]]>([
    [
      'simple',
      [
        ['error', 'xdf3/element-order', 26, 9],
        ['error', 'xdf3/element-order', 37, 9],
        ['error', 'xdf3/element-order', 40, 9],
        ['error', 'xdf3/missing-attribute', 41, 13],
        ['error', 'xdf3/element-order', 68, 13],
        ['error', 'xdf3/element-order', 164, 37],
      ],
    ],
    [
      'input',
      [
        ['error', 'xdf3/element-order', 57, 21],
        ['error', 'xdf3/element-order', 61, 21],
        ['error', 'xdf3/duplicate-element', 64, 21],
      ],
    ],
    [
      'duplicate-id-node',
      [
        ['error', 'xdf3/duplicate-element', 11, 13],
        ['error', 'xdf3/missing-element', 8, 5],
      ],
    ],
    ['empty-id-node', [['error', 'xdf3/missing-element', 8, 5]]],
    [
      'missing-id-node',
      [
        ['error', 'xdf3/missing-element', 9, 9],
        ['error', 'xdf3/missing-element', 8, 5],
      ],
    ],
    [
      'invalid-freigabestatus',
      [
        ['error', 'xdf3/missing-element', 8, 5],
        ['warning', 'xdf3/unknown-code', 18, 13],
      ],
    ],
    [
      'unexpected-node',
      [
        ['warning', 'xdf3/unknown-element', 11, 13],
        ['error', 'xdf3/missing-element', 8, 5],
      ],
    ],
    ['unknown-namespace', [['error', 'xdf3/wrong-namespace', 2, 1]]],
  ])('%s.xml', (name, expected) => {
    expect(found(path.join(syntheticDir, `${name}.xml`))).toEqual(expected);
  });

  it('reads the content of simple.xml despite its order problems', () => {
    const { value } = parse(readFileSync(path.join(syntheticDir, 'simple.xml')));
    expect(value?.message).toBe('xdatenfelder.datenfeldgruppe.0103');
    if (value?.message !== 'xdatenfelder.datenfeldgruppe.0103') return;
    const g = value.model.datenfeldgruppe;
    expect(g.identifikation).toEqual({ id: 'G60000000088', version: '1.2.0' });
    expect(g.freigabestatus).toEqual({ listVersionID: '2020-03-19', code: '6' });
    expect(g.regel[0]?.bezug[0]?.link).toBe('some reference link');
    expect(g.stichwort[0]?.uri).toBe('some reference');
  });
});
