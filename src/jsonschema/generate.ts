/**
 * XDatenfelder 3.0.0 (and 2.0, through the converter) to JSON Schema 2020-12: groups become objects,
 * fields typed properties, `anzahl` required members or arrays, Auswahlgruppen `oneOf`; every element
 * is defined once in `$defs` under its id (and version).
 *
 * @module
 */
import type { Diagnostic } from '../core/diagnostics.js';
import { type ConvertV2ToV3Options, convertV2ToV3 } from '../xdatenfelder/convert-v2-v3.js';
import type { Xdf2Document } from '../xdatenfelder/v2/index.js';
import type { Datenfeld, Datenfeldgruppe, Regel, Struktur, Xdf3Document } from '../xdatenfelder/v3/index.js';
import { type Context, createContext, definitionName, joinText, refTo } from './context.js';
import { fieldSchema, rulesText } from './field.js';
import type { JsonSchema, JsonSchemaOptions, JsonSchemaResult } from './model.js';

/**
 * The JSON Schema dialect written into `$schema`.
 *
 * @example
 * ```ts
 * schema.$schema === JSON_SCHEMA_DIALECT; // true
 * ```
 */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Cardinality `min:max` of a `struktur` (`max` undefined for `*`).
 *
 * @example
 * ```ts
 * const a: Anzahl = { min: 1, max: undefined }; // 1:*
 * ```
 */
export interface Anzahl {
  readonly min: number;
  readonly max: number | undefined;
}

/**
 * Parses an `AnzahlString` (`0:1`, `1:*`, `2:5`); undefined when malformed.
 *
 * @example
 * ```ts
 * parseAnzahl('1:*'); // { min: 1, max: undefined }
 * ```
 */
export function parseAnzahl(anzahl: string): Anzahl | undefined {
  const m = /^\s*(\d+)\s*:\s*(\d+|\*)\s*$/.exec(anzahl);
  if (m === null) return undefined;
  const min = Number(m[1]);
  const max = m[2] === '*' ? undefined : Number(m[2]);
  return max !== undefined && max < min ? undefined : { min, max };
}

type Element =
  | { readonly kind: 'field'; readonly value: Datenfeld }
  | { readonly kind: 'group'; readonly value: Datenfeldgruppe };

function elementOf(s: Struktur): Element {
  return s.enthaelt.datenfeld !== undefined
    ? { kind: 'field', value: s.enthaelt.datenfeld }
    : { kind: 'group', value: s.enthaelt.datenfeldgruppe };
}

/**
 * The same element used again: drops the diagnostics its schema repeated (they were reported the first
 * time), but keeps conflicts found among its descendants.
 */
function forgetRepeated(ctx: Context, mark: number): void {
  const conflicts = ctx.diagnostics
    .slice(mark)
    .filter((d) => d.code === 'jsonschema/duplicate-definition' || d.code === 'jsonschema/id-collision');
  ctx.diagnostics.splice(mark, ctx.diagnostics.length - mark, ...conflicts);
}

/** Defines an element in `$defs` (once) and returns its name. */
function define(element: Element, ctx: Context): string {
  const ident = element.value.identifikation;
  const preferred = definitionName(ident, ctx.versionsInIds);
  const known = ctx.defOrigins.get(preferred);
  if (known?.source === element.value) return preferred;
  const mark = ctx.diagnostics.length;
  const schema = element.kind === 'field' ? fieldSchema(element.value, ctx) : groupSchema(element.value, ctx);
  const json = JSON.stringify(schema);
  const keep = (name: string): string => {
    ctx.defs.set(name, schema);
    ctx.defOrigins.set(name, { source: element.value, json });
    return name;
  };
  if (known === undefined) return keep(preferred);
  if (known.json === json) {
    forgetRepeated(ctx, mark);
    return preferred;
  }
  if (!ctx.versionsInIds) {
    const versioned = definitionName(ident, true);
    const other = ctx.defOrigins.get(versioned);
    if (versioned !== preferred && other === undefined) {
      ctx.report(
        'warning',
        'id-collision',
        `${preferred} occurs in several versions; this one is named ${versioned}.`,
        element.value,
      );
      return keep(versioned);
    }
    if (other?.json === json) {
      forgetRepeated(ctx, mark);
      return versioned;
    }
  }
  ctx.report(
    'warning',
    'duplicate-definition',
    `${preferred} occurs more than once with different content; the first one is kept.`,
    element.value,
  );
  return preferred;
}

