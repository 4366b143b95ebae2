import { describe, expect, it } from 'vitest';
import { createCodeListRegistry } from '../../src/codelist/index.js';
import {
  definitionName,
  type JsonSchema,
  parseAnzahl,
  TIME_PATTERN,
  toJsonSchema,
} from '../../src/jsonschema/index.js';
import type { Xdf3Document } from '../../src/xdatenfelder/v3/index.js';
import { createAjv, metaSchemaErrors } from './ajv.js';
import {
  child,
  farbeCodeList,
  field,
  group,
  kitchenSink,
  praezisierung,
  schemaDocument,
} from './synthetic.js';

function generate(doc: Xdf3Document = kitchenSink(), options: Parameters<typeof toJsonSchema>[1] = {}) {
  const result = toJsonSchema(doc, options);
  expect(result.value).toBeDefined();
  return { schema: result.value!, diagnostics: result.diagnostics, defs: result.value!.$defs ?? {} };
}

const codes = (s: JsonSchema | undefined) => s?.oneOf?.map((o) => o.const);

describe('toJsonSchema on a hand-built schema', () => {
  it('writes the root with dialect, id with version, label and help text', () => {
    const { schema } = generate();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('S99000000001V1.2.0.schema.json');
    expect(schema.title).toBe('Antrag auf Test');
    expect(schema.description).toBe('Hilfe zum Antrag');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  it('turns anzahl into required members and arrays', () => {
    const { schema } = generate();
    const props = schema.properties!;
    expect(props['F00000000002V1.0.0']).toEqual({ $ref: '#/$defs/F00000000002V1.0.0' });
    expect(props['G00000000001V2.0.0']).toEqual({
      type: 'array',
      items: { $ref: '#/$defs/G00000000001V2.0.0' },
      minItems: 1,
    });
    expect(props['G00000000003V2.0.0']).toEqual({
      type: 'array',
      items: { $ref: '#/$defs/G00000000003V2.0.0' },
      minItems: 2,
      maxItems: 3,
    });
    expect(props['F00000000009V1.0.0']).toMatchObject({ type: 'array', minItems: 0, maxItems: 3 });
    // 1:* and 1:1 and 2:3 members are required, 0:n members are not; the static text is no member.
    expect(new Set(schema.required)).toEqual(
      new Set([
        'F00000000002V1.0.0',
        'F00000000005V1.0.0',
        'F00000000008V1.0.0',
        'F00000000010V1.0.0',
        'G00000000001V2.0.0',
        'G00000000003V2.0.0',
        'G00000000002V2.0.0',
      ]),
    );
    expect(props['F00000000012V1.0.0']).toBeUndefined();
  });

  it('maps data types, formats and praezisierung', () => {
    const { defs } = generate();
    expect(defs['F00000000001V1.0.0']).toEqual({
      title: 'Postleitzahl',
      description: 'Fünf Ziffern',
      type: 'string',
      minLength: 5,
      maxLength: 5,
      pattern: '^(?:([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3})$',
    });
    expect(defs['F00000000003V1.0.0']).toMatchObject({ type: 'integer', minimum: 18, maximum: 120 });
    expect(defs['F00000000004V1.0.0']).toMatchObject({ type: 'number', minimum: 0.5 });
    expect(defs['F00000000005V1.0.0']).toMatchObject({ type: 'string', format: 'date' });
    expect(defs['F00000000006V1.0.0']).toMatchObject({ type: 'string', format: 'date-time' });
    expect(defs['F00000000007V1.0.0']).toMatchObject({ type: 'string', pattern: TIME_PATTERN });
    expect(defs['F00000000008V1.0.0']).toMatchObject({ type: 'boolean' });
  });

  it('annotates file fields with media type and a base64 length bound from maxSize', () => {
    const { defs } = generate();
    const anlage = defs['F00000000009V1.0.0']!;
    expect(anlage).toMatchObject({
      type: 'string',
      contentEncoding: 'base64',
      contentMediaType: 'application/pdf',
    });
    // 3000 bytes are 1000 groups of 3 bytes, each 4 base64 characters.
    expect(anlage.maxLength).toBe(4000);
    expect(anlage.description).toContain('3000 Bytes');
  });

  it('lists Werteliste values with titles and resolves code lists through the registry', () => {
    const registry = createCodeListRegistry([farbeCodeList()]);
    const { defs } = generate(kitchenSink(), { registry });
    expect(defs['F00000000010V1.0.0']!.oneOf).toEqual([
      { const: '01', title: 'Frau' },
      { const: '02', title: 'Herr', description: 'männlich' },
    ]);
    expect(defs['F00000000011V1.0.0']!.oneOf).toEqual([
      { const: 'r', title: 'rot' },
      { const: 'g', title: 'grün' },
      { const: 'b', title: 'blau' },
    ]);
  });

  it('references code lists once in reference mode', () => {
    const registry = createCodeListRegistry([farbeCodeList()]);
    const { defs } = generate(kitchenSink(), { registry, codeLists: 'reference' });
    const farbe = defs['F00000000011V1.0.0']!;
    expect(farbe.oneOf).toBeUndefined();
    expect(farbe.$ref).toBe('#/$defs/CL_urn:example:farbe_1');
    expect(codes(defs['CL_urn:example:farbe_1'])).toEqual(['r', 'g', 'b']);
  });

  it('leaves unresolvable code lists as strings, with a diagnostic', () => {
    const without = generate();
    expect(without.defs['F00000000011V1.0.0']).toMatchObject({ type: 'string' });
    expect(without.diagnostics.map((d) => d.code)).toContain('jsonschema/codelist-not-inlined');
    const empty = generate(kitchenSink(), { registry: createCodeListRegistry([]) });
    expect(empty.diagnostics.find((d) => d.code === 'jsonschema/codelist-unresolved')?.severity).toBe(
      'warning',
    );
  });

  it('turns an Auswahlgruppe into oneOf over its members and carries rules as description', () => {
    const { defs } = generate();
    const kontakt = defs['G00000000002V2.0.0']!;
    expect(kontakt.oneOf).toEqual([
      { required: ['F00000000014V1.0.0'] },
      { required: ['F00000000015V1.0.0'] },
    ]);
    expect(kontakt.required).toBeUndefined();
    expect(kontakt.description).toContain(
      'Regel R00000000001V1.0.0 (Eins von beiden): Telefon oder E-Mail angeben.',
    );
  });

  it('keeps static texts as read-only definitions with their text', () => {
    const { defs } = generate();
    expect(defs['F00000000012V1.0.0']).toEqual({
      title: 'Hinweis',
      description: 'Bitte lesen.',
      readOnly: true,
    });
  });

  it('defines a shared element once', () => {
    const { defs } = generate();
    // Telefon sits in Anschrift and in Kontakt; Name in the root and in Kind.
    expect(Object.keys(defs).filter((k) => k.startsWith('F00000000014'))).toEqual(['F00000000014V1.0.0']);
    expect(Object.keys(defs).filter((k) => k.startsWith('F00000000002'))).toEqual(['F00000000002V1.0.0']);
  });

  it('leaves versions out on request and opens objects on request', () => {
    const { schema, defs } = generate(kitchenSink(), {
      versionsInIds: false,
      additionalProperties: true,
      baseUri: 'https://x.test/',
    });
    expect(schema.$id).toBe('https://x.test/S99000000001.schema.json');
    expect(schema.properties!.F00000000002).toEqual({ $ref: '#/$defs/F00000000002' });
    expect(schema.additionalProperties).toBe(true);
    expect(defs.G00000000001!.additionalProperties).toBe(true);
  });

  it('names a second version of an id with its version when versions are left out', () => {
    const a = field('F00000000020', 'A');
    const b = { ...field('F00000000020', 'B'), identifikation: { id: 'F00000000020', version: '2.0.0' } };
    const { defs, diagnostics } = generate(
      schemaDocument([child('1:1', a), child('1:1', group('G00000000020', 'G', [child('1:1', b)]))]),
      {
        versionsInIds: false,
      },
    );
    expect(defs.F00000000020!.title).toBe('A');
    expect(defs['F00000000020V2.0.0']!.title).toBe('B');
    expect(diagnostics.map((d) => d.code)).toContain('jsonschema/id-collision');
  });

  it('reports problems instead of throwing', () => {
    const bad = field('F00000000030', 'Bad', {
      praezisierung: praezisierung({ minLength: 'x', maxLength: '3', pattern: '[a-z-[aeiou]]+' }),
    });
    const { defs, diagnostics } = generate(schemaDocument([child('1:n', bad), child('1:1', bad)]));
    expect(defs['F00000000030V1.0.0']).toMatchObject({ type: 'string', maxLength: 3 });
    expect(defs['F00000000030V1.0.0']!.pattern).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'jsonschema/praezisierung-invalid',
        'jsonschema/pattern-untranslatable',
        'jsonschema/anzahl-invalid',
        'jsonschema/duplicate-child',
      ]),
    );
  });

  it('describes a Datenfeldgruppe message and refuses messages without form content', () => {
    const g = group('G00000000040', 'Gruppe', [child('1:1', field('F00000000040', 'Feld'))]);
    const r = toJsonSchema({
      message: 'xdatenfelder.datenfeldgruppe.0103',
      model: {
        header: { nachrichtID: 'x', erstellungszeitpunkt: '2024-01-01T00:00:00Z' },
        datenfeldgruppe: g,
      },
    });
    expect(r.value).toMatchObject({
      $id: 'G00000000040V2.0.0.schema.json',
      title: 'Gruppe',
      required: ['F00000000040V1.0.0'],
    });
    const none = toJsonSchema({
      message: 'xdatenfelder.codeliste.0105',
      model: { header: { nachrichtID: 'x', erstellungszeitpunkt: '2024-01-01T00:00:00Z' }, genericode: {} },
    });
    expect(none.value).toBeUndefined();
    expect(none.diagnostics[0]?.code).toBe('jsonschema/unsupported-message');
  });

  it('produces schemas that pass the 2020-12 meta-schema in every option combination', () => {
    const ajv = createAjv();
    const registry = createCodeListRegistry([farbeCodeList()]);
    for (const codeLists of ['inline', 'reference'] as const) {
      for (const versionsInIds of [true, false]) {
        const { schema } = generate(kitchenSink(), { registry, codeLists, versionsInIds });
        expect(metaSchemaErrors(ajv, schema)).toEqual([]);
        expect(() => ajv.compile(schema as object)).not.toThrow();
        ajv.removeSchema();
      }
    }
  });
});

describe('parseAnzahl and definitionName', () => {
  it('reads min:max with * as unbounded and rejects malformed counts', () => {
    expect(parseAnzahl('0:1')).toEqual({ min: 0, max: 1 });
    expect(parseAnzahl('1:*')).toEqual({ min: 1, max: undefined });
    expect(parseAnzahl('3:2')).toBeUndefined();
    expect(parseAnzahl('1')).toBeUndefined();
  });

  it('joins id and version with V', () => {
    expect(definitionName({ id: 'F1', version: '1.0.0' })).toBe('F1V1.0.0');
    expect(definitionName({ id: 'F1' })).toBe('F1');
    expect(definitionName({ id: 'F1', version: '1.0.0' }, false)).toBe('F1');
  });
});
