/**
 * Diff and patch for XZuFi 2.2.0 Leistungen: text modules per LeiKa code and language with a word-level,
 * HTML-aware text diff, and Kosten, Fristen and Unterlagen as keyed elements.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import type { Leistung, Xzufi22Document } from '../xzufi/v2_2/index.js';
import { diffTrees } from './engine.js';
import { makeDiff } from './format.js';
import type { Change, Diff, DiffSide, Level } from './model.js';
import { patchTree } from './patch-tree.js';
import { diffText, type TextChangeKind, type TextDiff } from './text-diff.js';
import { xzufiProfile } from './xzufi-profile.js';
import { treeToXzufi, xzufiToTree } from './xzufi-tree.js';

/**
 * Options of {@link diffXzufi}.
 *
 * @example
 * ```ts
 * const options: XzufiDiffOptions = { level: 2, leftSource: 'stamm.xml', rightSource: 'land.xml' };
 * ```
 */
export interface XzufiDiffOptions {
  /** Relevance level 0–3 (default 0: every difference; only level-0 diffs can be patched). */
  readonly level?: Level;
  readonly leftSource?: string;
  readonly rightSource?: string;
}

/**
 * The word-level diff of one text (a module's `inhalt` in one language) that changed.
 *
 * @example
 * ```ts
 * const t: XzufiTextChange = diffXzufi(a, b).value!.texts[0]!;
 * t.module; // '06'
 * t.language; // 'de'
 * t.diff.kind; // 'markup'
 * ```
 */
export interface XzufiTextChange {
  /** Key of the text node (`text/06/de`). */
  readonly key: string;
  /** LeiKa text module code (or individual module type) of the module. */
  readonly module: string;
  readonly language: string;
  readonly diff: TextDiff;
}

/**
 * An XZuFi diff: the standard diff document plus the word-level diffs of the changed texts (`texts`,
 * ignored by `readDiff` and `patch`).
 *
 * @example
 * ```ts
 * const d: XzufiDiff = diffXzufi(a, b).value!;
 * d.texts.filter((t) => t.diff.kind === 'wording').length;
 * ```
 */
export interface XzufiDiff extends Diff {
  readonly texts: readonly XzufiTextChange[];
}

/**
 * The level of a text change by what changed: wording 2 (like every text), markup only 1 (formatting
 * is presentation, hidden from level 2 on), whitespace only 0.
 */
const TEXT_LEVEL: Readonly<Record<TextChangeKind, Level>> = { both: 2, wording: 2, markup: 1, none: 0 };

function notLeistung(doc: Xzufi22Document, side: string): Diagnostic {
  return diagnostic(
    'error',
    'diff/unsupported-kind',
    `The ${side} XZuFi document is a ${doc.kind}; only single Leistungen can be compared.`,
    'diff',
  );
}

/**
 * Computes the changes between two Leistungen (level 0, unfiltered).
 *
 * @example
 * ```ts
 * const changes = diffXzufiChanges(a.model, b.model);
 * ```
 */
export function diffXzufiChanges(left: Leistung, right: Leistung): Change[] {
  return diffTrees(xzufiToTree(left), xzufiToTree(right), xzufiProfile);
}

/**
 * The word-level diffs of the texts that changed between two Leistungen (module code and language
 * paired; texts only on one side are compared with the empty text).
 *
 * @example
 * ```ts
 * xzufiTextChanges(a.model, b.model).map((t) => `${t.module}/${t.language}: ${t.diff.kind}`);
 * ```
 */
