/**
 * Structure: 1003, 1004, 1013, 1014, 1023, 1025, 1043, 1078, 1094, 1095, 1106, 1135;
 * multiplicity: 1021, 1046, 1047, 1118, 1139.
 *
 * @module
 */
import type { QElement } from '../model.js';
import type { QualityRule } from '../types.js';
import { BOTH, blank, parseAnzahl, perElement, perUse, XDF3 } from './util.js';

const DEFAULT_FIELD = 'F60000000001';
const key = (e: QElement): string => `${e.id}@${e.version ?? ''}`;

function duplicates(children: readonly { child: QElement }[]): QElement[] {
  const seen = new Set<string>();
  const out: QElement[] = [];
  for (const { child } of children) {
    const k = key(child);
    if (seen.has(k)) out.push(child);
    else seen.add(k);
  }
  return out;
}

/** Rules about the structure and the multiplicities. */
export const structureRules: readonly QualityRule[] = [
  perElement(1023, BOTH, (e) => e.kind === 'datenfeldgruppe' && e.children.length === 0),
  perElement(1078, BOTH, (e) => e.kind === 'stammdatenschema' && e.children.length === 0),
  perElement(1106, BOTH, (e) => e.kind === 'datenfeldgruppe' && e.children.length === 1),
  perElement(1043, XDF3, (e) => e.kind === 'datenfeldgruppe' && e.art === 'X' && e.children.length < 2),
  perElement(1014, BOTH, (e) => e.kind === 'datenfeld' && e.schemaelementart === 'ABS' && 'schemaelementart'),
  perUse(1013, BOTH, (u) => u.child.schemaelementart === 'ABS'),
  {
    code: 1004,
    appliesTo: BOTH,
    check(ctx) {
      for (const e of ctx.elements)
        if (e.kind === 'datenfeldgruppe')
          for (const d of duplicates(e.children)) ctx.report(d, { parent: e });
    },
  },
  {
    code: 1025,
    appliesTo: BOTH,
    check(ctx) {
      const r = ctx.doc.root;
      if (r.kind === 'stammdatenschema') for (const d of duplicates(r.children)) ctx.report(d, { parent: r });
    },
  },
  {
    code: 1003,
    appliesTo: BOTH,
    check(ctx) {
      const versions = new Map<string, Set<string>>();
      for (const e of ctx.elements) {
        if (e.kind !== 'datenfeld' && e.kind !== 'datenfeldgruppe') continue;
        const s = versions.get(e.id) ?? new Set<string>();
        s.add(e.version ?? '');
        versions.set(e.id, s);
      }
      for (const e of ctx.elements)
        if ((versions.get(e.id)?.size ?? 0) > 1 && e.kind !== 'regel') ctx.report(e);
    },
  },
  {
    code: 1094,
    appliesTo: XDF3,
    check(ctx) {
      for (const e of ctx.elements) {
        const d = e.children.find((u) => u.child.id === DEFAULT_FIELD);
        if (d !== undefined && e.children.length > 1) ctx.report(d.child, { parent: e, at: d.source });
      }
    },
  },
  {
    code: 1095,
    appliesTo: XDF3,
    check(ctx) {
      for (const e of ctx.elements) {
        const d = e.children.find((u) => u.child.id === DEFAULT_FIELD);
        if (d !== undefined && e.children.length === 1) ctx.report(d.child, { parent: e, at: d.source });
      }
    },
  },
  perUse(1135, XDF3, (u) => !blank(u.parent.version) && blank(u.child.version)),
  perUse(1021, BOTH, (u) => blank(u.anzahl)),
  perUse(1046, BOTH, (u) => !blank(u.anzahl) && parseAnzahl(u.anzahl) === undefined),
  perUse(1047, BOTH, (u) => {
    const a = parseAnzahl(u.anzahl);
    return a !== undefined && a.max !== '*' && a.min > a.max;
  }),
  perUse(1118, XDF3, (u) => u.parent.art === 'X' && u.anzahl.trim() !== '0:1'),
  perUse(1139, XDF3, (u) => u.child.datentyp === 'file' && parseAnzahl(u.anzahl)?.max !== '*'),
];
