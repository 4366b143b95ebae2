/**
 * Types of the JSON Schema generator: the emitted schema shape, the options and the result.
 *
 * @module
 */
import type { CodeListRegistry } from '../codelist/index.js';
import type { SourceMap } from '../core/binding/index.js';
import type { Result } from '../core/diagnostics.js';

/**
 * A JSON Schema 2020-12 object as fimkit emits it (only the keywords the generator writes).
 *
 * @example
 * ```ts
 * const s: JsonSchema = { type: 'string', minLength: 1, maxLength: 55 };
 * ```
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $comment?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  const?: string;
  default?: string | number | boolean;
  readOnly?: boolean;
  contentEncoding?: string;
  contentMediaType?: string;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  oneOf?: JsonSchema[];
}

/**
 * Options of {@link toJsonSchema}.
 *
 * @example
 * ```ts
 * const options: JsonSchemaOptions = { registry, codeLists: 'reference', versionsInIds: false };
 * ```
 */
export interface JsonSchemaOptions {
  /** Code lists for `codelisteReferenz` fields; without it (or when a list is missing) they stay plain strings. */
  readonly registry?: CodeListRegistry;
  /**
   * `inline` (default): every field carries its code list's values; `reference`: each code list is one
   * `$defs` entry that fields `$ref`.
   */
  readonly codeLists?: 'inline' | 'reference';
  /** Put element versions into `$defs` names, property names and `$id` (`F60000000243V1.2.0`). Default true. */
  readonly versionsInIds?: boolean;
  /** `additionalProperties` of every object: false (default) rejects unknown members. */
  readonly additionalProperties?: boolean;
  /** Prefix of the root `$id` (`https://example.org/schemas/`). Default: none (a relative id). */
  readonly baseUri?: string;
  /** Source map from `parse`, to place diagnostics at line and column. */
  readonly sourceMap?: SourceMap;
}

/**
 * The result of {@link toJsonSchema}: the schema (undefined for messages without form content) and
 * diagnostics with codes `jsonschema/<problem>`.
 *
 * @example
 * ```ts
 * const { value, diagnostics }: JsonSchemaResult = toJsonSchema(doc);
 * ```
 */
export type JsonSchemaResult = Result<JsonSchema>;
