/**
 * What differs between the XZuFi versions fimkit reads (2.2.0 and 2.3.1): namespace, binding specs of the
 * transfer message and its entries, and the code checks after binding. Parsing and streaming are written
 * once against a {@link XzufiProfile}; `v2_2/` and `v2_3/` each supply one.
 *
 * @module
 */
import type { MessageSpec, SourceMap, TypeSpec, Vocabulary } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';

/** One XZuFi version as the shared parser and streaming reader see it. */
export interface XzufiProfile {
  /** `2.2.0`, `2.3.1`. */
  readonly version: string;
  /** Namespace, prefix `xzufi`, diagnostic source `xzufi`. */
  readonly vocabulary: Vocabulary;
  /** The spec of each single transfer object, keyed by element name. */
  readonly objects: Readonly<Record<string, TypeSpec>>;
  /** The transfer message root's type. */
  readonly transfer: TypeSpec;
  /** `schreibe` and `loesche` as messages (the entries of a transfer message bound on their own). */
  readonly schreibe: MessageSpec;
  readonly loesche: MessageSpec;
  /** The subpath that reads this version, for messages (`fimkit/xzufi/v2_2`). */
  readonly module: string;
  /** Code checks of bound `schreibe` entries (positions from `sourceMap`). */
  checkEntries(entries: readonly object[], sourceMap: SourceMap | undefined): Diagnostic[];
}

/**
 * The message spec of a root element under a profile: the object spec when the root is a transfer object,
 * else the transfer message under the given root name.
 *
 * @example
 * ```ts
 * messageOf(profile, 'leistung').type.name; // 'Leistung'
 * ```
 */
export function messageOf(profile: XzufiProfile, root: string): MessageSpec {
  const object = profile.objects[root];
  return { root, type: object ?? profile.transfer };
}

/**
 * The XZuFi versions fimkit reads, with their namespaces (2.2.0 V, 2.3.1 **inf**) and the subpath that reads
 * each.
 *
 * @example
 * ```ts
 * XZUFI_VERSIONS.map((v) => v.version); // ['2.2.0', '2.3.1']
 * ```
 */
export const XZUFI_VERSIONS: readonly {
  readonly version: string;
  readonly namespace: string;
  readonly module: string;
}[] = [
  { version: '2.2.0', namespace: 'http://xoev.de/schemata/xzufi/2_2_0', module: 'fimkit/xzufi/v2_2' },
  { version: '2.3.1', namespace: 'http://xoev.de/schemata/xzufi/2_3_1', module: 'fimkit/xzufi/v2_3' },
];

const VERSIONED = /^http:\/\/xoev\.de\/schemata\/xzufi\/(\d+)_(\d+)_(\d+)$/;

/**
 * The `xzufi/unsupported-version` diagnostic for a root namespace that none of `profiles` reads, or
 * undefined when one does. For another version fimkit reads, the message names the module to use.
 *
 * @example
 * ```ts
 * versionProblemFor('http://xoev.de/schemata/xzufi/2_1_0', { line: 1, column: 1 }, [profile])?.code;
 * // 'xzufi/unsupported-version'
 * ```
 */
export function versionProblemFor(
  namespace: string,
  at: { line: number; column: number; path?: string },
  profiles: readonly XzufiProfile[],
): Diagnostic | undefined {
  if (profiles.some((p) => p.vocabulary.namespace === namespace)) return undefined;
  const expected = profiles.map((p) => `XZuFi ${p.version} (${p.vocabulary.namespace})`).join(' or ');
  const m = VERSIONED.exec(namespace);
  const version = m === null ? undefined : `${m[1]}.${m[2]}.${m[3]}`;
  const other = XZUFI_VERSIONS.find((v) => v.namespace === namespace);
  const why =
    other !== undefined
      ? `this is XZuFi ${other.version}, not ${expected}; read it with ${other.module}`
      : version === undefined
        ? `namespace "${namespace}" is not ${expected}`
        : version.startsWith('2.1')
          ? `XZuFi ${version} is a legacy version that fimkit does not read; use an XZuFi 2.2.0 export`
          : `XZuFi ${version} is not supported (fimkit reads ${XZUFI_VERSIONS.map((v) => v.version).join(
              ' and ',
            )}; see docs/xzufi.md)`;
  return diagnostic('error', 'xzufi/unsupported-version', `Unsupported version: ${why}.`, 'xzufi', at);
}
