/**
 * Instances generated from the XDatenfelder model are accepted by the generated JSON Schema; breaking
 * one constraint (too long, below range, missing required member, value not in the list) is rejected
 * with the keyword of that constraint.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CodeListRegistry, createCodeListRegistry } from '../../src/codelist/index.js';
import { toJsonSchema, xdf2ToJsonSchema } from '../../src/jsonschema/index.js';
import { convertV2ToV3 } from '../../src/xdatenfelder/convert-v2-v3.js';
import * as v2 from '../../src/xdatenfelder/v2/index.js';
import type { Stammdatenschema, Xdf3Document } from '../../src/xdatenfelder/v3/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { corpusDir, describeShared } from '../support/shared.js';
import { createAjv } from './ajv.js';
import { applySite, instanceArbitrary, sitesOf } from './instance-arbitrary.js';
import { farbeCodeList, kitchenSink } from './synthetic.js';

function stammdatenschema(doc: Xdf3Document | undefined): Stammdatenschema {
  if (doc?.message !== 'xdatenfelder.stammdatenschema.0102') throw new Error('not a Stammdatenschema');
  return doc.model.stammdatenschema;
}

function check(
  doc: Xdf3Document,
  schemaDoc: Xdf3Document | undefined,
  registry: CodeListRegistry | undefined,
  numRuns: number,
) {
  const generated = toJsonSchema(schemaDoc ?? doc, registry === undefined ? {} : { registry });
  const validate: ValidateFunction = createAjv().compile(generated.value as object);
  const struktur = stammdatenschema(doc).struktur;
  const kinds = new Set<string>();
  fc.assert(
    fc.property(instanceArbitrary(struktur, registry), fc.nat(), (instance, pick) => {
      const valid = validate(instance);
      expect(validate.errors ?? [], JSON.stringify(instance).slice(0, 500)).toEqual([]);
      expect(valid).toBe(true);
      const sites = sitesOf(struktur, false, instance);
      if (sites.length === 0) return;
      const site = sites[pick % sites.length]!;
      kinds.add(site.kind);
      const broken = applySite(instance, site);
      expect(validate(broken), `${site.kind} at ${site.path.join('/')}`).toBe(false);
      expect(validate.errors?.map((e) => e.keyword)).toContain(site.keyword);
    }),
    { numRuns },
  );
  return kinds;
}

describe('instances of a hand-built schema', () => {
  it('are accepted, and every kind of broken constraint is rejected', () => {
    const registry = createCodeListRegistry([farbeCodeList()]);
    const kinds = check(kitchenSink(), undefined, registry, 300);
    expect([...kinds].sort()).toEqual(['below-range', 'missing-required', 'not-in-list', 'too-long']);
  });
});

describeShared('instances of corpus schemas', () => {
  // Small and mid-sized schemas with nested groups, arrays, value lists, ranges and patterns.
  const xdf3 = [
    'xdatenfelder3/bund-t-prototype/S00000000364/schema.xdf.xml',
    'xdatenfelder3/bund-t-prototype/S00000000377/schema.xdf.xml',
    'xdatenfelder3/bund-t-prototype/S07000000257/schema.xdf.xml',
  ];
  it.each(xdf3)('%s', (file) => {
    const doc = v3.parse(readFileSync(path.join(corpusDir, file))).value!;
    const kinds = check(doc, undefined, undefined, 40);
    expect(kinds.size).toBeGreaterThan(0);
  });

  it('a converted XDatenfelder 2.0 schema', () => {
    const doc = v2.parse(
      readFileSync(path.join(corpusDir, 'xdatenfelder2/glykon/S00000009_xdatenfelder.xml')),
    ).value!;
    // The instances follow the converted model; the schema comes from xdf2ToJsonSchema on the 2.0 model.
    const converted = convertV2ToV3(doc).value!;
    const fromV2 = xdf2ToJsonSchema(doc).value;
    expect(fromV2).toEqual(toJsonSchema(converted).value);
    check(converted, undefined, undefined, 40);
  });
});
