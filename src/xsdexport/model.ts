/**
 * The intermediate model of an exported XML Schema: named simple types (fields), named complex types
 * (groups and the schema) and the root element. {@link exportXsd} fills it, `writeXsd` serialises it and
 * `sampleInstance` walks it, so that the schema and its sample instance cannot drift apart.
 *
 * @module
 */

import type { CodeListRegistry } from '../codelist/index.js';
import type { SourceMap } from '../core/binding/index.js';
import type { Diagnostic } from '../core/diagnostics.js';

/**
 * A constraining facet of a simple type, in the order XSD lists them.
 *
 * @example
 * ```ts
 * const f: XsdFacet = { name: 'maxLength', value: '50' };
 * ```
 */
export interface XsdFacet {
  readonly name: 'minLength' | 'maxLength' | 'pattern' | 'minInclusive' | 'maxInclusive' | 'fractionDigits';
  readonly value: string;
}

/**
 * One `xs:enumeration` value with its label (written as documentation).
 *
 * @example
 * ```ts
 * const e: XsdEnumeration = { value: '000', label: 'deutsch' };
 * ```
 */
export interface XsdEnumeration {
  readonly value: string;
  readonly label?: string;
}

/**
 * A named simple type: one per field id + version.
 *
 * @example
 * ```ts
 * const t: XsdSimpleType = { name: 'F60000000243V1.2.0', base: 'xs:string', facets: [], enumeration: [], documentation: ['Vorname'] };
 * ```
 */
export interface XsdSimpleType {
  readonly name: string;
  /** A built-in type (`xs:string`, `xs:date`, …). */
  readonly base: string;
  readonly facets: readonly XsdFacet[];
  readonly enumeration: readonly XsdEnumeration[];
  readonly documentation: readonly string[];
}

/**
 * One element particle of a complex type.
 *
 * @example
 * ```ts
 * const p: XsdParticle = { name: 'F60000000243', type: 'F60000000243V1.2.0', kind: 'simple', minOccurs: 1, maxOccurs: 1, documentation: ['Vorname'] };
 * ```
 */
export interface XsdParticle {
  /** Element name: the element id (with a `_2`, `_3` … suffix when it repeats inside one content model). */
  readonly name: string;
  /** Name of the simple or complex type. */
  readonly type: string;
  readonly kind: 'simple' | 'complex';
  readonly minOccurs: number;
  readonly maxOccurs: number | 'unbounded';
  readonly documentation: readonly string[];
}

/**
 * A named complex type: one per group id + version (and one for the schema).
 *
 * @example
 * ```ts
 * const t: XsdComplexType = { name: 'G60000000088V1.0.0', compositor: 'sequence', particles: [], documentation: [] };
 * ```
 */
export interface XsdComplexType {
  readonly name: string;
  /** `choice` for Auswahlgruppen (`art` X). */
  readonly compositor: 'sequence' | 'choice';
  readonly particles: readonly XsdParticle[];
  readonly documentation: readonly string[];
}

/**
 * The whole exported schema.
 *
 * @example
 * ```ts
 * const { value } = exportXsd(doc);
 * value?.model.root.name; // 'S00000000362'
 * ```
 */
export interface XsdModel {
  readonly targetNamespace: string;
  /** The global element. */
  readonly root: XsdParticle;
  readonly complexTypes: ReadonlyMap<string, XsdComplexType>;
  readonly simpleTypes: ReadonlyMap<string, XsdSimpleType>;
}

/**
 * Options of {@link exportXsd}.
 *
 * @example
 * ```ts
 * const options: XsdExportOptions = { registry, targetNamespace: 'urn:example:antrag' };
 * ```
 */
export interface XsdExportOptions {
  /** Code lists to turn `codelisteReferenz` into enumerations. */
  readonly registry?: CodeListRegistry;
  /** Target namespace (default `urn:fimkit:xsdexport:<id>V<version>`). */
  readonly targetNamespace?: string;
  /** Positions of the model's objects, to place diagnostics. */
  readonly sourceMap?: SourceMap;
}

/**
 * The result of {@link exportXsd}: the XSD text and the model it was written from.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = exportXsd(doc);
 * if (value) writeFileSync('schema.xsd', value.xsd);
 * ```
 */
export interface XsdExport {
  readonly xsd: string;
  readonly model: XsdModel;
}

/**
 * `{ value, diagnostics }` of an export; `value` is undefined when the message has no schema, group or
 * field to export.
 *
 * @example
 * ```ts
 * const r: XsdExportResult = exportXsd(doc);
 * ```
 */
export interface XsdExportResult {
  readonly value: XsdExport | undefined;
  readonly diagnostics: readonly Diagnostic[];
}
