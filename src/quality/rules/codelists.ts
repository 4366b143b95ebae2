/**
 * Code list references: 1005, 1037, 1040, 1048, 1105; with a registry 1076, 1122; with a resolver 1115.
 *
 * @module
 */
import type { QElement } from '../model.js';
import type { QualityRule, RuleContext } from '../types.js';
import { BOTH, blank, XDF2, XDF3 } from './util.js';

/** RFC 8141 namestring syntax (ASCII only, no white space). */
const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,\-.:=@;$_!*'%/?#~&]+$/i;

/** The code list references of the document's fields, as pseudo-elements of kind `codelisteReferenz`. */
export function codelistRefs(
  ctx: RuleContext,
): { field: QElement; ref: QElement; uri: string; version: string | undefined }[] {
  return ctx.elements.flatMap((f) => {
    const c = f.codelisteReferenz;
    if (c === undefined) return [];
    const ref: QElement = {
      kind: 'codelisteReferenz',
      id: ctx.doc.format === 'xdf2' ? c.id : `${c.canonicalIdentification ?? ''}_${c.canonicalVersion ?? ''}`,
      version: ctx.doc.format === 'xdf2' ? c.version : undefined,
      source: c.source,
      name: '',
      bezug: [],
      children: [],
    };
    return [{ field: f, ref, uri: c.canonicalIdentification ?? '', version: c.canonicalVersion }];
  });
}

function perRef(
  code: number,
  appliesTo: readonly RuleContext['doc']['format'][],
  test: (uri: string, version: string | undefined) => boolean,
): QualityRule {
  return {
    code,
    appliesTo,
    check(ctx) {
      for (const r of codelistRefs(ctx))
        if (test(r.uri, r.version)) ctx.report(r.ref, { field: 'canonicalIdentification' });
    },
  };
}

/** Rules about code list references. */
export const codelistRules: readonly QualityRule[] = [
  perRef(1040, BOTH, (uri) => blank(uri)),
  perRef(1005, BOTH, (uri) => !blank(uri) && !uri.trim().toLowerCase().startsWith('urn:')),
  perRef(1048, BOTH, (uri) => uri.trim().toLowerCase().startsWith('urn:') && !URN.test(uri)),
  perRef(1105, XDF2, (_, v) => v === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(v.trim())),
  {
    code: 1037,
    appliesTo: BOTH,
    check(ctx) {
      const refs = codelistRefs(ctx);
      const versions = new Map<string, Set<string>>();
      for (const r of refs) versions.set(r.uri, (versions.get(r.uri) ?? new Set()).add(r.version ?? ''));
      for (const r of refs) if ((versions.get(r.uri)?.size ?? 0) > 1) ctx.report(r.ref);
    },
  },
  {
    code: 1076,
    appliesTo: XDF3,
    needs: 'registry',
    check(ctx) {
      for (const r of codelistRefs(ctx)) {
        const v = r.field.inhalt?.trim();
        if (blank(v)) continue;
        const list = ctx.registry?.lookup(r.uri, r.version);
        if (list !== undefined && !list.codes.includes(v!)) ctx.report(r.field, { field: 'inhalt' });
      }
    },
  },
  {
    code: 1122,
    appliesTo: XDF3,
    needs: 'registry',
    check(ctx) {
      for (const r of codelistRefs(ctx)) {
        const list = ctx.registry?.lookup(r.uri, r.version);
        if (list === undefined) continue;
        for (const k of ['codeKey', 'nameKey', 'helpKey'] as const) {
          const col = r.field[k];
          if (!blank(col) && !list.columns.includes(col!.trim())) ctx.report(r.field, { field: k });
        }
      }
    },
  },
  {
    code: 1115,
    appliesTo: XDF3,
    needs: 'resolver',
    check(ctx) {
      const available = ctx.resolver?.codeListAvailable;
      if (available === undefined) return;
      for (const r of codelistRefs(ctx)) if (!available(r.uri, r.version)) ctx.report(r.ref);
    },
  },
];
