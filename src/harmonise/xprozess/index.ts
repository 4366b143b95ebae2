/**
 * Local process vs Stammprozess for XProzess 2.0: every element of a local process (Prozessklasse
 * reference, steps from the BPMN model and the FIM Aktivitätengruppen, Handlungsgrundlagen, forms and
 * data, participants) classified as übernommen, angepasst, ergänzt or entfallen; the rules a local
 * process must keep; clusters of equivalent local changes across variants; Markdown and HTML reports.
 *
 * @example
 * ```ts
 * import { harmoniseProcesses, renderProcessReportHtml } from './harmonise/xprozess/index.js';
 * const report = harmoniseProcesses(stamm, [{ source: 'nrw.xml', document: nrw }]);
 * const html = renderProcessReportHtml(report, { fragment: true });
 * ```
 *
 * @module
 */
export { labelSimilarity, setOf, stemTokens } from './canon.js';
export {
  type ClassifyProcessOptions,
  classifyProcess,
  classifyViews,
  type KindCounts,
  type ProcessElementClassification,
  type ProcessVsStamm,
} from './classify.js';
export { differences, localProzessId, type ProcessDifference, withoutModel } from './compare.js';
export {
  createProcessHarmoniser,
  type HarmoniseProcessesOptions,
  harmoniseProcesses,
  type ProcessCluster,
  type ProcessHarmonisationReport,
  type ProcessHarmoniser,
  type ProcessStammElement,
  type ProcessVariantSummary,
} from './harmonise.js';
export {
  PLACE_LABELS,
  PROCESS_KIND_LABELS,
  PROPERTY_LABELS,
  placeKey,
  propertyLabel,
  RULE_LABELS,
  STATUS_LABELS,
} from './labels.js';
export { mandatoryActivities } from './mandatory.js';
export { matchProcesses, type ProcessMatchedBy, type ProcessMatchOptions } from './match.js';
export { type MatrixCell, type MatrixRow, statusMatrix } from './matrix.js';
export type { Place, ProcessElement, ProcessElementKind, ProcessView } from './model.js';
export { type ProcessReportHtmlOptions, renderProcessReportHtml, shareChart } from './render-html.js';
export { renderProcessReportMarkdown } from './render-markdown.js';
export type { ProcessRule, ProcessViolation } from './rules.js';
export { adaptedSignature, addedSignature } from './signature.js';
export { buildSteps, STEP_PROPERTIES, specificAttributes } from './steps.js';
export { klasseOf, type ProcessViewOptions, processView } from './view.js';
