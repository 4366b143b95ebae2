/**
 * fast-check mutations of corpus files: for random edits (texts, cardinalities, removals, swaps, moves,
 * version bumps, new ids, new fields, rule edits), patch(a, diff(a, b)) is b — as a model and as built
 * XML, compared canonically — and diff(b, b) is empty.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import { canonical } from '../../src/diff/json.js';
import { diffXdatenfelder, patchXdatenfelder } from '../../src/diff/xdatenfelder.js';
import type { XdfDocument } from '../../src/diff/xdatenfelder-tree.js';
import { safeText } from '../support/binding-arbitrary.js';
import { describeShared } from '../support/shared.js';
import { buildXdfDoc, readXdf } from './support.js';

const FILES = [
  'xdatenfelder2/gerps-onto/S00000094V1.0_xdf2.xml',
  'xdatenfelder2/glykon/S05000058V1.0_xdf2.xml',
  'xdatenfelder3/bund-t-prototype/S00000000367/schema.xdf.xml',
  'xdatenfelder3/bund-t-prototype/S00000000364/schema.xdf.xml',
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Parts {
  elements: Obj[];
  strukturs: Obj[][];
  fieldEntries: { list: Obj[]; entry: Obj }[];
  ruleLists: Obj[][];
}

/** Every element, struktur list and rule list of a (cloned) model, in document order. */
function parts(model: Obj): Parts {
  const p: Parts = { elements: [], strukturs: [], fieldEntries: [], ruleLists: [] };
  const walk = (o: Obj) => {
    if (isObj(o.identifikation)) p.elements.push(o);
    if (Array.isArray(o.regel) && o.regel.length > 0 && isObj(o.identifikation))
      p.ruleLists.push(o.regel as Obj[]);
    if (Array.isArray(o.struktur)) {
      const list = o.struktur as Obj[];
      p.strukturs.push(list);
      for (const s of list) {
        const e = s.enthaelt as Obj;
        if (isObj(e.datenfeld)) p.fieldEntries.push({ list, entry: s });
        walk((e.datenfeld ?? e.datenfeldgruppe) as Obj);
      }
    }
    for (const r of (Array.isArray(o.regel) ? o.regel : []) as Obj[]) if (isObj(r)) p.elements.push(r);
  };
  for (const v of Object.values(model)) if (isObj(v)) walk(v);
  return p;
}

const OPS = ['text', 'anzahl', 'remove', 'swap', 'move', 'version', 'reid', 'newField', 'rule'] as const;
const op = fc.record({ kind: fc.constantFrom(...OPS), i: fc.nat(), j: fc.nat(), text: safeText(20) });
type Op = { kind: (typeof OPS)[number]; i: number; j: number; text: string };

function mutate(doc: XdfDocument, ops: readonly Op[]): XdfDocument {
  const out = structuredClone(doc);
  const v3 = out.version === '3.0.0';
  for (const o of ops) {
    const p = parts(out.document.model as unknown as Obj);
    const pick = <T>(xs: readonly T[], n: number): T | undefined =>
      xs.length === 0 ? undefined : xs[n % xs.length];
    switch (o.kind) {
      case 'text': {
        const e = pick(p.elements, o.i);
        const prop = pick(['name', 'beschreibung', 'definition'], o.j)!;
        if (e !== undefined) e[prop] = o.text;
        break;
      }
      case 'anzahl': {
        const list = pick(
          p.strukturs.filter((l) => l.length > 0),
          o.i,
        );
        const s = list === undefined ? undefined : pick(list, o.j);
        if (s !== undefined) s.anzahl = pick(['0:1', '1:1', '0:*', '1:*', '2:5'], o.i + o.j)!;
        break;
      }
      case 'remove': {
        const list = pick(
          p.strukturs.filter((l) => l.length > 1),
          o.i,
        );
        list?.splice(o.j % list.length, 1);
        break;
      }
      case 'swap': {
        const list = pick(
          p.strukturs.filter((l) => l.length > 1),
          o.i,
        );
        if (list !== undefined) {
          const x = o.j % list.length;
          const y = (x + 1) % list.length;
          [list[x], list[y]] = [list[y]!, list[x]!];
        }
        break;
      }
      case 'move': {
        const f = pick(p.fieldEntries, o.i);
        const target = pick(p.strukturs, o.j);
        if (f !== undefined && target !== undefined && f.list.length > 1) {
          f.list.splice(f.list.indexOf(f.entry), 1);
          target.splice(o.i % (target.length + 1), 0, f.entry);
        }
        break;
      }
      case 'version': {
        const e = pick(p.elements, o.i);
        if (e !== undefined) (e.identifikation as Obj).version = v3 ? `9.${o.j % 5}.0` : `9.${o.j % 5}`;
        break;
      }
      case 'reid': {
        const e = pick(p.elements, o.i);
        if (e !== undefined) (e.identifikation as Obj).id = `${(e.identifikation as Obj).id}${o.j % 7}`;
        break;
      }
      case 'newField': {
        const f = pick(p.fieldEntries, o.i);
        const target = pick(p.strukturs, o.j);
        if (f !== undefined && target !== undefined) {
          const copy = structuredClone(f.entry);
          const field = (copy.enthaelt as Obj).datenfeld as Obj;
          (field.identifikation as Obj).id = `F${o.j}${o.text.length}NEW`;
          field.name = o.text;
          target.push(copy);
        }
        break;
      }
      case 'rule': {
        const list = pick(p.ruleLists, o.i);
        const r = list === undefined ? undefined : pick(list, o.j);
        if (list !== undefined && r !== undefined) {
          if (o.j % 2 === 0) list.splice(list.indexOf(r), 1);
          else r[v3 ? 'skript' : 'script'] = o.text;
        }
        break;
      }
    }
  }
  return out;
}

describeShared('diff: fast-check mutations of corpus files', () => {
  for (const file of FILES) {
    it(`patch(a, diff(a, b)) == b for mutations of ${file.split('/').slice(-2).join('/')}`, {
      timeout: 60_000,
    }, () => {
      const a = readXdf(file);
      const aXml = buildXdfDoc(a);
      expect(diffXdatenfelder(a, a).value!.changes).toEqual([]);
      fc.assert(
        fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), (ops) => {
          const b = mutate(a, ops);
          const diff = diffXdatenfelder(a, b).value!;
          const patched = patchXdatenfelder(a, JSON.parse(JSON.stringify(diff)));
          expect(patched.diagnostics).toEqual([]);
          expect(canonical(patched.value!.document)).toBe(canonical(b.document));
          expect(canonicalDifference(buildXdfDoc(patched.value!), buildXdfDoc(b))).toBeUndefined();
          expect(diffXdatenfelder(b, b).value!.changes).toEqual([]);
          // unchanged input: the mutation did not touch a
          expect(buildXdfDoc(a)).toBe(aXml);
        }),
        { numRuns: 25 },
      );
    });
  }
});
