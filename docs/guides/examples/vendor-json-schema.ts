/**
 * Vendor guide, example 2: turn a Stammdatenschema into a JSON Schema (draft 2020-12) and validate a form
 * submission with it, the way a portal backend would.
 */
import { readFile } from 'node:fs/promises';
import { toJsonSchema } from 'fimkit/jsonschema';
import { parse } from 'fimkit/xdatenfelder/v3';

export async function main(file = 'fixtures/demo/hundesteuer.xdf3.xml') {
  const { value } = parse(await readFile(file));
  if (value === undefined) throw new Error(`${file} is not XDatenfelder 3.0.0`);
  const { value: schema, diagnostics } = toJsonSchema(value);
  return { schema, diagnostics };
}