export function xzufiTextChanges(left: Leistung, right: Leistung): XzufiTextChange[] {
  const texts = (l: Leistung) => {
    const tree = xzufiToTree(l);
    const out = new Map<string, { module: string; language: string; value: string }>();
    for (const n of tree.nodes.values()) {
      if (n.type !== 'text') continue;
      const value = typeof n.props.value === 'string' ? n.props.value : '';
      const language = typeof n.props.languageCode === 'string' ? n.props.languageCode : '';
      const slash = n.id.lastIndexOf('/');
      out.set(n.key, { module: slash < 0 ? n.id : n.id.slice(0, slash), language, value });
    }
    return out;
  };
  const a = texts(left);
  const b = texts(right);
  const out: XzufiTextChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (x?.value === y?.value) continue;
    const d = diffText(x?.value ?? '', y?.value ?? '');
    const t = (y ?? x)!;
    out.push({ key, module: t.module, language: t.language, diff: d });
  }
  return out;
}

/**
 * Compares two XZuFi 2.2.0 Leistungen. A text change is level 2 when its wording changed, level 1 when
 * only its markup changed and level 0 when only whitespace changed; `texts` holds the word-level diffs
 * kept at the requested level. Documents of another kind (transfer, Organisationseinheit, ...) give a
 * `diff/unsupported-kind` error.
 *
 * @example
 * ```ts
 * const { value: diff } = diffXzufi(parse(stamm).value!, parse(land).value!, { level: 2 });
 * diff?.texts.map((t) => t.diff.kind);
 * ```
 */
export function diffXzufi(
  left: Xzufi22Document,
  right: Xzufi22Document,
  options: XzufiDiffOptions = {},
): Result<XzufiDiff> {
  const problems = [
    ...(left.kind === 'leistung' ? [] : [notLeistung(left, 'left')]),
    ...(right.kind === 'leistung' ? [] : [notLeistung(right, 'right')]),
  ];
  if (left.kind !== 'leistung' || right.kind !== 'leistung')
    return { value: undefined, diagnostics: problems };
  const level = options.level ?? 0;
  const allTexts = xzufiTextChanges(left.model, right.model);
  const textLevel = new Map(allTexts.map((t) => [t.key, TEXT_LEVEL[t.diff.kind]] as const));
  const changes = diffXzufiChanges(left.model, right.model).map((c) => {
    const l = c.elementType === 'text' && c.property === 'value' ? textLevel.get(c.key) : undefined;
    return l === undefined ? c : { ...c, level: l };
  });
  const diff = makeDiff(
    changes,
    level,
    side(left.model, options.leftSource),
    side(right.model, options.rightSource),
  );
  const texts = allTexts.filter((t) => TEXT_LEVEL[t.diff.kind] >= level);
  return { value: { ...diff, texts }, diagnostics: [] };
}

/**
 * Applies a level-0 diff to its left Leistung, giving its right Leistung. Conflicts are
 * `diff/patch-conflict` errors; a filtered diff is refused with `diff/not-patchable`.
 *
 * @example
 * ```ts
 * const { value } = patchXzufi(stamm, diffXzufi(stamm, land).value!); // equal to land
 * ```
 */
export function patchXzufi(left: Xzufi22Document, diff: Diff): Result<Xzufi22Document> {
  const refuse = (code: string, message: string): Result<Xzufi22Document> => ({
    value: undefined,
    diagnostics: [diagnostic('error', code, message, 'diff')],
  });
  if (diff.level !== 0) {
    return refuse(
      'diff/not-patchable',
      `The diff is filtered at level ${diff.level}; only level-0 diffs can be applied.`,
    );
  }
  if (diff.left.standard !== 'xzufi') {
    return refuse('diff/version-mismatch', `The diff was made for ${diff.left.standard}, not XZuFi.`);
  }
  if (left.kind !== 'leistung') return { value: undefined, diagnostics: [notLeistung(left, 'left')] };
  const patched = patchTree(xzufiToTree(left.model), diff.changes);
  return {
    value: { kind: 'leistung', root: 'leistung', model: treeToXzufi(patched.tree) },
    diagnostics: patched.diagnostics,
  };
}

function side(l: Leistung, source: string | undefined): DiffSide {
  return {
    standard: 'xzufi',
    version: '2.2.0',
    message: 'leistung',
    id: l.id?.value ?? '',
    ...(source === undefined ? {} : { source }),
  };
}
