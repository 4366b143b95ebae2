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

/** Applies `edit` to the XML of the field with this id (from its id to the end of the field). */
function editField(xml: string, id: string, edit: (field: string) => string): string {
  const start = xml.indexOf(`<xdf3:id>${id}</xdf3:id>`);
  const end = xml.indexOf('</xdf3:datenfeld>', start);
  if (start < 0 || end < 0) throw new Error(`no field ${id}`);
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
}

/** Gives a field a version and a publication date (before its letzteAenderung, as the XSD orders them). */
function versioned(id: string, version: string, published: string) {
  return (xml: string) =>
    editField(xml, id, (f) =>
      f
        .replace(/<xdf3:version>[^<]*<\/xdf3:version>/, `<xdf3:version>${version}</xdf3:version>`)
        .replace(
          '<xdf3:letzteAenderung>',
          `<xdf3:veroeffentlichungsdatum>${published}</xdf3:veroeffentlichungsdatum><xdf3:letzteAenderung>`,
        ),
    );
}

describe('findSimilar: rederivation', () => {
  // The older id F99000000003 in a new major version 2.0.0, the younger F99000000904 at 0.1.0.
  const docs = (olderPublished: string) => [
    variant('S99000000001', {}, versioned('F99000000003', '2.0.0', olderPublished)),
    variant(
      'S99000000009',
      { F99000000003: 'F99000000904' },
      versioned('F99000000904', '0.1.0', '2026-04-01'),
    ),
  ];

  it('names no origin when the older id was revised into a new major version after the younger appeared', () => {
    const pair = pairOf(run(docs('2026-05-01')), 'F99000000003', 'F99000000904');
    expect(pair).toBeDefined();
    expect(pair?.origin).toBeUndefined();
  });

  it('keeps the id order when that version was published before the younger element', () => {
    expect(originId(pairOf(run(docs('2026-03-01')), 'F99000000003', 'F99000000904'))).toBe('F99000000003');
  });

  it('keeps the id order when the rule is switched off', () => {
    const pairs = run(docs('2026-05-01'), { disable: ['rederivation'] });
    expect(originId(pairOf(pairs, 'F99000000003', 'F99000000904'))).toBe('F99000000003');
  });
});

