/**
 * Every element (schema, group, field) that occurs in two versions across the XDF3 corpus: the diff of
 * each pair of consecutive versions names the version bump, reports exactly the properties that differ
 * (computed here by a plain field-by-field comparison) and patches back to the newer version.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { canonical } from '../../src/diff/json.js';
import { compareVersions } from '../../src/diff/match.js';
import { diffXdfChanges, patchXdfDocument } from '../../src/diff/xdatenfelder.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { corpusFiles, describeShared } from '../support/shared.js';

type Obj = Record<string, unknown>;
const MESSAGE = {
  schema: ['xdatenfelder.stammdatenschema.0102', 'stammdatenschema'],
  group: ['xdatenfelder.datenfeldgruppe.0103', 'datenfeldgruppe'],
  field: ['xdatenfelder.datenfeld.0104', 'datenfeld'],
} as const;
type Kind = keyof typeof MESSAGE;

/** Collects every schema, group and field by id, then version (first occurrence kept). */
function collect(byId: Map<string, Map<string, { kind: Kind; element: Obj }>>, element: Obj, kind: Kind) {
  const ident = element.identifikation as { id: string; version?: string };
  const versions = byId.get(ident.id) ?? new Map();
  byId.set(ident.id, versions);
  if (!versions.has(ident.version ?? '')) versions.set(ident.version ?? '', { kind, element });
  for (const s of (element.struktur ?? []) as Obj[]) {
    const e = s.enthaelt as Obj;
    if (e.datenfeld !== undefined) collect(byId, e.datenfeld as Obj, 'field');
    else collect(byId, e.datenfeldgruppe as Obj, 'group');
  }
}

const HEADER = { nachrichtID: 'diff-test', erstellungszeitpunkt: '2026-01-01T00:00:00Z' };
const asDoc = (kind: Kind, element: Obj) =>
  ({
    message: MESSAGE[kind][0],
    model: { header: HEADER, [MESSAGE[kind][1]]: element },
  }) as unknown as v3.Xdf3Document;

describeShared('diff: elements in two versions across the XDF3 corpus', () => {
  it('explains and patches every consecutive version pair', { timeout: 120_000 }, () => {
    const byId = new Map<string, Map<string, { kind: Kind; element: Obj }>>();
    for (const file of corpusFiles('xdatenfelder3')) {
      const doc = v3.parse(readFileSync(file)).value;
      if (doc?.message === 'xdatenfelder.stammdatenschema.0102') {
        collect(byId, doc.model.stammdatenschema as unknown as Obj, 'schema');
      }
    }
    let pairs = 0;
    for (const [id, versions] of byId) {
      const sorted = [...versions.keys()].sort(compareVersions);
      for (let i = 1; i < sorted.length; i++) {
        const left = versions.get(sorted[i - 1]!)!;
        const right = versions.get(sorted[i]!)!;
        pairs++;
        const a = asDoc(left.kind, left.element);
        const b = asDoc(right.kind, right.element);
        const { changes } = diffXdfChanges(a, b);
        const root = `${id}@${sorted[i]}`;
        // the version bump is a change of the same element, not a removal plus an addition
        expect(changes).toContainEqual(
          expect.objectContaining({
            kind: 'changed',
            key: root,
            property: 'version',
            before: sorted[i - 1],
            after: sorted[i],
          }),
        );
        expect(
          changes.some(
            (c) => c.key === root && (c.kind === 'added' || c.kind === 'removed') && c.to === undefined,
          ),
        ).toBe(false);
        // exactly the top-level fields that differ are reported as property changes of the element
        const own = (e: Obj) =>
          Object.fromEntries(
            Object.entries(e).filter(([k]) => !['identifikation', 'struktur', 'regel'].includes(k)),
          );
        const lo = own(left.element);
        const ro = own(right.element);
        const differing = [...new Set([...Object.keys(lo), ...Object.keys(ro)])].filter(
          (k) => canonical(lo[k]) !== canonical(ro[k]),
        );
        const reported = changes
          .filter(
            (c) =>
              c.key === root &&
              c.property !== undefined &&
              c.property !== 'version' &&
              c.to === undefined &&
              c.kind !== 'reordered',
          )
          .map((c) => c.property);
        expect(reported.sort()).toEqual(differing.sort());
        const patched = patchXdfDocument(a, changes);
        expect(patched.diagnostics).toEqual([]);
        expect(canonical(patched.value)).toBe(canonical(b));
        expect(diffXdfChanges(b, b).changes).toEqual([]);
      }
    }
    expect(pairs).toBeGreaterThan(0);
    console.log(`[fimkit] diff: ${pairs} version pairs across the XDF3 corpus`);
  });
});
