/**
 * German labels for FIM terms, as editors in the FIM editorial offices know them.
 *
 * @module
 */

/**
 * Labels of element kinds, severities and XDFM types; keys are the model's names.
 *
 * @example
 * ```ts
 * fimLabels.datenfeldgruppe; // 'Datenfeldgruppe'
 * ```
 */
export const fimLabels = Object.freeze({
  stammdatenschema: 'Stammdatenschema',
  datenfeldgruppe: 'Datenfeldgruppe',
  datenfeld: 'Datenfeld',
  regel: 'Regel',
  dokumentsteckbrief: 'Dokumentsteckbrief',
  codeliste: 'Codeliste',
  error: 'Fehler',
  warning: 'Warnung',
  info: 'Hinweis',
  hint: 'Hinweis',
  K: 'Kritischer Fehler',
  M: 'Methodischer Fehler',
  W: 'Warnung',
  H: 'Hinweis',
  D: 'Deaktiviert',
  element: 'Element',
  elementId: 'Element-ID',
  name: 'Name',
  version: 'Version',
  file: 'Datei',
  line: 'Zeile',
  column: 'Spalte',
  code: 'Prüfcode',
  message: 'Meldung',
  findings: 'Befunde',
  noFindings: 'Keine Befunde',
  summary: 'Übersicht',
  contents: 'Inhalt',
  standard: 'Standard',
  nachricht: 'Nachricht',
  elementCounts: 'Elemente',
  findingsPerSeverity: 'Befunde nach Schweregrad',
  findingsPerType: 'Befunde nach Prüftyp',
  qualityReport: 'Qualitätsbericht',
  inspectReport: 'Prüfbericht',
  generatedBy: 'Erstellt mit',
  problems: 'Probleme beim Lesen',
  parent: 'in',
} as const);

/** A key of {@link fimLabels}. */
export type FimLabelKey = keyof typeof fimLabels;

/**
 * The German label for a model name; unknown names are returned unchanged.
 *
 * @example
 * ```ts
 * fimLabel('datenfeld'); // 'Datenfeld'
 * fimLabel('foo'); // 'foo'
 * ```
 */
export function fimLabel(key: string): string {
  return Object.hasOwn(fimLabels, key) ? fimLabels[key as FimLabelKey] : key;
}
