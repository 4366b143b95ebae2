/**
 * The flattened view of one XProzess process that the harmonisation compares: the process, its
 * Prozessklasse reference, its steps, Handlungsgrundlagen, data handovers and participants, each as one
 * element with canonical string properties.
 *
 * @module
 */
import type { BpmnModel, Prozessklasse } from '../../xprozess/v2/index.js';

/**
 * The kinds of process elements (German labels in `PROCESS_KIND_LABELS`).
 *
 * @example
 * ```ts
 * const k: ProcessElementKind = 'schritt';
 * ```
 */
export type ProcessElementKind =
  | 'prozess'
  | 'prozessklasse'
  | 'schritt'
  | 'handlungsgrundlage'
  | 'daten'
  | 'teilnehmer';

/**
 * Where a Handlungsgrundlage or a data handover occurs: at process level (`role` only) or at a step
 * (`step` = the step's key, `role` = direction).
 *
 * @example
 * ```ts
 * const p: Place = { role: 'empfangen', step: 'schritt:sp_empfangen' };
 * ```
 */
export interface Place {
  /** `prozessklasse`, `steckbrief`, `ausloeser`, `ergebnis`, `schritt`, `eingehend`, `ausgehend`, `empfangen`, `bereitgestellt`. */
  readonly role: string;
  readonly step?: string;
}

/**
 * One element of a process view.
 *
 * @example
 * ```ts
 * view.elements.get('schritt:sp_pruefen')?.props.name; // 'Antrag prüfen'
 * ```
 */
export interface ProcessElement {
  readonly kind: ProcessElementKind;
  /** Unique in its view: `prozess`, `prozessklasse`, `schritt:<BPMN id>`, `hg:<name>`, `daten:<…>`, `teilnehmer:<name>`. */
  readonly key: string;
  /** Display label. */
  readonly name: string;
  /** Compared properties as canonical strings (absent = not set). */
  readonly props: Readonly<Record<string, string>>;
  /** Handlungsgrundlagen and data: where they occur. */
  readonly places?: readonly Place[];
  /** Steps: id of the BPMN activity (or the group's `subProzessID` when there is no model). */
  readonly modelId?: string;
  /** Steps: id of the FIM Aktivitätengruppe. */
  readonly groupId?: string;
  /** Steps: whether the flow cannot bypass it (undefined without a BPMN model). */
  readonly mandatory?: boolean;
}

/**
 * A process flattened for comparison.
 *
 * @example
 * ```ts
 * const v = processView(doc);
 * v.steps.map((s) => s.name); // in flow order
 * ```
 */
export interface ProcessView {
  /** The process (root element, kind `prozess`). */
  readonly root: ProcessElement;
  readonly id: string;
  readonly version?: string;
  /** The Prozessklasse reference (LeiKa key). */
  readonly klasseID: string;
  /** Steps in flow order. */
  readonly steps: readonly ProcessElement[];
  /** Every element except the root, by key. */
  readonly elements: ReadonlyMap<string, ProcessElement>;
  /** The Prozessklasse's catalogue entry (from the document, or inherited from the Stamm). */
  readonly prozessklasse?: Prozessklasse;
  /** The BPMN models read from the process's `prozessmodelldatei` (empty without a model). */
  readonly bpmn: readonly BpmnModel[];
}
