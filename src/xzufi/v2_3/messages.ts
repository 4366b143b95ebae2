/**
 * The XZuFi 2.3.1 namespace (**inf**), binding vocabulary, document kinds and the profile the shared
 * parser and streaming reader use. Document kinds as in 2.2.0: a transfer message under any root name or a
 * single transfer object as root.
 *
 * @module
 */
import type { MessageSpec, TypeSpec, Vocabulary } from '../../core/binding/index.js';
import { messageOf, type XzufiProfile } from '../common/profile.js';
import { checkEntries } from '../v2_2/check.js';
import type { Schreibe as Schreibe22 } from '../v2_2/model.js';
import { INFERRED_NAMES_23 } from './inferred.js';
import {
  Leistung,
  Loesche,
  Onlinedienst,
  Organisationseinheit,
  Schreibe,
  Spezialisierung,
  Transfer,
  ZustaendigkeitTransferObjekt,
} from './specs-leistung.js';

/**
 * The namespace of XZuFi 2.3.1 (**inf**, see `INFERRED_NAMES_23`).
 *
 * @example
 * ```ts
 * XZUFI23_NAMESPACE; // 'http://xoev.de/schemata/xzufi/2_3_1'
 * ```
 */
export const XZUFI23_NAMESPACE: string = INFERRED_NAMES_23.namespace;

/**
 * Namespace, prefix (`xzufi`) and diagnostic source of XZuFi 2.3.1.
 *
 * @example
 * ```ts
 * xzufi23Vocabulary.namespace; // 'http://xoev.de/schemata/xzufi/2_3_1'
 * ```
 */
export const xzufi23Vocabulary: Vocabulary = {
  namespace: XZUFI23_NAMESPACE,
  prefix: 'xzufi',
  source: 'xzufi',
};

/**
 * The binding spec of each 2.3.1 transfer object kind, keyed by its element name.
 *
 * @example
 * ```ts
 * xzufi23Objects.leistung.elements().some((e) => e.name === 'referenzLeistungsschluessel'); // true
 * ```
 */
export const xzufi23Objects = {
  leistung: Leistung,
  spezialisierung: Spezialisierung,
  organisationseinheit: Organisationseinheit,
  onlinedienst: Onlinedienst,
  zustaendigkeitTransferObjekt: ZustaendigkeitTransferObjekt,
} as const satisfies Record<string, TypeSpec>;

/**
 * XZuFi 2.3.1 for the shared parser and streaming reader. The code check (LeiKa Textmodul codes) is the
 * 2.2.0 one: `modulText/leikaTextmodul` is unchanged.
 *
 * @example
 * ```ts
 * xzufi23Profile.version; // '2.3.1'
 * ```
 */
export const xzufi23Profile: XzufiProfile = {
  version: '2.3.1',
  vocabulary: xzufi23Vocabulary,
  objects: xzufi23Objects,
  transfer: Transfer,
  schreibe: { root: 'schreibe', type: Schreibe },
  loesche: { root: 'loesche', type: Loesche },
  module: 'fimkit/xzufi/v2_3',
  checkEntries: (entries, sourceMap) => checkEntries(entries as readonly Schreibe22[], sourceMap),
};

/**
 * The message spec of a root element: the object spec when the root is a transfer object, else the
 * transfer message under the given root name.
 *
 * @example
 * ```ts
 * messageFor23('transfer.operation').type.name; // 'Transfer'
 * ```
 */
export function messageFor23(root: string): MessageSpec {
  return messageOf(xzufi23Profile, root);
}
