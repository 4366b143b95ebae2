/**
 * Default content (`inhalt`) and value lists (`werte`): 1044, 1045, 1069–1075, 1077, 1083, 1084, 1085,
 * 1093, 1100, 1109.
 *
 * @module
 */
import type { QElement } from '../model.js';
import type { QualityRule } from '../types.js';
import { lexical } from './fields.js';
import { BOTH, blank, isField, NUMERIC_TYPES, perElement, TEXT_TYPES, XDF3 } from './util.js';

const I = 'inhalt';
const inhalt = (e: QElement): string | undefined =>
  isField(e) && !blank(e.inhalt) ? e.inhalt!.trim() : undefined;
/** Select fields carry a code, not a typed value: their content is checked against the list instead. */
const typed = (e: QElement, types: readonly string[]): string | undefined =>
  e.feldart !== 'select' && types.includes(e.datentyp ?? '') ? inhalt(e) : undefined;

function contentRule(code: number, types: readonly string[], ok: (s: string) => boolean): QualityRule {
  return perElement(code, BOTH, (e) => {
    const v = typed(e, types);
    return v !== undefined && !ok(v) && I;
  });
}

function duplicatesIn(values: readonly string[]): boolean {
  return new Set(values).size !== values.length;
}

/** Rules about `inhalt` and `werte`. */
export const contentRules: readonly QualityRule[] = [
  contentRule(1069, ['num', 'num_currency'], lexical.number),
  contentRule(1070, ['num_int'], lexical.integer),
  contentRule(1071, ['date'], lexical.date),
  contentRule(1083, ['datetime'], lexical.datetime),
  contentRule(1084, ['time'], lexical.time),
  contentRule(1077, ['bool'], (s) => s === 'true' || s === 'false'),
  perElement(1072, BOTH, (e) => {
    const v = typed(e, [...NUMERIC_TYPES]);
    const min = e.praezisierung?.minValue;
    return (
      v !== undefined &&
      min !== undefined &&
      lexical.number(v) &&
      lexical.number(min) &&
      Number(v) < Number(min) &&
      I
    );
  }),
  perElement(1073, BOTH, (e) => {
    const v = typed(e, [...NUMERIC_TYPES]);
    const max = e.praezisierung?.maxValue;
    return (
      v !== undefined &&
      max !== undefined &&
      lexical.number(v) &&
      lexical.number(max) &&
      Number(v) > Number(max) &&
      I
    );
  }),
  perElement(1074, BOTH, (e) => {
    const v = typed(e, [...TEXT_TYPES]);
    const min = Number(e.praezisierung?.minLength);
    return v !== undefined && Number.isInteger(min) && [...v].length < min && I;
  }),
  perElement(1075, BOTH, (e) => {
    const v = typed(e, [...TEXT_TYPES]);
    const max = Number(e.praezisierung?.maxLength);
    return v !== undefined && Number.isInteger(max) && max > 0 && [...v].length > max && I;
  }),
  perElement(1085, XDF3, (e) => {
    const v = inhalt(e);
    return (
      v !== undefined &&
      e.feldart === 'select' &&
      (e.werte?.length ?? 0) > 0 &&
      !e.werte!.some((w) => w.code === v) &&
      I
    );
  }),
  perElement(
    1100,
    BOTH,
    (e) => (e.datentyp === 'file' || e.datentyp === 'obj') && inhalt(e) !== undefined && I,
  ),
  perElement(1109, BOTH, (e) => isField(e) && e.feldart === 'label' && inhalt(e) === undefined),
  perElement(1044, XDF3, (e) => e.werte !== undefined && e.werte.length < 2 && 'werte'),
  perElement(1045, XDF3, (e) => e.werte !== undefined && duplicatesIn(e.werte.map((w) => w.code)) && 'werte'),
  perElement(1093, XDF3, (e) => e.werte !== undefined && duplicatesIn(e.werte.map((w) => w.name)) && 'werte'),
];