describe('findSimilar: bezug-blocks and definition', () => {
  const definition =
    '<xdf3:definition>Der Name, den eine Person von ihrer Familie führt, wie er im Pass eingetragen ist.</xdf3:definition>';
  /** Familienname with a definition and a data-standard reference (`bezug`), optionally relabelled. */
  const described = (reference: string, id: string, label?: string) => (xml: string) =>
    editField(xml, id, (f) => {
      const out = f.replace('</xdf3:name>', `</xdf3:name>${definition}<xdf3:bezug>${reference}</xdf3:bezug>`);
      return label === undefined
        ? out
        : out.replace('<xdf3:bezeichnungEingabe>Familienname<', `<xdf3:bezeichnungEingabe>${label}<`);
    });
  const docs = (reference: string) => [
    variant('S99000000001', {}, described(reference, 'F99000000001')),
    variant('S99000000009', { F99000000001: 'F99000000901' }, described(reference, 'F99000000901', 'Zuname')),
  ];
  const reference = 'XInneres.Person.familienname Version 8';

  it('pairs a relabelled field citing the same data-standard element, on its equal definition', () => {
    const pair = pairOf(run(docs(reference), { minScore: 0.5 }), 'F99000000001', 'F99000000901');
    expect(pair).toBeDefined();
    expect(pair?.reasons).toContain('label 0.00');
    expect(pair?.reasons).toContain('definition 1.00');
  });

  it('finds nothing without the reference block; without the definition the label counts 0', () => {
    expect(pairOf(run(docs(reference), { disable: ['bezug-blocks'] }), 'F99000000001', 'F99000000901')).toBe(
      undefined,
    );
    // Label 0: s = 0.15 datentyp + 0.10 feldart + 0.10 constraints + 0.10 no list = 0.45, so the
    // similarity is at most 0.9 · 0.45 + 0.1 · 1 = 0.505; with the definition the label counts 1 (s = 1).
    const without = pairOf(run(docs(reference), { disable: ['definition'] }), 'F99000000001', 'F99000000901');
    const withIt = pairOf(run(docs(reference)), 'F99000000001', 'F99000000901');
    expect(without?.score ?? 1).toBeLessThanOrEqual(0.505);
    expect(without?.reasons.some((r) => r.startsWith('definition'))).toBe(false);
    expect(withIt?.score ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('does not block on legal norms (§ …): they name the context of a use, not the data', () => {
    expect(pairOf(run(docs('§ 3 Hundesteuersatzung (Demo)')), 'F99000000001', 'F99000000901')).toBe(
      undefined,
    );
  });
});

describe('findSimilar: structural context (restriction, parent-alignment)', () => {
  // A local copy G99000000901 of "Halterin oder Halter" keeps Familienname and Vorname and replaces
  // Geburtsdatum F99000000003 by a local field F99000000903 whose label shares no token with it.
  const relabel = (xml: string) =>
    editField(xml, 'F99000000903', (f) =>
      f.replace(
        '<xdf3:bezeichnungEingabe>Geburtsdatum</xdf3:bezeichnungEingabe>',
        '<xdf3:bezeichnungEingabe>Erster Lebenstag</xdf3:bezeichnungEingabe>',
      ),
    );
  const docs = [
    variant('S99000000001', {}),
    variant('S99000000009', { G99000000001: 'G99000000901', F99000000003: 'F99000000903' }, relabel),
  ];

  it('restriction: the copy kept 2 of its 3 children from its origin', () => {
    const parent = pairOf(findSimilar(docs), 'G99000000001', 'G99000000901');
    expect(parent?.reasons).toContain('children kept 0.67');
    // By hand: s = 0.5 · label 1 + 0.5 · 2/3; similarity 0.9 · s + 0.1 · text 1 = 0.85; demotion
    // 0.03 · (1 − 900/950) = 0.0016.
    expect(parent?.score).toBeCloseTo(0.85 - 0.03 * (1 - 900 / 950), 3);
    // Without the rule the children count by label (2 of 4 distinct): 0.9 · 0.75 + 0.1 = 0.775.
    const without = pairOf(findSimilar(docs, { disable: ['restriction'] }), 'G99000000001', 'G99000000901');
    expect(without?.score).toBeCloseTo(0.775 - 0.03 * (1 - 900 / 950), 3);
  });

  it('parent-alignment: the replaced child is paired with the child it stands for', () => {
    const pair = pairOf(findSimilar(docs), 'F99000000003', 'F99000000903');
    expect(originId(pair)).toBe('F99000000003');
    expect(pair?.reasons).toContain('parent-alignment 0.85');
    // By hand: label 0, datentyp, feldart, constraints and code list equal: s = 0.45; similarity
    // 0.9 · 0.45 + 0.1 · text 1 = 0.505, plus context 0.1 · parent score 0.848.
    expect(pair?.score).toBeCloseTo(
      0.505 + 0.1 * (0.85 - 0.03 * (1 - 900 / 950)) - 0.03 * (1 - 900 / 950),
      3,
    );
  });

  it('finds no such pair without the rule (no block proposes it) or without a confident parent', () => {
    expect(pairOf(findSimilar(docs, { disable: ['parent-alignment'] }), 'F99000000003', 'F99000000903')).toBe(
      undefined,
    );
    // Without restriction the parent scores 0.773, under the 0.8 a parent needs.
    expect(pairOf(findSimilar(docs, { disable: ['restriction'] }), 'F99000000003', 'F99000000903')).toBe(
      undefined,
    );
  });
});
