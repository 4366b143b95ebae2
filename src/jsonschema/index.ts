/**
 * JSON Schema 2020-12 export of XDatenfelder schemas for form vendors (FIT-Connect and others).
 *
 * @example
 * ```ts
 * import { toJsonSchema } from 'fimkit/jsonschema';
 * const { value: schema, diagnostics } = toJsonSchema(doc, { registry, codeLists: 'reference' });
 * ```
 *
 * @module
 */
export { definitionName } from './context.js';
export { TIME_PATTERN } from './field.js';
export {
  type Anzahl,
  JSON_SCHEMA_DIALECT,
  parseAnzahl,
  toJsonSchema,
  type Xdf2JsonSchemaOptions,
  xdf2ToJsonSchema,
} from './generate.js';
export type { JsonSchema, JsonSchemaOptions, JsonSchemaResult } from './model.js';
export { type PatternProblem, type PatternTranslation, translateXsdPattern } from './pattern.js';
