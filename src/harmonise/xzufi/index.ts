/**
 * Harmonisation of XZuFi service texts: a Stammtext against regional variants of the same LeiKa key,
 * per text module and language, with the completeness score, the structured fields, clusters of
 * equivalent overrides and Markdown/HTML renderers.
 *
 * @example
 * ```ts
 * import { harmoniseServiceTexts, renderServiceTextReportHtml } from 'fimkit/harmonise';
 * const report = harmoniseServiceTexts(stamm, [land, kommune]);
 * const html = renderServiceTextReportHtml(report, { fragment: true });
 * ```
 *
 * @module
 */
export { compareFields, FIELD_LABELS, fieldLines } from './fields.js';
export {
  FIELD_STATUS_LABELS,
  SERVICE_TEXT_LABELS,
  TEXT_STATUS_LABELS,
} from './labels.js';
export {
  type FieldClassification,
  type FieldKey,
  type FieldStatus,
  type LeistungInfo,
  type ModuleOverview,
  OVERRIDDEN,
  type OverrideCluster,
  type ServiceTextReport,
  type ServiceTextTotals,
  type ServiceTextVariant,
  type StatusCounts,
  TEXT_STATUSES,
  type TextClassification,
  type TextStatus,
  type TextUnitRef,
} from './model.js';
export { renderServiceTextReportHtml, type ServiceTextHtmlOptions } from './render-html.js';
export { renderServiceTextReportMarkdown } from './render-markdown.js';
export {
  harmoniseServiceTexts,
  type LeistungInput,
  type NamedLeistungInput,
  type ServiceTextOptions,
} from './report.js';
export { classifyText, REPHRASED_MIN_SIMILARITY } from './texts.js';
export { leistungenOf, normaliseText, type TextUnit, textUnitsOf } from './units.js';
