/**
 * Real files: every corpus XDF3 schema and every converted XDF2 schema yields a JSON Schema that passes
 * the 2020-12 meta-schema and compiles in ajv; the 10 schemas FIM-XSLT exported agree with its output
 * on properties, required sets and constraints, except for the differences docs/json-schema.md lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { type JsonSchema, toJsonSchema, xdf2ToJsonSchema } from '../../src/jsonschema/index.js';
import * as v2 from '../../src/xdatenfelder/v2/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { corpusFiles, describeShared, sharedDir } from '../support/shared.js';
import { createAjv, metaSchemaErrors } from './ajv.js';

const oracleDir = path.join(sharedDir, 'oracle/fim-xslt/jsonschema');
const FORM_MESSAGES = new Set([
  'xdatenfelder.stammdatenschema.0102',
  'xdatenfelder.datenfeldgruppe.0103',
  'xdatenfelder.datenfeld.0104',
]);

interface Generated {
  readonly file: string;
  readonly message: string;
  readonly schema: JsonSchema | undefined;
}

function relative(file: string): string {
  return path.relative(path.join(sharedDir, '..'), file);
}

describeShared('JSON Schema export over the corpus', () => {
  const v3Results: Generated[] = [];
  const v2Results: Generated[] = [];

  beforeAll(() => {
    // Parsed once here (about 77 MB of XML); every test below reads these results.
    for (const file of corpusFiles('xdatenfelder3')) {
      const parsed = v3.parse(readFileSync(file));
      if (parsed.value === undefined) continue;
      v3Results.push({ file, message: parsed.value.message, schema: toJsonSchema(parsed.value).value });
    }
    for (const file of corpusFiles('xdatenfelder2')) {
      const parsed = v2.parse(readFileSync(file));
      if (parsed.value === undefined) continue;
      v2Results.push({ file, message: parsed.value.message, schema: xdf2ToJsonSchema(parsed.value).value });
    }
  });

  it('covers the corpus', () => {
    expect(v3Results.length).toBe(corpusFiles('xdatenfelder3').length);
    expect(v2Results.length).toBe(corpusFiles('xdatenfelder2').length);
  });

  it('yields a valid, compilable 2020-12 schema for every XDF3 and converted XDF2 form message', () => {
    const ajv = createAjv();
    const failures: string[] = [];
    let checked = 0;
    for (const r of [...v3Results, ...v2Results]) {
      if (!FORM_MESSAGES.has(r.message)) {
        expect(r.schema, r.file).toBeUndefined();
        continue;
      }
      if (r.schema === undefined) {
        failures.push(`${relative(r.file)}: no schema`);
        continue;
      }
      const errors = metaSchemaErrors(ajv, r.schema);
      if (errors.length > 0) failures.push(`${relative(r.file)}: ${errors.slice(0, 3).join('; ')}`);
      else {
        ajv.compile(r.schema as object);
        ajv.removeSchema();
      }
      checked++;
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('agrees with FIM-XSLT on properties, required sets and constraints', () => {
    const index = JSON.parse(readFileSync(path.join(oracleDir, 'index.json'), 'utf8')) as Record<
      string,
      { input: string; schema: string }
    >;
    expect(Object.keys(index)).toHaveLength(10);
    const differences: string[] = [];
    for (const [key, entry] of Object.entries(index)) {
      const oracle = JSON.parse(readFileSync(path.join(oracleDir, entry.schema), 'utf8')) as OracleSchema;
      const mine = v3Results.find((r) => relative(r.file) === entry.input)?.schema;
      expect(mine, key).toBeDefined();
      expect(mine!.$id).toBe(oracle.$id);
      const od = oracle.$defs ?? {};
      const md = mine!.$defs ?? {};
      expect(Object.keys(md).sort(), key).toEqual(Object.keys(od).sort());
      compare(`${key} root`, oracle, mine!, differences);
      for (const name of Object.keys(od)) compare(`${key} ${name}`, od[name]!, md[name]!, differences);
    }
    expect(differences).toEqual([]);
  });
});

interface OracleSchema {
  readonly [keyword: string]: unknown;
  readonly $defs?: Record<string, OracleSchema>;
  readonly properties?: Record<string, OracleSchema>;
  readonly items?: OracleSchema;
  readonly oneOf?: readonly OracleSchema[];
  readonly required?: readonly string[];
  readonly pattern?: string;
}

const SAME = [
  'type',
  'minLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'additionalProperties',
] as const;

/**
 * Compares one oracle schema object with ours. Allowed (documented) differences: our patterns are
 * anchored, a trailing "$" is read as an anchor and edge hyphens in classes are escaped; we add
 * `format` to date and date-time fields; file fields get a `maxLength` derived from `maxSize`.
 */
function compare(where: string, oracle: OracleSchema, mine: JsonSchema, out: string[]): void {
  const record = mine as unknown as Record<string, unknown>;
  for (const k of SAME) {
    if (JSON.stringify(oracle[k]) !== JSON.stringify(record[k])) {
      out.push(`${where}: ${k} ${JSON.stringify(oracle[k])} vs ${JSON.stringify(record[k])}`);
    }
  }
  if (oracle.maxLength !== mine.maxLength && mine.contentEncoding !== 'base64') {
    out.push(`${where}: maxLength ${String(oracle.maxLength)} vs ${String(mine.maxLength)}`);
  }
  if (oracle.format !== undefined && oracle.format !== mine.format) out.push(`${where}: format`);
  if (mine.format !== undefined && !['date', 'date-time'].includes(mine.format)) out.push(`${where}: format`);
  const expectedPattern =
    oracle.pattern === undefined ? undefined : `^(?:${oracle.pattern.replace(/\$$/, '')})$`;
  const minePattern = mine.pattern?.replace(/\\-/g, '-');
  if (expectedPattern !== minePattern) out.push(`${where}: pattern ${expectedPattern} vs ${minePattern}`);
  const consts = (list: readonly object[] | undefined) =>
    JSON.stringify((list ?? []).map((o) => (o as { const?: unknown }).const).filter((c) => c !== undefined));
  if (consts(oracle.oneOf) !== consts(mine.oneOf)) out.push(`${where}: oneOf codes differ`);
  const keys = (o: object | undefined) => JSON.stringify(Object.keys(o ?? {}).sort());
  if (keys(oracle.properties) !== keys(mine.properties)) out.push(`${where}: properties differ`);
  if (
    JSON.stringify([...(oracle.required ?? [])].sort()) !== JSON.stringify([...(mine.required ?? [])].sort())
  ) {
    out.push(`${where}: required differs`);
  }
  for (const [k, o] of Object.entries(oracle.properties ?? {})) {
    const m = mine.properties?.[k];
    if (m !== undefined) compare(`${where}/${k}`, o, m, out);
  }
  if (oracle.items !== undefined && mine.items !== undefined)
    compare(`${where}/items`, oracle.items, mine.items, out);
}
