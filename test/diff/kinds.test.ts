/** Change kinds on hand-made edits of a small schema: each edit gives the kind reasoned out here. */
import { describe, expect, it } from 'vitest';
import { canonical } from '../../src/diff/json.js';
import type { Change } from '../../src/diff/model.js';
import {
  diffXdatenfelder,
  diffXdfChanges,
  patchXdatenfelder,
  patchXdfDocument,
} from '../../src/diff/xdatenfelder.js';
import {
  classifyXdfRefProperty,
  constraintDirection,
  parseCardinality,
  valueDetails,
} from '../../src/diff/xdatenfelder-profile.js';
import type { Xdf3Document } from '../../src/xdatenfelder/v3/index.js';
import { schemaOf, testSchema, type Writable } from './fixtures.js';

function diffOf(edit: (s: ReturnType<typeof schemaOf>, doc: Writable<Xdf3Document>) => void): {
  changes: Change[];
  a: Xdf3Document;
  b: Xdf3Document;
} {
  const a = testSchema();
  const b = testSchema();
  edit(schemaOf(b), b as Writable<Xdf3Document>);
  const { changes } = diffXdfChanges(a, b);
  // every diff here must also patch back
  const patched = patchXdfDocument(a, changes);
  expect(patched.diagnostics).toEqual([]);
  expect(canonical(patched.value)).toBe(canonical(b));
  return { changes, a, b };
}
const group = (s: ReturnType<typeof schemaOf>) => s.struktur[0]!.enthaelt.datenfeldgruppe!;
const auswahl = (s: ReturnType<typeof schemaOf>) => s.struktur[1]!.enthaelt.datenfeld!;

