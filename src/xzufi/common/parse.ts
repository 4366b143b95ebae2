/**
 * Reading a whole XZuFi document (transfer message or single object) under a version profile: detection,
 * the version check, binding and the code checks. `v2_2/parse.ts` and `v2_3/parse.ts` wrap it with their
 * types.
 *
 * @module
 */
import { bindDocument, type SourceMap } from '../../core/binding/index.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { decodeXml, type XmlReadOptions } from '../../core/xml/index.js';
import { detect } from '../../detect/index.js';
import { messageOf, versionProblemFor, type XzufiProfile } from './profile.js';

/** The untyped result of {@link parseWith}. */
export interface XzufiParsed {
  readonly value: { kind: string; root: string; model: Record<string, unknown> } | undefined;
  readonly diagnostics: Diagnostic[];
  readonly sourceMap: SourceMap | undefined;
}

/**
 * Parses `input` as a document of `profile`'s version. Never throws on content.
 *
 * @example
 * ```ts
 * const { value } = parseWith(xzufi22Profile, bytes);
 * ```
 */
export function parseWith(
  profile: XzufiProfile,
  input: Uint8Array | string,
  options: XmlReadOptions = {},
): XzufiParsed {
  const dec = typeof input === 'string' ? undefined : decodeXml(input);
  const decoded = dec === undefined ? (input as string) : dec.text;
  const found = detect(decoded, options);
  const root = found.value;
  if (root === undefined) {
    return { value: undefined, diagnostics: [...found.diagnostics], sourceMap: undefined };
  }
  const at = { path: `/${root.root}`, line: root.line, column: root.column };
  const problem = versionProblemFor(root.namespace, at, [profile]);
  if (problem !== undefined) return { value: undefined, diagnostics: [problem], sourceMap: undefined };
  const bound = bindDocument<Record<string, unknown>>(
    decoded,
    [messageOf(profile, root.root)],
    profile.vocabulary,
    options,
  );
  if (bound.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('xml/'))) {
    return {
      value: undefined,
      diagnostics: bound.diagnostics.filter((d) => d.code.startsWith('xml/')),
      sourceMap: bound.sourceMap,
    };
  }
  if (bound.value === undefined) {
    return { value: undefined, diagnostics: [...bound.diagnostics], sourceMap: bound.sourceMap };
  }
  const kind = root.root in profile.objects ? root.root : 'transfer';
  const diagnostics = [...(dec?.diagnostics ?? []), ...bound.diagnostics];
  const model = bound.value;
  if (kind === 'leistung') diagnostics.push(...profile.checkEntries([{ leistung: model }], bound.sourceMap));
  if (kind === 'transfer') {
    diagnostics.push(...profile.checkEntries((model.schreibe ?? []) as object[], bound.sourceMap));
  }
  return { value: { kind, root: root.root, model }, diagnostics, sourceMap: bound.sourceMap };
}
