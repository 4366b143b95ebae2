/**
 * `fimkit/harmonise`: local vs Stamm classification with Ableitungsmodifikationen checks, reuse metrics,
 * near-duplicate detection and harmonisation potential across variants (XDatenfelder 3.0.0).
 *
 * @module
 */
export {
  type ClassifyOptions,
  classifyAgainstStamm,
  differenceCounts,
  type ElementClassification,
  type ElementStatus,
  type LocalFigures,
  type LocalVsStamm,
  type MatchedBy,
  matchToStamm,
  type Violation,
} from './classify.js';
export { compareElements, type Difference } from './compare.js';
export {
  type ChildView,
  type DocumentViews,
  documentViews,
  type ElementKind,
  type ElementView,
  keyOf,
  minOf,
  nummernkreis,
} from './elements.js';
export { loadXdf3 } from './load.js';
export { hashString, labelTokens, normaliseLabel, signatureOf } from './normalise.js';
export {
  type ChangeCluster,
  createHarmoniser,
  defaultK,
  type HarmonisationReport,
  type HarmoniseOptions,
  harmoniseVariants,
  type VariantSummary,
} from './potential.js';
export {
  elementNames,
  type HarmonisationRenderOptions,
  renderHarmonisationHtml,
  renderHarmonisationMarkdown,
} from './render.js';
export { type ReuseRenderOptions, renderReuseHtml, renderReuseMarkdown, reuseJson } from './render-reuse.js';
export {
  type NamedDocument,
  type ReuseMetrics,
  type ReuseShares,
  reuseMetrics,
  type SchemaReuse,
  type StaleReference,
  type WhereUsed,
} from './reuse.js';
export {
  ABLEITUNG_REPRAESENTATION,
  ABLEITUNG_STRUKTUR,
  type AbleitungsCode,
  DIFFERENCE_LABELS,
  type DifferenceKind,
  isAllowed,
  type Permissions,
  ruleText,
} from './rules.js';
export {
  findSimilar,
  type SimilarOptions,
  type SimilarPair,
  type SimilarRule,
  scorePair,
} from './similar.js';
export {
  type ClassifyProcessOptions,
  classifyProcess,
  createProcessHarmoniser,
  type HarmoniseProcessesOptions,
  harmoniseProcesses,
  mandatoryActivities,
  type ProcessCluster,
  type ProcessDifference,
  type ProcessElementClassification,
  type ProcessElementKind,
  type ProcessHarmonisationReport,
  type ProcessHarmoniser,
  type ProcessReportHtmlOptions,
  type ProcessRule,
  type ProcessVariantSummary,
  type ProcessViolation,
  type ProcessVsStamm,
  processView,
  renderProcessReportHtml,
  renderProcessReportMarkdown,
  statusMatrix,
} from './xprozess/index.js';
export {
  classifyText,
  compareFields,
  FIELD_LABELS,
  FIELD_STATUS_LABELS,
  type FieldClassification,
  type FieldKey,
  type FieldStatus,
  fieldLines,
  harmoniseServiceTexts,
  type LeistungInfo,
  type LeistungInput,
  leistungenOf,
  type ModuleOverview,
  type NamedLeistungInput,
  normaliseText,
  OVERRIDDEN,
  type OverrideCluster,
  REPHRASED_MIN_SIMILARITY,
  renderServiceTextReportHtml,
  renderServiceTextReportMarkdown,
  SERVICE_TEXT_LABELS,
  type ServiceTextHtmlOptions,
  type ServiceTextOptions,
  type ServiceTextReport,
  type ServiceTextTotals,
  type ServiceTextVariant,
  type StatusCounts,
  TEXT_STATUS_LABELS,
  TEXT_STATUSES,
  type TextClassification,
  type TextStatus,
  type TextUnit,
  type TextUnitRef,
  textUnitsOf,
} from './xzufi/index.js';