interface Members {
  properties: Record<string, JsonSchema>;
  required: string[];
  choice: string[];
}

function members(struktur: readonly Struktur[], ctx: Context, label: string): Members {
  const out: Members = { properties: {}, required: [], choice: [] };
  for (const s of struktur) {
    const element = elementOf(s);
    let key = define(element, ctx);
    // Static texts (feldart label) carry no data: defined in $defs for form builders, never a member.
    if (element.kind === 'field' && element.value.feldart.code === 'label') continue;
    const ref: JsonSchema = { $ref: refTo(key) };
    if (key in out.properties) {
      let n = 2;
      while (`${key}_${n}` in out.properties) n++;
      ctx.report(
        'warning',
        'duplicate-child',
        `${label} contains ${key} more than once; the repeat is named ${key}_${n}.`,
        s,
      );
      key = `${key}_${n}`;
    }
    let anzahl = parseAnzahl(s.anzahl);
    if (anzahl === undefined) {
      ctx.report(
        'warning',
        'anzahl-invalid',
        `${label}: anzahl "${s.anzahl}" of ${key} is not min:max; read as 0:*.`,
        s,
      );
      anzahl = { min: 0, max: undefined };
    }
    if (anzahl.max === 1) out.properties[key] = ref;
    else {
      const array: JsonSchema = { type: 'array', items: ref, minItems: anzahl.min };
      if (anzahl.max !== undefined) array.maxItems = anzahl.max;
      out.properties[key] = array;
    }
    out.choice.push(key);
    if (anzahl.min >= 1) out.required.push(key);
  }
  return out;
}

function objectSchema(
  head: JsonSchema,
  m: Members,
  isChoice: boolean,
  ctx: Context,
  at: object,
  label: string,
): JsonSchema {
  const schema: JsonSchema = { ...head, type: 'object', properties: m.properties };
  if (isChoice) {
    if (m.choice.length === 0)
      ctx.report('warning', 'empty-choice', `${label} is an Auswahlgruppe without members.`, at);
    else schema.oneOf = m.choice.map((k) => ({ required: [k] }));
  } else if (m.required.length > 0) schema.required = m.required;
  schema.additionalProperties = ctx.additionalProperties;
  return schema;
}

function describe(help: string | undefined, regel: readonly Regel[], ctx: Context): JsonSchema {
  const description = joinText([help, rulesText(regel, ctx.versionsInIds)]);
  return description === undefined ? {} : { description };
}

/** The JSON Schema of one group (the `$defs` entry). */
function groupSchema(group: Datenfeldgruppe, ctx: Context): JsonSchema {
  const label = `Datenfeldgruppe ${definitionName(group.identifikation)}`;
  const isChoice = group.art?.code === 'X';
  if (group.art !== undefined && !isChoice) {
    ctx.report(
      'warning',
      'unknown-gruppenart',
      `${label}: unknown art "${group.art.code}"; treated as a plain group.`,
      group.art,
    );
  }
  const head: JsonSchema = {
    title: group.bezeichnungEingabe.trim(),
    ...describe(group.hilfetextEingabe, group.regel, ctx),
  };
  return objectSchema(head, members(group.struktur, ctx, label), isChoice, ctx, group, label);
}

function rootId(name: string, ctx: Context): string {
  return `${ctx.options.baseUri ?? ''}${name}.schema.json`;
}

function withDefs(root: JsonSchema, ctx: Context): JsonSchema {
  const names = [...ctx.defs.keys()].sort();
  if (names.length === 0) return root;
  const defs: Record<string, JsonSchema> = {};
  for (const n of names) defs[n] = ctx.defs.get(n)!;
  return { ...root, $defs: defs };
}

