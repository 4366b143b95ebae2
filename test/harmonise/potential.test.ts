import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createXsdValidator } from '../../src/core/xsd/index.js';
import {
  defaultK,
  findSimilar,
  harmoniseVariants,
  labelTokens,
  normaliseLabel,
} from '../../src/harmonise/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { describeShared, repoRoot, sharedXsdDir } from '../support/shared.js';

const demo = path.join(repoRoot, 'fixtures/demo/harmonisation');
const load = (name: string) => {
  const doc = v3.parse(readFileSync(path.join(demo, name))).value;
  if (doc === undefined) throw new Error(`cannot parse ${name}`);
  return doc;
};
const variants = ['variante-a.xdf3.xml', 'variante-b.xdf3.xml', 'variante-c.xdf3.xml'];

describe('harmonisation across variants (demo)', () => {
  // Built into the demo: all three narrow Vorname maxLength 80 -> 50; a and c relabel Familienname
  // to Nachname; c adds a Transpondernummer field (forbidden: Struktur 1 = nur einschränkbar).
  const report = harmoniseVariants(
    load('stamm.xdf3.xml'),
    variants.map((v) => ({ source: v, document: load(v) })),
  );

  it('ranks the change shared by all variants first and marks it adoptable (k = 3)', () => {
    expect(report.k).toBe(3);
    const first = report.clusters[0];
    expect(first?.variants).toEqual(variants);
    expect(first?.example.key).toBe('F99000000002@1.0.0');
    expect(first?.change).toBe('maxLength: 80 -> 50');
    expect(first?.adoptable).toBe(true);
    const relabel = report.clusters.find((c) => c.example.key === 'F99000000001@1.0.0');
    expect(relabel?.variants).toEqual(['variante-a.xdf3.xml', 'variante-c.xdf3.xml']);
    expect(relabel?.adoptable).toBe(false);
  });

  it('counts the one violation and computes the potential from its definition', () => {
    expect(report.totals.violations).toBe(1);
    expect(report.variants.map((v) => v.violations.length)).toEqual([0, 0, 1]);
    // local elements: a 2 adapted, b 1, c 3 adapted (incl. group) + 1 added = 7; adoptable: 3 (Vorname x3).
    expect(report.potential).toEqual({ localElements: 7, replaceable: 0, adoptable: 3, share: 3 / 7 });
  });

  it('defaultK is 3, or 10 % of the variants when more', () => {
    expect([defaultK(2), defaultK(4), defaultK(30), defaultK(1100)]).toEqual([2, 3, 3, 110]);
  });
});

describe('normalisation and near-duplicates', () => {
  it('normalises case, umlauts, punctuation, word order and abbreviations', () => {
    expect(normaliseLabel('Straße / Hausnr.')).toBe('strasse hausnr');
    expect(labelTokens('Hausnr. der Str.')).toEqual(labelTokens('Straße, Hausnr'));
    expect(labelTokens('Name des Hundes')).toEqual(['hundes', 'name']);
  });

  it('finds a relabelled local copy of a field and prefers the harmonised one as target', () => {
    const stamm = readFileSync(path.join(demo, 'stamm.xdf3.xml'), 'utf8');
    const copy = stamm
      .replace('<xdf3:id>S99000000001</xdf3:id>', '<xdf3:id>S99000000009</xdf3:id>')
      .replace('<xdf3:id>F99000000003</xdf3:id>', '<xdf3:id>F99000000903</xdf3:id>')
      .replace(/(<xdf3:id>F99000000903<\/xdf3:id>[\s\S]*?<code>)HAR/, '$1RNG')
      .replace(
        '<xdf3:bezeichnungEingabe>Geburtsdatum</xdf3:bezeichnungEingabe>',
        '<xdf3:bezeichnungEingabe>Datum der Geburt</xdf3:bezeichnungEingabe>',
      );
    const pairs = findSimilar([
      { source: 'a', document: v3.parse(stamm).value! },
      { source: 'b', document: v3.parse(copy).value! },
    ]);
    const pair = pairs.find((p) => [p.a.id, p.b.id].sort().join() === 'F99000000003,F99000000903');
    expect(pair).toBeDefined();
    expect(pair?.score).toBeGreaterThanOrEqual(0.5);
    const target = pair?.target === 'a' ? pair.a.id : pair?.b.id;
    expect(target).toBe('F99000000003');
    // Different ids only: no element is paired with itself.
    expect(pairs.every((p) => p.a.id !== p.b.id)).toBe(true);
  });
});

describeShared('demo data is XSD-valid', () => {
  it('validates stamm and variants against XDatenfelder 3.0.0', () => {
    const validator = createXsdValidator({ xsdDir: sharedXsdDir });
    try {
      for (const f of ['stamm.xdf3.xml', ...variants]) {
        const found = validator.validate(readFileSync(path.join(demo, f)), {
          standard: 'xdatenfelder',
          version: '3.0.0',
        });
        expect(found, f).toEqual([]);
      }
    } finally {
      validator.dispose();
    }
  });
});
