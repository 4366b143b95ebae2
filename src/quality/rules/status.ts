/**
 * Status, publication and Dokumentsteckbrief: 1007, 1096, 1097, 1116, 1127–1130, 1140–1144; with a
 * resolver 1125, 1126. 1127/1129 apply to a published schema document, 1128/1130 to a published group
 * document (the root), each over all descendants.
 *
 * @module
 */
import type { QElement } from '../model.js';
import type { QualityRule } from '../types.js';
import { BOTH, blank, isSchemaElement, nummernkreis, perElement, perUse, XDF3 } from './util.js';

const DEFAULT_STECKBRIEF = 'D99000000001';
/** XDF3 Freigabestatus: methodisch (4) or fachlich (5 silber, 6 gold) freigegeben. */
const RELEASED = new Set(['4', '5', '6']);
/** Below 'Entwurf' (3): in Planung, in Bearbeitung. */
const BELOW_DRAFT = new Set(['1', '2']);
/** Statuses that need `statusGesetztAm` (1142–1144). */
const DATED = new Set(['3', '4', '5', '6', '7']);
const FIM_BAUSTEIN = /^FIM[- ]Baustein Datenfelder$/;

function descendants(e: QElement, out: QElement[] = []): QElement[] {
  for (const u of e.children) {
    out.push(u.child);
    descendants(u.child, out);
  }
  return out;
}

const published = (e: QElement) => !blank(e.veroeffentlichungsdatum);

/** Rules about status and publication. */
export const statusRules: readonly QualityRule[] = [
  perElement(
    1007,
    XDF3,
    (e) => e.kind === 'stammdatenschema' && blank(e.dokumentsteckbrief?.id) && 'dokumentsteckbrief',
  ),
  perElement(
    1097,
    XDF3,
    (e) =>
      e.kind === 'stammdatenschema' &&
      e.dokumentsteckbrief?.id.trim() === DEFAULT_STECKBRIEF &&
      RELEASED.has(e.status ?? '') &&
      'dokumentsteckbrief',
  ),
  perElement(
    1096,
    XDF3,
    (e) =>
      e.kind === 'stammdatenschema' &&
      e.dokumentsteckbrief?.id.trim() === DEFAULT_STECKBRIEF &&
      !RELEASED.has(e.status ?? '') &&
      'dokumentsteckbrief',
  ),
  perUse(1116, BOTH, (u, ctx) => u.child.status === (ctx.doc.format === 'xdf3' ? '7' : 'inaktiv')),
  {
    code: 1127,
    appliesTo: XDF3,
    check(ctx) {
      const r = ctx.doc.root;
      if (r.kind !== 'stammdatenschema' || !published(r)) return;
      for (const d of descendants(r)) if (!published(d)) ctx.report(d, { field: 'veroeffentlichungsdatum' });
    },
  },
  {
    code: 1128,
    appliesTo: XDF3,
    check(ctx) {
      const g = ctx.doc.root;
      if (g.kind !== 'datenfeldgruppe' || !published(g)) return;
      for (const d of descendants(g)) if (!published(d)) ctx.report(d, { field: 'veroeffentlichungsdatum' });
    },
  },
  {
    code: 1129,
    appliesTo: XDF3,
    check(ctx) {
      const r = ctx.doc.root;
      if (r.kind !== 'stammdatenschema' || !published(r)) return;
      for (const d of descendants(r))
        if (BELOW_DRAFT.has(d.status ?? '')) ctx.report(d, { field: 'freigabestatus' });
    },
  },
  {
    code: 1130,
    appliesTo: XDF3,
    check(ctx) {
      const g = ctx.doc.root;
      if (g.kind !== 'datenfeldgruppe' || !published(g)) return;
      for (const d of descendants(g))
        if (BELOW_DRAFT.has(d.status ?? '')) ctx.report(d, { field: 'freigabestatus' });
    },
  },
  perElement(
    1140,
    XDF3,
    (e) =>
      (isSchemaElement(e) || e.kind === 'regel') &&
      FIM_BAUSTEIN.test(e.fachlicherErsteller?.trim() ?? '') &&
      nummernkreis(e.id) !== '60',
  ),
  perElement(
    1141,
    XDF3,
    (e) =>
      e.kind === 'stammdatenschema' &&
      FIM_BAUSTEIN.test(e.fachlicherErsteller?.trim() ?? '') &&
      nummernkreis(e.id) !== '60',
  ),
  perElement(1142, XDF3, (e) => isSchemaElement(e) && DATED.has(e.status ?? '') && blank(e.statusGesetztAm)),
  perElement(
    1143,
    XDF3,
    (e) => e.kind === 'stammdatenschema' && DATED.has(e.status ?? '') && blank(e.statusGesetztAm),
  ),
  perElement(
    1144,
    XDF3,
    (e) => e.kind === 'dokumentsteckbrief' && DATED.has(e.status ?? '') && blank(e.statusGesetztAm),
  ),
  {
    code: 1125,
    appliesTo: XDF3,
    needs: 'resolver',
    check(ctx) {
      const available = ctx.resolver?.dokumentsteckbriefAvailable;
      const r = ctx.doc.root;
      if (available === undefined || r.dokumentsteckbrief === undefined) return;
      if (!available(r.dokumentsteckbrief.id, r.dokumentsteckbrief.version))
        ctx.report(r, { field: 'dokumentsteckbrief' });
    },
  },
  {
    code: 1126,
    appliesTo: XDF3,
    needs: 'resolver',
    check(ctx) {
      const latest = ctx.resolver?.latestVersion;
      if (latest === undefined) return;
      for (const e of ctx.elements) {
        if (e.kind === 'regel' || e.version === undefined) continue;
        const l = latest(e.id);
        if (l !== undefined && compareVersions(l, e.version) > 0) ctx.report(e);
      }
    },
  },
];

/** Compares dotted versions numerically, all components including the patch level (`1.2.10` > `1.2.9`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
