/** Arbitrary XSD-valid XDatenfelder 3.0.0 documents never make the generator throw or emit an invalid schema. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toJsonSchema } from '../../src/jsonschema/index.js';
import { documentArbitrary } from '../xdatenfelder/v3/arbitraries.js';
import { createAjv, metaSchemaErrors } from './ajv.js';

const ajv = createAjv();

describe('toJsonSchema on arbitrary documents', () => {
  test.prop(
    [
      fc.oneof(
        documentArbitrary('xdatenfelder.stammdatenschema.0102', 3),
        documentArbitrary('xdatenfelder.datenfeldgruppe.0103', 3),
        documentArbitrary('xdatenfelder.datenfeld.0104', 2),
      ),
      fc.boolean(),
      fc.boolean(),
    ],
    { numRuns: 40 },
  )('passes the 2020-12 meta-schema and compiles', (doc, versionsInIds, additionalProperties) => {
    const { value, diagnostics } = toJsonSchema(doc, { versionsInIds, additionalProperties });
    expect(value).toBeDefined();
    expect(metaSchemaErrors(ajv, value!)).toEqual([]);
    expect(() => ajv.compile(value as object)).not.toThrow();
    ajv.removeSchema();
    for (const d of diagnostics) expect(d.code).toMatch(/^jsonschema\/[a-z-]+$/);
  });
});
