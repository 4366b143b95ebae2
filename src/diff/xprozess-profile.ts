/**
 * The XProzess diff profile: relevance levels of process class, process and activity group properties.
 *
 * @module
 */
import type { Level } from './model.js';
import type { DiffProfile } from './profile.js';

/**
 * XProzess properties hidden from level 1 on (history and status): the state information and content
 * the XSD does not define. Every property of the message node (header, export profile) is level 0 too.
 *
 * @example
 * ```ts
 * XPROZESS_HISTORY_PROPERTIES.has('zustandsangaben'); // true
 * ```
 */
export const XPROZESS_HISTORY_PROPERTIES: ReadonlySet<string> = new Set([
  'version',
  'zustandsangaben',
  'abgeloesteProzessklasse',
  '$unknownElements',
  '$unknownAttributes',
]);

/**
 * XProzess properties hidden from level 2 on (descriptive metadata).
 *
 * @example
 * ```ts
 * XPROZESS_DESCRIPTIVE_PROPERTIES.has('schlagwort'); // true
 * ```
 */
export const XPROZESS_DESCRIPTIVE_PROPERTIES: ReadonlySet<string> = new Set([
  'schlagwort',
  'klassifikation',
  'merkmal',
  'handlungsgrundlage',
  'verwaltungspolitischeKodierung',
  'fachlichFreigebendeStelle',
  'herausgeber',
  'definition',
  'beschreibung',
  'prozesssteckbrief',
  'gliederungsebene',
]);

/**
 * XProzess properties hidden at level 3 (labels).
 *
 * @example
 * ```ts
 * XPROZESS_LABEL_PROPERTIES.has('bezeichnung'); // true
 * ```
 */
export const XPROZESS_LABEL_PROPERTIES: ReadonlySet<string> = new Set(['name', 'bezeichnung']);

/**
 * The relevance level of an XProzess property change: 0 history, status and the message header, 1
 * descriptive metadata, 2 names, 3 everything else (process model files, structure description,
 * purpose, form of action, procedure type, activity group content).
 *
 * @example
 * ```ts
 * xprozessPropertyLevel('process', 'prozessmodell'); // 3
 * xprozessPropertyLevel('processClass', 'name'); // 2
 * ```
 */
export function xprozessPropertyLevel(type: string, property: string): Level {
  if (type === 'message' || XPROZESS_HISTORY_PROPERTIES.has(property)) return 0;
  if (XPROZESS_DESCRIPTIVE_PROPERTIES.has(property)) return 1;
  if (XPROZESS_LABEL_PROPERTIES.has(property)) return 2;
  return 3;
}

/**
 * The XProzess {@link DiffProfile}: every property change is `changed`; no derivation relation.
 *
 * @example
 * ```ts
 * const changes = diffTrees(xprozessToTree(a).tree, xprozessToTree(b).tree, xprozessProfile);
 * ```
 */
export const xprozessProfile: DiffProfile = {
  propertyLevel: xprozessPropertyLevel,
  refPropertyLevel: () => 3,
  classifyProperty: () => ({ kind: 'changed' }),
  classifyRefProperty: () => ({ kind: 'changed' }),
  derivedFrom: () => [],
  similarityIgnored: XPROZESS_HISTORY_PROPERTIES,
};
