/**
 * Diff and patch for XDatenfelder 2.0 and 3.0.0 documents: the adapter that binds the generic engine
 * to the typed models.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import type { Xdf2Document } from '../xdatenfelder/v2/index.js';
import type { Xdf3Document } from '../xdatenfelder/v3/index.js';
import { diffTrees } from './engine.js';
import { makeDiff } from './format.js';
import type { Change, Diff, DiffSide, KeyedTree, Level } from './model.js';
import { patchTree } from './patch-tree.js';
import { xdatenfelderProfile } from './xdatenfelder-profile.js';
import { treeToXdf, type XdfDocument, xdfToTree } from './xdatenfelder-tree.js';

/**
 * Options of {@link diffXdatenfelder}.
 *
 * @example
 * ```ts
 * const options: XdfDiffOptions = { level: 2, leftSource: 'old.xml', rightSource: 'new.xml' };
 * ```
 */
export interface XdfDiffOptions {
  /** Relevance level 0–3 (default 0: every difference; only level-0 diffs can be patched). */
  readonly level?: Level;
  /** File name of the left side, recorded in the diff. */
  readonly leftSource?: string;
  /** File name of the right side, recorded in the diff. */
  readonly rightSource?: string;
}

/**
 * Computes the changes between two XDatenfelder documents of the same version (level 0, unfiltered).
 *
 * @example
 * ```ts
 * const changes = diffXdfChanges(a.document, b.document);
 * ```
 */
export function diffXdfChanges(
  left: Xdf2Document | Xdf3Document,
  right: Xdf2Document | Xdf3Document,
): { changes: Change[]; diagnostics: Diagnostic[] } {
  const l = xdfToTree(left);
  const r = xdfToTree(right);
  return {
    changes: diffTrees(l.tree, r.tree, xdatenfelderProfile),
    diagnostics: [...l.diagnostics, ...r.diagnostics],
  };
}

/**
 * Compares two XDatenfelder documents of the same version. Documents of different versions give a
 * `diff/version-mismatch` error (convert one first).
 *
 * @example
 * ```ts
 * const { value: diff } = diffXdatenfelder(
 *   { version: '2.0', document: v2.parse(old).value! },
 *   { version: '2.0', document: v2.parse(next).value! },
 *   { level: 1 },
 * );
 * diff?.summary.byKind.ruleChanged;
 * ```
 */
export function diffXdatenfelder(
  left: XdfDocument,
  right: XdfDocument,
  options: XdfDiffOptions = {},
): Result<Diff> {
  if (left.version !== right.version) {
    return {
      value: undefined,
      diagnostics: [
        diagnostic(
          'error',
          'diff/version-mismatch',
          `Cannot compare XDatenfelder ${left.version} with ${right.version}; convert one side first.`,
          'diff',
        ),
      ],
    };
  }
  const { changes, diagnostics } = diffXdfChanges(left.document, right.document);
  const value = makeDiff(
    changes,
    options.level ?? 0,
    side(left, options.leftSource),
    side(right, options.rightSource),
  );
  return { value, diagnostics };
}

/**
 * Applies a level-0 diff to its left document, giving its right document. Conflicts (the document is
 * not the diff's left side) are `diff/patch-conflict` errors; a filtered diff is refused with
 * `diff/not-patchable`.
 *
 * @example
 * ```ts
 * const { value: next } = patchXdatenfelder(old, diff);
 * ```
 */
export function patchXdatenfelder(left: XdfDocument, diff: Diff): Result<XdfDocument> {
  if (diff.level !== 0) {
    return {
      value: undefined,
      diagnostics: [
        diagnostic(
          'error',
          'diff/not-patchable',
          `The diff is filtered at level ${diff.level}; only level-0 diffs can be applied.`,
          'diff',
        ),
      ],
    };
  }
  if (diff.left.standard !== 'xdatenfelder' || diff.left.version !== left.version) {
    return {
      value: undefined,
      diagnostics: [
        diagnostic(
          'error',
          'diff/version-mismatch',
          `The diff was made for ${diff.left.standard} ${diff.left.version}, not XDatenfelder ${left.version}.`,
          'diff',
        ),
      ],
    };
  }
  const r = patchXdfDocument(left.document, diff.changes);
  return {
    value: { version: left.version, document: r.value } as XdfDocument,
    diagnostics: r.diagnostics,
  };
}

/**
 * Applies changes (as made by {@link diffXdfChanges}) to a message model of either version.
 *
 * @example
 * ```ts
 * const { value } = patchXdfDocument(a, diffXdfChanges(a, b).changes); // deep-equal to b
 * ```
 */
export function patchXdfDocument<D extends Xdf2Document | Xdf3Document>(
  left: D,
  changes: readonly Change[],
): { value: D; diagnostics: Diagnostic[] } {
  const t = xdfToTree(left);
  const patched: { tree: KeyedTree; diagnostics: Diagnostic[] } = patchTree(t.tree, changes);
  return { value: treeToXdf(patched.tree) as unknown as D, diagnostics: patched.diagnostics };
}

function side(doc: XdfDocument, source: string | undefined): DiffSide {
  const model = doc.document.model as unknown as Record<string, unknown>;
  let id = '';
  let version: string | undefined;
  for (const v of Object.values(model)) {
    const ident = (v as { identifikation?: { id?: unknown; version?: unknown } } | undefined)?.identifikation;
    if (ident !== undefined && typeof ident.id === 'string') {
      id = ident.id;
      if (typeof ident.version === 'string') version = ident.version;
      break;
    }
  }
  return {
    standard: 'xdatenfelder',
    version: doc.version,
    message: doc.document.message,
    id,
    ...(version === undefined ? {} : { elementVersion: version }),
    ...(source === undefined ? {} : { source }),
  };
}
