/**
 * Small predicates shared by the rule families.
 *
 * @module
 */
import type { QElement, QUse, QualityFormat } from '../model.js';
import type { QualityRule, RuleContext } from '../types.js';

/** True for `undefined`, the empty string and whitespace. */
export const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Both formats. */
export const BOTH: readonly QualityFormat[] = ['xdf2', 'xdf3'];
/** XDF2 only. */
export const XDF2: readonly QualityFormat[] = ['xdf2'];
/** XDF3 only. */
export const XDF3: readonly QualityFormat[] = ['xdf3'];

/** Text data types: XDF2 `text`; XDF3 `text`, `text_latin`. */
export const TEXT_TYPES = new Set(['text', 'text_latin']);
/** Numeric data types. */
export const NUMERIC_TYPES = new Set(['num', 'num_int', 'num_currency']);
/** Time data types. */
export const TIME_TYPES = new Set(['date', 'time', 'datetime']);

/** Groups and fields, the schema elements. */
export const isSchemaElement = (e: QElement): boolean =>
  e.kind === 'datenfeld' || e.kind === 'datenfeldgruppe';
/** Fields. */
export const isField = (e: QElement): boolean => e.kind === 'datenfeld';

/** A rule that checks every distinct element matching `filter`. */
export function perElement(
  code: number,
  appliesTo: readonly QualityFormat[],
  test: (e: QElement, ctx: RuleContext) => boolean | string,
): QualityRule {
  return {
    code,
    appliesTo,
    check(ctx) {
      for (const e of ctx.elements) {
        const hit = test(e, ctx);
        if (hit === false) continue;
        ctx.report(e, typeof hit === 'string' ? { field: hit } : {});
      }
    },
  };
}

/** A rule that checks every structure reference. */
export function perUse(
  code: number,
  appliesTo: readonly QualityFormat[],
  test: (u: QUse, ctx: RuleContext) => boolean,
): QualityRule {
  return {
    code,
    appliesTo,
    check(ctx) {
      for (const u of ctx.doc.uses) if (test(u, ctx)) ctx.report(u.child, { parent: u.parent, at: u.source });
    },
  };
}

/** Parses `min:max` (`max` may be `*`), or `undefined` when malformed. */
export function parseAnzahl(a: string): { min: number; max: number | '*' } | undefined {
  const m = /^(\d+):(\d+|\*)$/.exec(a.trim());
  if (m === null) return undefined;
  return { min: Number(m[1]), max: m[2] === '*' ? '*' : Number(m[2]) };
}

/** Nummernkreis of an id: the two digits after the type letter (`F60000000227` → `60`). */
export const nummernkreis = (id: string): string => id.slice(1, 3);
