/**
 * Diff and patch for XProzess 2.0 messages: process classes, processes and their FIM activity groups as
 * keyed elements (patchable), plus a graph-level summary of the BPMN models inside the processes.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import type { XprozessDocument } from '../xprozess/v2/index.js';
import { diffTrees } from './engine.js';
import { makeDiff } from './format.js';
import type { Change, Diff, DiffSide, Level } from './model.js';
import { patchTree } from './patch-tree.js';
import { diffXprozessGraphs, type ProcessGraphDiff } from './xprozess-graph.js';
import { xprozessProfile } from './xprozess-profile.js';
import { treeToXprozess, xprozessToTree } from './xprozess-tree.js';

/**
 * Options of {@link diffXprozess}.
 *
 * @example
 * ```ts
 * const options: XprozessDiffOptions = { level: 3, graphs: false };
 * ```
 */
export interface XprozessDiffOptions {
  /** Relevance level 0–3 (default 0: every difference; only level-0 diffs can be patched). */
  readonly level?: Level;
  readonly leftSource?: string;
  readonly rightSource?: string;
  /** Compare the embedded BPMN models (default true). */
  readonly graphs?: boolean;
}

/**
 * An XProzess diff: the standard diff document plus the BPMN graph changes per process model (`graphs`,
 * ignored by `readDiff` and `patch`).
 *
 * @example
 * ```ts
 * const d: XprozessDiff = diffXprozess(a, b).value!;
 * d.graphs.flatMap((g) => g.changes).filter((c) => c.kind === 'added' && c.element === 'activity');
 * ```
 */
export interface XprozessDiff extends Diff {
  readonly graphs: readonly ProcessGraphDiff[];
}

/**
 * Computes the changes between two XProzess messages (level 0, unfiltered).
 *
 * @example
 * ```ts
 * const { changes } = diffXprozessChanges(a, b);
 * ```
 */
export function diffXprozessChanges(
  left: XprozessDocument,
  right: XprozessDocument,
): { changes: Change[]; diagnostics: Diagnostic[] } {
  const l = xprozessToTree(left);
  const r = xprozessToTree(right);
  return {
    changes: diffTrees(l.tree, r.tree, xprozessProfile),
    diagnostics: [...l.diagnostics, ...r.diagnostics],
  };
}

/**
 * Compares two XProzess 2.0 messages: the typed message (patchable) and the BPMN graphs of their
 * processes.
 *
 * @example
 * ```ts
 * const { value: diff } = diffXprozess(parse(old).value!, parse(next).value!, { level: 2 });
 * diff?.graphs[0]?.summary.rewired;
 * ```
 */
export function diffXprozess(
  left: XprozessDocument,
  right: XprozessDocument,
  options: XprozessDiffOptions = {},
): Result<XprozessDiff> {
  const { changes, diagnostics } = diffXprozessChanges(left, right);
  const diff = makeDiff(
    changes,
    options.level ?? 0,
    side(left, options.leftSource),
    side(right, options.rightSource),
  );
  if (options.graphs === false) return { value: { ...diff, graphs: [] }, diagnostics };
  const g = diffXprozessGraphs(left, right);
  return { value: { ...diff, graphs: g.graphs }, diagnostics: [...diagnostics, ...g.diagnostics] };
}

/**
 * Applies a level-0 diff to its left message, giving its right message. Conflicts are
 * `diff/patch-conflict` errors; a filtered diff is refused with `diff/not-patchable`.
 *
 * @example
 * ```ts
 * const { value } = patchXprozess(old, diffXprozess(old, next).value!); // equal to next
 * ```
 */
export function patchXprozess(left: XprozessDocument, diff: Diff): Result<XprozessDocument> {
  const refuse = (code: string, message: string): Result<XprozessDocument> => ({
    value: undefined,
    diagnostics: [diagnostic('error', code, message, 'diff')],
  });
  if (diff.level !== 0) {
    return refuse(
      'diff/not-patchable',
      `The diff is filtered at level ${diff.level}; only level-0 diffs can be applied.`,
    );
  }
  if (diff.left.standard !== 'xprozess') {
    return refuse('diff/version-mismatch', `The diff was made for ${diff.left.standard}, not XProzess.`);
  }
  const t = xprozessToTree(left);
  const patched = patchTree(t.tree, diff.changes);
  return { value: treeToXprozess(patched.tree), diagnostics: patched.diagnostics };
}

function side(doc: XprozessDocument, source: string | undefined): DiffSide {
  const model = doc.model as { prozessbibliothek?: { prozess: readonly { id: string; version?: string }[] } };
  const katalog = doc.model as {
    prozesskatalog?: { prozessklasse: readonly { id: string; version?: string }[] };
  };
  const main = model.prozessbibliothek?.prozess[0] ?? katalog.prozesskatalog?.prozessklasse[0];
  return {
    standard: 'xprozess',
    version: '2.0',
    message: doc.message,
    id: main?.id ?? '',
    ...(main?.version === undefined ? {} : { elementVersion: main.version }),
    ...(source === undefined ? {} : { source }),
  };
}
