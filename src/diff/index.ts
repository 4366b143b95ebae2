/**
 * `fimkit/diff`: structured, relevance-filtered, verifiable diffs over identifier-keyed models. The
 * engine works on keyed trees; adapters turn artefacts into trees (XDatenfelder 2.0 and 3.0.0 today).
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
