import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, describeShared } from '../../test/support/shared.js';
import {
  canonicalJson,
  elementKey,
  type IndexElement,
  type IndexStruktur,
  indexElements,
  parseAnzahl,
} from './element-index.js';
import { parse } from './v3/index.js';

const field = (id: string, version: string, extra: Record<string, unknown> = {}): IndexElement =>
  ({ identifikation: { id, version }, regel: [], ...extra }) as IndexElement;
const group = (id: string, struktur: IndexStruktur[]): IndexElement => ({
  identifikation: { id, version: '1.0.0' },
  regel: [{ identifikation: { id: `R${id.slice(1)}`, version: '1.0.0' } }],
  struktur,
});

describe('element index', () => {
  it('parses anzahl', () => {
    expect(parseAnzahl('0:*')).toEqual({ min: 0, max: 'unbounded' });
    expect(parseAnzahl('2:5')).toEqual({ min: 2, max: 5 });
    for (const bad of ['1', '', '*:1', '5:2', '1:x', '-1:2']) expect(parseAnzahl(bad)).toBeUndefined();
  });

  it('keys by id and version', () => {
    expect(elementKey({ id: 'F1', version: '1.0.0' })).toBe('F1@1.0.0');
    expect(elementKey({ id: 'D99000000001' })).toBe('D99000000001');
  });

  it('compares content canonically', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [1, { x: 2, y: 1 }] }, b: 1 }),
    );
  });

  it('indexes a tree, counts identical duplicates and reports conflicting ones', () => {
    const f1 = field('F1', '1.0.0', { name: 'a' });
    const f1again = field('F1', '1.0.0', { name: 'a' });
    const f1changed = field('F1', '1.0.0', { name: 'b' });
    const g = group('G1', [
      { anzahl: '0:*', enthaelt: { datenfeld: f1again } },
      { anzahl: '1', enthaelt: { datenfeld: f1changed } },
    ]);
    const index = indexElements({
      stammdatenschema: group('S1', [
        { anzahl: '1:1', enthaelt: { datenfeld: f1 } },
        { anzahl: '0:1', enthaelt: { datenfeldgruppe: g } },
      ]),
    });
    expect([...index.schemas.keys()]).toEqual(['S1@1.0.0']);
    expect([...index.groups.keys()]).toEqual(['G1@1.0.0']);
    expect(index.fields.get('F1@1.0.0')?.map((e) => [e.element, e.occurrences])).toEqual([
      [f1, 2],
      [f1changed, 1],
    ]);
    expect([...index.rules.keys()].sort()).toEqual(['R1@1.0.0']);
    expect(index.tree.map((n) => [n.key, n.anzahl])).toEqual([
      ['F1@1.0.0', { min: 1, max: 1 }],
      ['G1@1.0.0', { min: 0, max: 1 }],
    ]);
    expect(index.tree[1]?.children.map((n) => n.anzahl)).toEqual([{ min: 0, max: 'unbounded' }, undefined]);
    expect(index.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['error', 'xdatenfelder/malformed-anzahl'],
      ['warning', 'xdatenfelder/conflicting-duplicate'],
    ]);
  });

  it('indexes a single field and a Dokumentsteckbrief message', () => {
    expect([...indexElements({ datenfeld: field('F2', '1.0.0') }).fields.keys()]).toEqual(['F2@1.0.0']);
    const d = indexElements({ dokumentsteckbrief: { identifikation: { id: 'D1', version: '1.0.0' } } });
    expect([...d.dokumentsteckbriefe.keys()]).toEqual(['D1@1.0.0']);
  });
});

describeShared('element index over a real XDatenfelder 3.0.0 schema', () => {
  it('indexes S05000001319 with positions', () => {
    const file = path.join(corpusDir, 'xdatenfelder3/bund-t-prototype/S05000001319/schema.xdf.xml');
    const { value, sourceMap } = parse(readFileSync(file));
    if (value?.message !== 'xdatenfelder.stammdatenschema.0102') throw new Error('not a 0102 message');
    const index = indexElements(value.model, { sourceMap });
    expect(index.schemas.has('S05000001319@2.0.0')).toBe(true);
    expect(index.fields.size).toBeGreaterThan(10);
    expect(index.groups.size).toBeGreaterThan(1);
    expect(index.tree.length).toBe(value.model.stammdatenschema.struktur.length);
    expect(index.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
