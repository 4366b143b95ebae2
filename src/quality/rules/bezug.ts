/**
 * Handlungsgrundlagen (`bezug`): 1006, 1022, 1101, 1132, 1133.
 *
 * @module
 */
import type { QBezug, QElement } from '../model.js';
import type { QualityRule } from '../types.js';
import { BOTH, blank, isSchemaElement, perElement, perUse, XDF3 } from './util.js';

const empty = (b: readonly QBezug[]): boolean => b.every((x) => blank(x.value));
/** 1132: one `bezug` that cites more than one norm (`§§`, or two `§`). */
export const citesSeveral = (b: QBezug): boolean => (b.value.match(/§/g)?.length ?? 0) > 1;
/** 1133: a link that is not an absolute http(s) URL without white space. */
export const badLink = (b: QBezug): boolean => b.link !== undefined && !/^https?:\/\/[^\s]+$/.test(b.link);

const parentIsRng = (p: QElement, format: string): boolean =>
  p.schemaelementart === 'RNG' || (format === 'xdf2' && p.kind === 'stammdatenschema');

/** Rules about `bezug`. */
export const bezugRules: readonly QualityRule[] = [
  perElement(1006, BOTH, (e) => isSchemaElement(e) && e.schemaelementart === 'RNG' && empty(e.bezug)),
  perElement(1101, BOTH, (e) => isSchemaElement(e) && e.schemaelementart === 'HAR' && empty(e.bezug)),
  perUse(
    1022,
    BOTH,
    (u, ctx) =>
      parentIsRng(u.parent, ctx.doc.format) &&
      (u.child.schemaelementart === 'ABS' || u.child.schemaelementart === 'HAR') &&
      empty(u.bezug),
  ),
  {
    code: 1132,
    appliesTo: XDF3,
    check(ctx) {
      for (const e of ctx.elements) {
        const b = e.bezug.find(citesSeveral);
        if (b !== undefined) ctx.report(e, b.source === undefined ? {} : { at: b.source });
      }
      for (const u of ctx.doc.uses)
        if (u.bezug.some(citesSeveral)) ctx.report(u.child, { parent: u.parent, at: u.source });
    },
  },
  {
    code: 1133,
    appliesTo: XDF3,
    check(ctx) {
      for (const e of ctx.elements) {
        const b = e.bezug.find(badLink);
        if (b !== undefined) ctx.report(e, b.source === undefined ? {} : { at: b.source });
      }
      for (const u of ctx.doc.uses)
        if (u.bezug.some(badLink)) ctx.report(u.child, { parent: u.parent, at: u.source });
    },
  },
];
