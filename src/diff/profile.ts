/**
 * What an artefact adapter tells the generic engine: relevance levels per property, how property
 * changes are classified, and which relations mark a derived element.
 *
 * @module
 */
import type { ChangeKind, Json, KeyedNode, Level, ValueDetails } from './model.js';

/**
 * A classified property change.
 *
 * @example
 * ```ts
 * const c: Classified = { kind: 'constraintNarrowed' };
 * ```
 */
export interface Classified {
  readonly kind: ChangeKind;
  readonly values?: ValueDetails;
}

/**
 * The artefact-specific knowledge the engine needs. Adapters (XDatenfelder now, XZuFi and XProzess
 * later) supply one.
 *
 * @example
 * ```ts
 * const profile: DiffProfile = {
 *   propertyLevel: () => 3, refPropertyLevel: () => 3,
 *   classifyProperty: () => ({ kind: 'changed' }), classifyRefProperty: () => ({ kind: 'changed' }),
 *   derivedFrom: () => [], similarityIgnored: new Set(),
 * };
 * ```
 */
export interface DiffProfile {
  /** Relevance level of a change of `property` on an element of `type`. */
  propertyLevel(type: string, property: string): Level;
  /** Relevance level of a change of a reference property in `slot`. */
  refPropertyLevel(slot: string, property: string): Level;
  /** Classifies a property change (default kind: `changed`). */
  classifyProperty(
    node: KeyedNode,
    property: string,
    before: Json | undefined,
    after: Json | undefined,
  ): Classified;
  /** Classifies a reference property change (cardinality). */
  classifyRefProperty(
    slot: string,
    property: string,
    before: Json | undefined,
    after: Json | undefined,
  ): Classified;
  /** The elements `node` says it is derived from (XDatenfelder 3: `relation` ABL). */
  derivedFrom(node: KeyedNode): readonly { readonly id: string; readonly version?: string }[];
  /** Properties left out of the structural similarity score (history, status). */
  readonly similarityIgnored: ReadonlySet<string>;
}