/**
 * Generates a JSON Schema 2020-12 for an XDatenfelder 3.0.0 Stammdatenschema, Datenfeldgruppe or
 * Datenfeld message. Other messages (Dokumentsteckbrief, Codeliste, Übersetzung) have no form content:
 * the value is undefined, with a `jsonschema/unsupported-message` error.
 *
 * @example
 * ```ts
 * const { value } = parse(readFileSync('schema.xdf.xml'));
 * const { value: schema, diagnostics } = toJsonSchema(value!, { registry });
 * writeFileSync('schema.json', JSON.stringify(schema, null, 2));
 * ```
 */
export function toJsonSchema(doc: Xdf3Document, options: JsonSchemaOptions = {}): JsonSchemaResult {
  const ctx = createContext(options);
  const head = (name: string, title: string): JsonSchema => ({
    $schema: JSON_SCHEMA_DIALECT,
    $id: rootId(name, ctx),
    title: title.trim(),
  });
  if (doc.message === 'xdatenfelder.stammdatenschema.0102') {
    const schema = doc.model.stammdatenschema;
    const name = definitionName(schema.identifikation, ctx.versionsInIds);
    const label = `Stammdatenschema ${name}`;
    const root = objectSchema(
      { ...head(name, schema.bezeichnung), ...describe(schema.hilfetext, schema.regel, ctx) },
      members(schema.struktur, ctx, label),
      false,
      ctx,
      schema,
      label,
    );
    return { value: withDefs(root, ctx), diagnostics: ctx.diagnostics };
  }
  if (doc.message === 'xdatenfelder.datenfeldgruppe.0103') {
    const group = doc.model.datenfeldgruppe;
    const name = definitionName(group.identifikation, ctx.versionsInIds);
    const { title: _title, ...body } = groupSchema(group, ctx);
    return {
      value: withDefs({ ...head(name, group.bezeichnungEingabe), ...body }, ctx),
      diagnostics: ctx.diagnostics,
    };
  }
  if (doc.message === 'xdatenfelder.datenfeld.0104') {
    const field = doc.model.datenfeld;
    const name = definitionName(field.identifikation, ctx.versionsInIds);
    const { title: _title, ...body } = fieldSchema(field, ctx);
    return {
      value: withDefs({ ...head(name, field.bezeichnungEingabe), ...body }, ctx),
      diagnostics: ctx.diagnostics,
    };
  }
  ctx.report(
    'error',
    'unsupported-message',
    `${doc.message} has no form content to describe as a JSON Schema.`,
  );
  return { value: undefined, diagnostics: ctx.diagnostics };
}

/**
 * Options of {@link xdf2ToJsonSchema}: the JSON Schema options plus those of the 2.0 → 3.0.0 converter.
 *
 * @example
 * ```ts
 * const options: Xdf2JsonSchemaOptions = { versionsInIds: false, convert: { unternummernkreis: '000' } };
 * ```
 */
export interface Xdf2JsonSchemaOptions extends JsonSchemaOptions {
  /** Options of `convertV2ToV3`. */
  readonly convert?: ConvertV2ToV3Options;
}

/**
 * Generates a JSON Schema for an XDatenfelder 2.0 document by converting it to 3.0.0 first (ids gain
 * the Unternummernkreis, versions become `x.y.z`). Conversion diagnostics come first. `sourceMap` is
 * not used: positions of the converted model do not point into the 2.0 file.
 *
 * @example
 * ```ts
 * const { value } = v2.parse(readFileSync('S00000009_xdatenfelder.xml'));
 * const { value: schema } = xdf2ToJsonSchema(value!);
 * ```
 */
export function xdf2ToJsonSchema(doc: Xdf2Document, options: Xdf2JsonSchemaOptions = {}): JsonSchemaResult {
  const { convert, sourceMap: _ignored, ...rest } = options;
  const converted = convertV2ToV3(doc, convert ?? {});
  const diagnostics: Diagnostic[] = [...converted.diagnostics];
  if (converted.value === undefined) return { value: undefined, diagnostics };
  const result = toJsonSchema(converted.value, rest);
  return { value: result.value, diagnostics: [...diagnostics, ...result.diagnostics] };
}
