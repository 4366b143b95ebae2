/**
 * `fimkit/diff`: structured, relevance-filtered, verifiable diffs over identifier-keyed models. The
 * engine works on keyed trees; adapters turn artefacts into trees (XDatenfelder 2.0 and 3.0.0, XZuFi 2.2.0 Leistungen, XProzess 2.0).
 *
 * @module
 */
export { diffTrees, filterLevel, nodePaths, snapshot } from './engine.js';
export { makeDiff, readDiff, summarize } from './format.js';
export { canonical, jsonEqual, refIds } from './json.js';
export { compareVersions, type Matching, matchTrees, SIMILARITY_THRESHOLD } from './match.js';
export {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type ChildRef,
  DIFF_FORMAT_VERSION,
  type Diff,
  type DiffSide,
  type DiffSummary,
  type Json,
  type KeyedNode,
  type KeyedTree,
  type Level,
  type MatchMethod,
  type RefPlace,
  type ValueDetails,
} from './model.js';
export { patchTree } from './patch-tree.js';
export type { Classified, DiffProfile } from './profile.js';
export { renderHtml } from './render-html.js';
export { groupByElement, renderMarkdown } from './render-markdown.js';
export { describeChange, kindLabel, shortValue } from './render-text.js';
export {
  diffText,
  type TextChangeKind,
  type TextDiff,
  type TextDiffOp,
  type TextToken,
  tokenizeHtml,
} from './text-diff.js';
export {
  diffXdatenfelder,
  diffXdfChanges,
  patchXdatenfelder,
  patchXdfDocument,
  type XdfDiffOptions,
} from './xdatenfelder.js';
export {
  classifyXdfProperty,
  classifyXdfRefProperty,
  constraintDirection,
  DESCRIPTIVE_PROPERTIES,
  type Direction,
  HISTORY_PROPERTIES,
  LABEL_PROPERTIES,
  parseCardinality,
  valueDetails,
  xdatenfelderProfile,
  xdfPropertyLevel,
} from './xdatenfelder-profile.js';
export { MESSAGE_KEY, treeToXdf, type XdfDocument, xdfToTree } from './xdatenfelder-tree.js';
export {
  diffXprozess,
  diffXprozessChanges,
  patchXprozess,
  type XprozessDiff,
  type XprozessDiffOptions,
} from './xprozess.js';
export {
  type BpmnChange,
  type BpmnChangeKind,
  diffBpmn,
  diffXprozessGraphs,
  type ProcessGraphDiff,
} from './xprozess-graph.js';
export {
  XPROZESS_DESCRIPTIVE_PROPERTIES,
  XPROZESS_HISTORY_PROPERTIES,
  XPROZESS_LABEL_PROPERTIES,
  xprozessProfile,
  xprozessPropertyLevel,
} from './xprozess-profile.js';
export {
  describeBpmnChange,
  renderGraphsMarkdown,
  renderXprozessHtml,
  renderXprozessMarkdown,
} from './xprozess-render.js';
export { treeToXprozess, XPROZESS_MESSAGE_KEY, xprozessToTree } from './xprozess-tree.js';
export {
  diffXzufi,
  diffXzufiChanges,
  patchXzufi,
  type XzufiDiff,
  type XzufiDiffOptions,
  type XzufiTextChange,
  xzufiTextChanges,
} from './xzufi.js';
export {
  XZUFI_DESCRIPTIVE_PROPERTIES,
  XZUFI_HISTORY_PROPERTIES,
  XZUFI_TEXT_PROPERTIES,
  xzufiProfile,
  xzufiPropertyLevel,
} from './xzufi-profile.js';
export {
  renderXzufiHtml,
  renderXzufiMarkdown,
  renderXzufiTextsHtml,
  renderXzufiTextsMarkdown,
} from './xzufi-render.js';
export { LEISTUNG_KEY, treeToXzufi, xzufiToTree } from './xzufi-tree.js';
