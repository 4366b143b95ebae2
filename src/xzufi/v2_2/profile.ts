/**
 * The XZuFi 2.2.0 profile for the shared parser and streaming reader (`../common/`).
 *
 * @module
 */
import type { MessageSpec } from '../../core/binding/index.js';
import type { XzufiProfile } from '../common/profile.js';
import { checkEntries } from './check.js';
import { xzufi22Objects, xzufi22Vocabulary } from './messages.js';
import type { Schreibe } from './model.js';
import { Loesche, Schreibe as SchreibeSpec, Transfer } from './specs-objekte.js';

const SCHREIBE: MessageSpec = { root: 'schreibe', type: SchreibeSpec };
const LOESCHE: MessageSpec = { root: 'loesche', type: Loesche };

/**
 * XZuFi 2.2.0: namespace, specs and checks.
 *
 * @example
 * ```ts
 * xzufi22Profile.version; // '2.2.0'
 * ```
 */
export const xzufi22Profile: XzufiProfile = {
  version: '2.2.0',
  vocabulary: xzufi22Vocabulary,
  objects: xzufi22Objects,
  transfer: Transfer,
  schreibe: SCHREIBE,
  loesche: LOESCHE,
  module: 'fimkit/xzufi/v2_2',
  checkEntries: (entries, sourceMap) => checkEntries(entries as readonly Schreibe[], sourceMap),
};
