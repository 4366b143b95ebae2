/** A strict ajv (JSON Schema 2020-12 + formats) for the JSON Schema tests. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from '../../src/jsonschema/index.js';

// ajv-formats is CommonJS: under NodeNext the default import is the module object or the function.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** A fresh ajv: ajv defaults (strictSchema: unknown keywords fail), all errors, formats from ajv-formats. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Validates a schema against the 2020-12 meta-schema; returns ajv's error messages. */
export function metaSchemaErrors(ajv: Ajv2020, schema: JsonSchema): string[] {
  const ok = ajv.validateSchema(schema as object);
  if (ok === true) return [];
  return (ajv.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