describe('change kinds', () => {
  it('diff(a, a) is empty', () => {
    const a = testSchema();
    expect(diffXdfChanges(a, testSchema()).changes).toEqual([]);
  });

  it('a version bump is one change of the element, not a removal and an addition', () => {
    const { changes } = diffOf((s) => {
      group(s).struktur[0]!.enthaelt.datenfeld!.identifikation.version = '1.1.0';
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'changed',
        key: 'F17000000001@1.1.0',
        previousKey: 'F17000000001@1.0.0',
        property: 'version',
        before: '1.0.0',
        after: '1.1.0',
        level: 0,
        path: '/S17000000001/G17000000001/F17000000001',
      }),
    ]);
  });

  it('cardinality 0:1 -> 0:* is widened, 1:1 -> 1:3 widened, 0:1 -> 1:1 narrowed, 0:1 -> 1:* changed', () => {
    expect(classifyXdfRefProperty('struktur', 'anzahl', '0:1', '0:*').kind).toBe('cardinalityWidened');
    expect(classifyXdfRefProperty('struktur', 'anzahl', '1:1', '1:3').kind).toBe('cardinalityWidened');
    expect(classifyXdfRefProperty('struktur', 'anzahl', '0:1', '1:1').kind).toBe('cardinalityNarrowed');
    expect(classifyXdfRefProperty('struktur', 'anzahl', '0:1', '1:*').kind).toBe('changed');
    expect(parseCardinality('2:*')).toEqual({ min: 2, max: Number.POSITIVE_INFINITY });
    const { changes } = diffOf((s) => {
      group(s).struktur[1]!.anzahl = '0:*';
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'cardinalityWidened',
        key: 'F17000000002@1.0.0',
        property: 'ref.anzahl',
        before: '0:1',
        after: '0:*',
        to: { key: 'G17000000001@1.0.0', id: 'G17000000001', slot: 'struktur', index: 1 },
      }),
    ]);
  });

  it('constraints: shorter maxLength narrows, dropping minLength widens, mixed is unordered', () => {
    expect(constraintDirection({ maxLength: '50', value: '' }, { maxLength: '20', value: '' })).toBe(
      'narrower',
    );
    expect(constraintDirection({ minLength: '1', value: '' }, { value: '' })).toBe('wider');
    expect(constraintDirection({ minLength: '1', maxLength: '5' }, { minLength: '2', maxLength: '9' })).toBe(
      'unknown',
    );
    expect(constraintDirection('{"minLength":"1"}', '{"minLength":"0"}')).toBe('wider'); // XDF 2 JSON text
    expect(constraintDirection({ value: '' }, { pattern: '[0-9]+', value: '' })).toBe('narrower');
    const { changes } = diffOf((s) => {
      const f = group(s).struktur[0]!.enthaelt.datenfeld!;
      f.praezisierung = { minLength: '1', maxLength: '20', value: '' };
      f.maxSize = '1000';
    });
    expect(changes.map((c) => [c.kind, c.property])).toEqual([
      ['constraintNarrowed', 'praezisierung'],
      ['constraintNarrowed', 'maxSize'],
    ]);
  });

  it('Werteliste: values added, removed and renamed by code', () => {
    expect(
      valueDetails(
        {
          wert: [
            { code: '1', name: 'ja' },
            { code: '2', name: 'nein' },
          ],
        },
        {
          wert: [
            { code: '1', name: 'Ja' },
            { code: '3', name: 'vielleicht' },
          ],
        },
      ),
    ).toEqual({ added: ['3'], removed: ['2'], renamed: [{ code: '1', before: 'ja', after: 'Ja' }] });
    const { changes } = diffOf((s) => {
      auswahl(s).werte = {
        wert: [
          { code: '1', name: 'ja' },
          { code: '2', name: 'nein' },
          { code: '3', name: 'egal' },
        ],
      };
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'valuesChanged',
        property: 'werte',
        values: { added: ['3'], removed: [], renamed: [] },
      }),
    ]);
  });

  it('a changed script is a rule change of the rule', () => {
    const { changes } = diffOf((s) => {
      auswahl(s).regel[0]!.skript = 'return false;';
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'ruleChanged',
        elementType: 'rule',
        key: 'R17000000001@1.0.0',
        property: 'skript',
        level: 3,
      }),
    ]);
  });

  it('moving a field from the group to the schema is one move', () => {
    const { changes } = diffOf((s) => {
      const moved = group(s).struktur.splice(1, 1)[0]!;
      s.struktur.push(moved);
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'moved',
        key: 'F17000000002@1.0.0',
        from: { key: 'G17000000001@1.0.0', id: 'G17000000001', slot: 'struktur', index: 1 },
        to: { key: 'S17000000001@1.0.0', id: 'S17000000001', slot: 'struktur', index: 2 },
      }),
    ]);
  });

  it('swapping two fields is a reorder of their parent', () => {
    const { changes } = diffOf((s) => {
      group(s).struktur.reverse();
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'reordered',
        key: 'G17000000001@1.0.0',
        property: 'struktur',
        before: ['F17000000001@1.0.0', 'F17000000002@1.0.0'],
        after: ['F17000000002@1.0.0', 'F17000000001@1.0.0'],
      }),
    ]);
  });

  it('a new field is added (element and reference); a dropped one is removed', () => {
    const { changes } = diffOf((s) => {
      const g = group(s);
      const copy = structuredClone(g.struktur[0]!);
      copy.enthaelt.datenfeld!.identifikation.id = 'F17000000099';
      copy.enthaelt.datenfeld!.name = 'Geburtsname';
      copy.enthaelt.datenfeld!.bezeichnungEingabe = 'Geburtsname';
      copy.enthaelt.datenfeld!.datentyp = { ...copy.enthaelt.datenfeld!.datentyp, code: 'date' };
      copy.enthaelt.datenfeld!.praezisierung = { value: '' };
      g.struktur.push(copy);
      s.struktur.splice(1, 1);
    });
    const kinds = changes.map((c) => `${c.kind} ${c.key}${c.to ? ' ref' : ''}${c.from ? ' ref' : ''}`).sort();
    expect(kinds).toEqual([
      'added F17000000099@1.0.0',
      'added F17000000099@1.0.0 ref',
      'removed F17000000003@1.0.0',
      'removed F17000000003@1.0.0 ref',
      'removed R17000000001@1.0.0',
    ]);
  });

  it('a field with a new id but the same content is re-identified by similarity, with a score', () => {
    const { changes } = diffOf((s) => {
      group(s).struktur[1]!.enthaelt.datenfeld!.identifikation.id = 'F17000000077';
    });
    const re = changes.find((c) => c.kind === 'reidentified');
    expect(re).toEqual(
      expect.objectContaining({
        key: 'F17000000077@1.0.0',
        previousKey: 'F17000000002@1.0.0',
        before: { id: 'F17000000002', version: '1.0.0' },
        after: { id: 'F17000000077', version: '1.0.0' },
        match: { by: 'similarity', score: 1 },
      }),
    );
  });

  it('a relation ABL to the left element pairs it by derivation even when everything else changed', () => {
    const { changes } = diffOf((s) => {
      const f = group(s).struktur[1]!.enthaelt.datenfeld!;
      f.identifikation.id = 'F99000000001';
      f.name = 'x';
      f.bezeichnungEingabe = 'y';
      f.feldart = { ...f.feldart, code: 'label' };
      f.relation = [
        {
          praedikat: {
            listURI: 'urn:xoev-de:fim-datenfelder:codeliste:relation',
            listVersionID: '1.2',
            code: 'ABL',
          },
          objekt: { id: 'F17000000002', version: '1.0.0' },
        },
      ];
    });
    expect(changes.find((c) => c.kind === 'reidentified')?.match).toEqual({ by: 'derivation' });
  });
});

describe('patch safeguards', () => {
  it('refuses a filtered diff and reports conflicts when applied to another document', () => {
    const a = testSchema();
    const b = testSchema();
    schemaOf(b).bezeichnung = 'Neu';
    const filtered = diffXdatenfelder(
      { version: '3.0.0', document: a },
      { version: '3.0.0', document: b },
      { level: 1 },
    ).value!;
    expect(patchXdatenfelder({ version: '3.0.0', document: a }, filtered).diagnostics[0]?.code).toBe(
      'diff/not-patchable',
    );
    const full = diffXdatenfelder({ version: '3.0.0', document: a }, { version: '3.0.0', document: b })
      .value!;
    const other = testSchema();
    schemaOf(other).bezeichnung = 'Anders';
    const r = patchXdatenfelder({ version: '3.0.0', document: other }, full);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['diff/patch-conflict']);
  });

  it('refuses to compare documents of different versions', () => {
    const r = diffXdatenfelder(
      { version: '3.0.0', document: testSchema() },
      { version: '2.0', document: { message: 'xdatenfelder.stammdatenschema.0102' } as never },
    );
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('diff/version-mismatch');
  });
});
