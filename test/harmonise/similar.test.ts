import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findSimilar,
  type NamedDocument,
  type SimilarOptions,
  type SimilarPair,
} from '../../src/harmonise/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { repoRoot } from '../support/shared.js';

// The demo Stamm (ids in the fictitious Nummernkreis 99): Geburtsdatum is F99000000003, Familienname
// F99000000001 (datentyp text), "Angaben zum Hund" G99000000002.
const stamm = readFileSync(path.join(repoRoot, 'fixtures/demo/harmonisation/stamm.xdf3.xml'), 'utf8');

/** The Stamm as another schema, with ids renamed (`from` -> `to`) and optional further edits. */
function variant(
  schemaId: string,
  ids: Readonly<Record<string, string>>,
  edit: (xml: string) => string = (x) => x,
): NamedDocument {
  let xml = stamm.replace('<xdf3:id>S99000000001</xdf3:id>', `<xdf3:id>${schemaId}</xdf3:id>`);
  for (const [from, to] of Object.entries(ids)) {
    xml = xml.replaceAll(`<xdf3:id>${from}</xdf3:id>`, `<xdf3:id>${to}</xdf3:id>`);
  }
  const document = v3.parse(edit(xml)).value;
  if (document === undefined) throw new Error(`cannot parse variant ${schemaId}`);
  return { source: schemaId, document };
}

function pairOf(pairs: readonly SimilarPair[], x: string, y: string): SimilarPair | undefined {
  return pairs.find((p) => (p.a.id === x && p.b.id === y) || (p.a.id === y && p.b.id === x));
}

function originId(p: SimilarPair | undefined): string | undefined {
  if (p?.origin === undefined) return undefined;
  return p.origin === 'a' ? p.a.id : p.b.id;
}

function run(docs: readonly NamedDocument[], options: SimilarOptions = {}): SimilarPair[] {
  return findSimilar(docs, { minScore: 0.3, ...options });
}

describe('findSimilar: direction (likelier origin by id)', () => {
  it('names the BOB element as origin of a local copy even when its serial number is higher', () => {
    const pairs = run([
      variant('S99000000001', { F99000000003: 'F60000000777' }),
      variant('S99000000009', { F99000000003: 'F05000000001' }),
    ]);
    expect(originId(pairOf(pairs, 'F60000000777', 'F05000000001'))).toBe('F60000000777');
  });

  it('names the lower serial number within one Nummernkreis and nothing across two local ones', () => {
    const pairs = run([
      variant('S99000000001', { F99000000003: 'F05000000040' }),
      variant('S99000000009', { F99000000003: 'F05000000007' }),
      variant('S99000000010', { F99000000003: 'F07000000001' }),
    ]);
    expect(originId(pairOf(pairs, 'F05000000040', 'F05000000007'))).toBe('F05000000007');
    const across = pairOf(pairs, 'F05000000040', 'F07000000001');
    expect(across).toBeDefined();
    expect(across?.origin).toBeUndefined();
  });

  it('names no origin when the rule is switched off', () => {
    const pairs = run(
      [
        variant('S99000000001', { F99000000003: 'F60000000777' }),
        variant('S99000000009', { F99000000003: 'F05000000001' }),
      ],
      { disable: ['direction'] },
    );
    expect(pairOf(pairs, 'F60000000777', 'F05000000001')?.origin).toBeUndefined();
  });
});

describe('findSimilar: oldest-origin', () => {
  // Two unchanged copies of Geburtsdatum made in one go (adjacent serial numbers 903, 904) and the
  // original (serial 3). All three are equal, so only the ids can rank the candidate origins of 904.
  const docs = [
    variant('S99000000001', {}),
    variant('S99000000009', { F99000000003: 'F99000000903' }),
    variant('S99000000010', { F99000000003: 'F99000000904' }),
  ];

  it('ranks the long-existing origin above the sibling copy made just before', () => {
    const pairs = run(docs);
    const original = pairOf(pairs, 'F99000000003', 'F99000000904');
    const sibling = pairOf(pairs, 'F99000000903', 'F99000000904');
    expect(originId(original)).toBe('F99000000003');
    expect(originId(sibling)).toBe('F99000000903');
    expect(original?.score ?? 0).toBeGreaterThan(sibling?.score ?? 1);
    // A demotion only: scores stay within [0, 1].
    expect(pairs.every((p) => p.score >= 0 && p.score <= 1)).toBe(true);
  });

  it('leaves equal copies tied when the rule is switched off', () => {
    const pairs = run(docs, { disable: ['oldest-origin'] });
    const original = pairOf(pairs, 'F99000000003', 'F99000000904');
    const sibling = pairOf(pairs, 'F99000000903', 'F99000000904');
    expect(original).toBeDefined();
    expect(original?.score).toBe(sibling?.score);
  });
});

describe('findSimilar: blocking rules', () => {
  it('label-across-types pairs equal labels whose datentyp was changed', () => {
    const docs = [
      variant('S99000000001', {}),
      variant('S99000000009', { F99000000001: 'F99000000901' }, (xml) =>
        xml.replace(/(<xdf3:id>F99000000901<\/xdf3:id>[\s\S]*?<xdf3:datentyp[^>]*>\s*<code>)text/, '$1num'),
      ),
    ];
    expect(pairOf(run(docs), 'F99000000001', 'F99000000901')).toBeDefined();
    expect(pairOf(run(docs, { disable: ['label-across-types'] }), 'F99000000001', 'F99000000901')).toBe(
      undefined,
    );
  });

  it('child-blocks pairs a relabelled group that kept its children', () => {
    const docs = [
      variant('S99000000001', {}),
      variant('S99000000009', { G99000000002: 'G99000000902' }, (xml) =>
        xml.replace(
          '<xdf3:bezeichnungEingabe>Angaben zum Hund</xdf3:bezeichnungEingabe>',
          '<xdf3:bezeichnungEingabe>Tierdaten</xdf3:bezeichnungEingabe>',
        ),
      ),
    ];
    const pair = pairOf(run(docs), 'G99000000002', 'G99000000902');
    expect(pair).toBeDefined();
    expect(pair?.reasons).toContain('children 1.00');
    expect(pairOf(run(docs, { disable: ['child-blocks'] }), 'G99000000002', 'G99000000902')).toBe(undefined);
  });
});
