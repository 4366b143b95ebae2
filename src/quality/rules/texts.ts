/**
 * Names and labels: 1002, 1009, 1010, 1050, 1098, 1099, 1136.
 *
 * @module
 */
import type { QualityRule } from '../types.js';
import { BOTH, blank, isSchemaElement, perElement, XDF3 } from './util.js';

/** Recommended maximum lengths behind 1136 (Bezeichnungen 255, Hilfetexte 500 characters). */
export const RECOMMENDED_LENGTH = {
  bezeichnungEingabe: 255,
  bezeichnungAusgabe: 255,
  hilfetextEingabe: 500,
  hilfetextAusgabe: 500,
} as const;

/** Rules about names, labels and help texts. */
export const textRules: readonly QualityRule[] = [
  perElement(1002, BOTH, (e) => e.kind !== 'regel' && blank(e.name) && 'name'),
  perElement(1009, BOTH, (e) => isSchemaElement(e) && blank(e.bezeichnungEingabe) && 'bezeichnungEingabe'),
  perElement(1010, BOTH, (e) => isSchemaElement(e) && blank(e.bezeichnungAusgabe) && 'bezeichnungAusgabe'),
  perElement(
    1050,
    XDF3,
    (e) =>
      (e.kind === 'stammdatenschema' || e.kind === 'dokumentsteckbrief') &&
      blank(e.bezeichnung) &&
      'bezeichnung',
  ),
  perElement(
    1098,
    XDF3,
    (e) =>
      isSchemaElement(e) &&
      !blank(e.hilfetextEingabe) &&
      e.hilfetextEingabe?.trim() === e.bezeichnungEingabe?.trim() &&
      'hilfetextEingabe',
  ),
  perElement(
    1099,
    XDF3,
    (e) =>
      isSchemaElement(e) &&
      !blank(e.hilfetextEingabe) &&
      e.hilfetextEingabe?.trim() === e.name.trim() &&
      'hilfetextEingabe',
  ),
  {
    code: 1136,
    appliesTo: XDF3,
    check(ctx) {
      for (const e of ctx.elements) {
        if (!isSchemaElement(e)) continue;
        for (const [field, max] of Object.entries(RECOMMENDED_LENGTH)) {
          const v = e[field as keyof typeof RECOMMENDED_LENGTH];
          if (v !== undefined && v.length > max) ctx.report(e, { field });
        }
      }
    },
  },
];
