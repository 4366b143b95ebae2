/**
 * German labels of the process harmonisation: element kinds, statuses, rules, properties and places.
 *
 * @module
 */
import type { ElementStatus } from '../classify.js';
import type { Place, ProcessElementKind } from './model.js';

/**
 * Element kinds as FIM editors name them.
 *
 * @example
 * ```ts
 * PROCESS_KIND_LABELS.schritt; // 'Prozessschritt'
 * ```
 */
export const PROCESS_KIND_LABELS: Readonly<Record<ProcessElementKind, string>> = {
  prozess: 'Prozess',
  prozessklasse: 'Prozessklasse (LeiKa)',
  schritt: 'Prozessschritt',
  handlungsgrundlage: 'Handlungsgrundlage',
  daten: 'Formular/Daten',
  teilnehmer: 'Prozessteilnehmer',
};

/**
 * Statuses in the words of a harmonisation report.
 *
 * @example
 * ```ts
 * STATUS_LABELS.added; // 'ergänzt'
 * ```
 */
export const STATUS_LABELS: Readonly<Record<ElementStatus, string>> = {
  unchanged: 'übernommen',
  adapted: 'angepasst',
  added: 'ergänzt',
  dropped: 'entfallen',
};

/**
 * Compared properties.
 *
 * @example
 * ```ts
 * propertyLabel('referenzaktivitaetengruppe'); // 'Referenzaktivitätengruppe'
 * ```
 */
export const PROPERTY_LABELS: Readonly<Record<string, string>> = {
  id: 'ID',
  name: 'Bezeichnung',
  bezeichnung: 'Bezeichnung (lang)',
  definition: 'Definition',
  beschreibung: 'Beschreibung',
  detaillierungsstufe: 'Detaillierungsstufe',
  zielvorgaben: 'Zielvorgaben',
  klasseID: 'Prozessklasse (LeiKa-Schlüssel)',
  zwecksetzung: 'Zwecksetzung',
  operativesZiel: 'Operatives Ziel',
  handlungsform: 'Handlungsform',
  verfahrensart: 'Verfahrensart',
  gliederung: 'Gliederung im Prozesskatalog',
  modellName: 'Bezeichnung im BPMN-Modell',
  referenzaktivitaetengruppe: 'Referenzaktivitätengruppe',
  typ: 'BPMN-Elementtyp',
  spezifischeAttribute: 'Spezifische Attribute',
  fachverfahren: 'Fachverfahren',
  lane: 'Lane (Zuständigkeit)',
  art: 'Art',
  uri: 'URI',
  fundstellen: 'Fundstellen',
  elementIds: 'Datenfelder (Element-IDs)',
  stammformularVersion: 'Stammformular-Version',
  partner: 'Sender/Empfänger',
  uebermittlungsart: 'Übermittlungsart',
  rolle: 'Rolle',
  modell: 'im BPMN-Modell',
};

/**
 * The label of a property (the name itself when unknown).
 *
 * @example
 * ```ts
 * propertyLabel('elementIds'); // 'Datenfelder (Element-IDs)'
 * ```
 */
export function propertyLabel(property: string): string {
  return Object.hasOwn(PROPERTY_LABELS, property) ? PROPERTY_LABELS[property]! : property;
}

/**
 * Places of Handlungsgrundlagen and data.
 *
 * @example
 * ```ts
 * PLACE_LABELS.empfangen; // 'empfangen bei'
 * ```
 */
export const PLACE_LABELS: Readonly<Record<string, string>> = {
  prozessklasse: 'Prozessklasse',
  steckbrief: 'Prozesssteckbrief',
  ausloeser: 'Auslöser',
  ergebnis: 'Ergebnis',
  schritt: 'Prozessschritt',
  eingehend: 'eingehend bei',
  ausgehend: 'ausgehend bei',
  empfangen: 'empfangen bei',
  bereitgestellt: 'bereitgestellt bei',
};

/**
 * The rules a local process must keep.
 *
 * @example
 * ```ts
 * RULE_LABELS.pflichtschritt; // 'Pflichtschritt entfallen'
 * ```
 */
export const RULE_LABELS: Readonly<
  Record<'prozessklasse' | 'handlungsgrundlage' | 'pflichtschritt', string>
> = {
  prozessklasse: 'Prozessklasse/LeiKa-Bezug geändert',
  handlungsgrundlage: 'Handlungsgrundlage entfallen',
  pflichtschritt: 'Pflichtschritt entfallen',
};

/**
 * A place as a readable canonical string (German), its step named through `step`.
 *
 * @example
 * ```ts
 * placeKey({ role: 'empfangen', step: 'schritt:sp1' }, () => 'Antrag empfangen'); // 'empfangen bei „Antrag empfangen“'
 * ```
 */
export function placeKey(p: Place, step: (key: string) => string): string {
  const role = PLACE_LABELS[p.role] ?? p.role;
  return p.step === undefined ? role : `${role} „${step(p.step)}“`;
}
