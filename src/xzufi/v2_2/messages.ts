/**
 * The XZuFi 2.2.0 namespace, the binding vocabulary and the document kinds: a transfer message (any root
 * name, `spec/xzufi.md` §2.1) or a single transfer object as the FIM Portal downloads it (§2.2, **inf**:
 * the object element is the root).
 *
 * @module
 */
import type { MessageSpec, TypeSpec, Vocabulary } from '../../core/binding/index.js';
import { Leistung } from './specs-leistung.js';
import {
  Onlinedienst,
  Organisationseinheit,
  Spezialisierung,
  Transfer,
  ZustaendigkeitTransferObjekt,
} from './specs-objekte.js';

/**
 * The namespace of XZuFi 2.2.0 (V).
 *
 * @example
 * ```ts
 * XZUFI22_NAMESPACE; // 'http://xoev.de/schemata/xzufi/2_2_0'
 * ```
 */
export const XZUFI22_NAMESPACE = 'http://xoev.de/schemata/xzufi/2_2_0';

/**
 * Namespace, prefix (`xzufi`, the conventional one) and diagnostic source of XZuFi 2.2.0.
 *
 * @example
 * ```ts
 * xzufi22Vocabulary.prefix; // 'xzufi'
 * ```
 */
export const xzufi22Vocabulary: Vocabulary = {
  namespace: XZUFI22_NAMESPACE,
  prefix: 'xzufi',
  source: 'xzufi',
};

/**
 * The binding spec of each transfer object kind, keyed by its element name.
 *
 * @example
 * ```ts
 * xzufi22Objects.leistung.name; // 'Leistung'
 * ```
 */
export const xzufi22Objects = {
  leistung: Leistung,
  spezialisierung: Spezialisierung,
  organisationseinheit: Organisationseinheit,
  onlinedienst: Onlinedienst,
  zustaendigkeitTransferObjekt: ZustaendigkeitTransferObjekt,
} as const satisfies Record<string, TypeSpec>;

/**
 * The message spec of a root element: the object spec when the root is a transfer object, else the
 * transfer message under the given root name.
 *
 * @example
 * ```ts
 * messageFor('leistung').type.name; // 'Leistung'
 * messageFor('transfer.operation').type.name; // 'Transfer'
 * ```
 */
export function messageFor(root: string): MessageSpec {
  const object = (xzufi22Objects as Record<string, TypeSpec | undefined>)[root];
  return { root, type: object ?? Transfer };
}
