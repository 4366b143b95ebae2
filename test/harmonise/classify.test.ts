import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyAgainstStamm, isAllowed } from '../../src/harmonise/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { corpusDir, describeShared, repoRoot } from '../support/shared.js';
import { oracleElements } from './oracle.js';

const load = (file: string) => {
  const doc = v3.parse(readFileSync(file)).value;
  if (doc === undefined) throw new Error(`cannot parse ${file}`);
  return doc;
};

describe('Ableitungsmodifikationen (XSD meanings)', () => {
  it('follows the XSD code table, not the fact sheet', () => {
    // XSD: Struktur 0 nicht modifizierbar, 1 nur einschränkbar, 2 nur erweiterbar, 3 alles modifizierbar.
    expect(isAllowed('extension', { struktur: '0', repraesentation: '1' })).toBe(false);
    expect(isAllowed('restriction', { struktur: '1', repraesentation: '1' })).toBe(true);
    expect(isAllowed('extension', { struktur: '1', repraesentation: '1' })).toBe(false);
    expect(isAllowed('extension', { struktur: '2', repraesentation: '1' })).toBe(true);
    expect(isAllowed('restriction', { struktur: '2', repraesentation: '1' })).toBe(false);
    expect(isAllowed('other', { struktur: '3', repraesentation: '1' })).toBe(true);
    expect(isAllowed('representation', { struktur: '3', repraesentation: '0' })).toBe(false);
    expect(isAllowed('metadata', { struktur: '0', repraesentation: '0' })).toBe(true);
  });
});

describeShared('S00000000395 against its Stamm S00000000367', () => {
  const dir = path.join(corpusDir, 'xdatenfelder3/bund-t-prototype');
  const stammFile = path.join(dir, 'S00000000367/schema.xdf.xml');
  const localFile = path.join(dir, 'S00000000395/schema.xdf.xml');

  it('classifies every element as the XML says', () => {
    const result = classifyAgainstStamm(load(stammFile), load(localFile));
    const stamm = oracleElements(stammFile);
    const local = oracleElements(localFile);
    // Expected per element from the generic XML tree: same key and same content without history.
    const expected = new Map<string, string>();
    for (const [k, e] of local.elements) {
      const s = stamm.elements.get(k);
      expected.set(k, s === undefined ? 'added' : s.content === e.content ? 'unchanged' : 'adapted');
    }
    for (const k of stamm.elements.keys()) if (!local.elements.has(k)) expected.set(k, 'dropped');
    const actual = new Map(
      result.elements.filter((e) => e.kind !== 'stammdatenschema').map((e) => [e.key, e.status]),
    );
    expect(actual).toEqual(expected);
    expect(expected.size).toBeGreaterThan(10);
    const root = result.elements.find((e) => e.kind === 'stammdatenschema');
    expect(root?.status).toBe(stamm.root.content === local.root.content ? 'unchanged' : 'adapted');
  });

  it('reads the Stamm codes and finds no violation for metadata-only changes', () => {
    const result = classifyAgainstStamm(load(stammFile), load(localFile));
    // S00000000367 carries Struktur 3 (XSD: alles modifizierbar) and Repräsentation 0.
    expect(result.stamm.permissions).toEqual({ struktur: '3', repraesentation: '0' });
    const root = result.elements.find((e) => e.kind === 'stammdatenschema');
    expect(root?.differences.every((d) => d.kind === 'metadata')).toBe(true);
    expect(root?.differences.map((d) => d.property)).toContain('beschreibung');
    expect(result.violations).toEqual([]);
  });
});

describe('demo variants', () => {
  const demo = path.join(repoRoot, 'fixtures/demo/harmonisation');
  const stamm = load(path.join(demo, 'stamm.xdf3.xml'));

  it('variant a: a relabel (allowed, Repräsentation 1) and a narrowed maxLength (restriction, allowed)', () => {
    const r = classifyAgainstStamm(stamm, load(path.join(demo, 'variante-a.xdf3.xml')));
    const adapted = r.elements.filter((e) => e.status === 'adapted' && e.kind !== 'stammdatenschema');
    expect(adapted.map((e) => e.id).sort()).toEqual(['F99000000001', 'F99000000002']);
    const vorname = adapted.find((e) => e.id === 'F99000000002');
    expect(vorname?.differences).toEqual([
      { kind: 'restriction', property: 'maxLength', before: '80', after: '50' },
    ]);
    expect(r.violations).toEqual([]);
    expect(r.figures).toMatchObject({ total: 8, unchanged: 6, adapted: 2, added: 0, dropped: 0 });
  });

  it('variant c: an added field is an extension, forbidden by Struktur 1 (nur einschränkbar)', () => {
    const r = classifyAgainstStamm(stamm, load(path.join(demo, 'variante-c.xdf3.xml')));
    expect(r.elements.filter((e) => e.status === 'added').map((e) => e.key)).toEqual(['F99000000104@1.0.0']);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({
      kind: 'extension',
      elementKey: 'G99000000002@1.0.0',
      property: 'struktur[F99000000104@1.0.0]',
      rule: 'ableitungsmodifikationenStruktur 1 (nur einschränkbar)',
    });
  });
});
