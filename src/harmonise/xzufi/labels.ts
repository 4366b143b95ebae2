/**
 * German labels of the service-text report, as editors in the FIM editorial offices say them.
 *
 * @module
 */
import type { FieldStatus, ServiceTextReport, ServiceTextVariant, TextStatus } from './model.js';

/**
 * Labels of the text statuses.
 *
 * @example
 * ```ts
 * TEXT_STATUS_LABELS.extended; // 'ergänzt'
 * ```
 */
export const TEXT_STATUS_LABELS: Readonly<Record<TextStatus, string>> = {
  unchanged: 'übernommen',
  rephrased: 'umformuliert',
  extended: 'ergänzt',
  replaced: 'ersetzt',
  added: 'hinzugefügt',
  empty: 'leer',
  missing: 'entfallen',
};

/**
 * Labels of the field statuses.
 *
 * @example
 * ```ts
 * FIELD_STATUS_LABELS.changed; // 'geändert'
 * ```
 */
export const FIELD_STATUS_LABELS: Readonly<Record<FieldStatus, string>> = {
  unchanged: 'übernommen',
  changed: 'geändert',
  added: 'hinzugefügt',
  missing: 'entfallen',
};

/**
 * Fixed wording of the report.
 *
 * @example
 * ```ts
 * SERVICE_TEXT_LABELS.completeness; // 'Vollständigkeit'
 * ```
 */
export const SERVICE_TEXT_LABELS = Object.freeze({
  title: 'Dienstleistungstexte',
  textmodul: 'Textmodul',
  sprache: 'Sprache',
  variante: 'Variante',
  varianten: 'Varianten',
  redaktion: 'Redaktion',
  stamm: 'Stammtext',
  overridden: 'überschrieben',
  completeness: 'Vollständigkeit',
  similarity: 'Ähnlichkeit',
  candidates: 'Kandidaten für den Stammtext',
  fields: 'Kosten, Fristen und weitere Angaben',
  notes: 'Hinweise',
  markupOnly: 'nur Formatierung geändert',
  completenessFormula:
    'Vollständigkeit = Textmodule (je Sprache), die der Stammtext füllt und die Variante auch füllt, geteilt durch die Textmodule, die der Stammtext füllt.',
});

/**
 * A share as `85.7 %`.
 *
 * @example
 * ```ts
 * percent(0.8571); // '85.7 %'
 * ```
 */
export function percent(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

/**
 * The report's title: `Dienstleistungstexte: <Leistungsbezeichnung> (LeiKa <key>)`.
 *
 * @example
 * ```ts
 * reportTitle(report); // 'Dienstleistungstexte: Hundesteuer Anmeldung (LeiKa 99000000000000)'
 * ```
 */
export function reportTitle(r: ServiceTextReport): string {
  const name = r.stamm.bezeichnung === '' ? r.stamm.source : r.stamm.bezeichnung;
  return `${SERVICE_TEXT_LABELS.title}: ${name}${r.leikaKey === '' ? '' : ` (LeiKa ${r.leikaKey})`}`;
}

/**
 * `Redaktion (Name)` of a Leistung, or `–`.
 *
 * @example
 * ```ts
 * redaktionOf(report.stamm); // 'B100019 (Bundesredaktion)'
 * ```
 */
export function redaktionOf(l: ServiceTextVariant['leistung']): string {
  if (l.redaktion === undefined) return l.redaktionName ?? '–';
  return l.redaktionName === undefined ? l.redaktion : `${l.redaktion} (${l.redaktionName})`;
}

/**
 * The language shown for a text unit (`–` when unknown).
 *
 * @example
 * ```ts
 * languageLabel(''); // '–'
 * ```
 */
export function languageLabel(language: string): string {
  return language === '' ? '–' : language;
}
