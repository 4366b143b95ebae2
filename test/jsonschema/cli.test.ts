/** `fimkit json-schema`, run in-process through its command object (main.ts registers it separately). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { command } from '../../src/cli/json-schema.js';
import { buildCodeList } from '../../src/codelist/index.js';
import { type JsonSchema, toJsonSchema } from '../../src/jsonschema/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { repoRoot } from '../support/shared.js';
import { farbeCodeList, kitchenSink } from './synthetic.js';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd,
    isTTY: false,
  };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

describe('fimkit json-schema', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fimkit-jsonschema-'));
    writeFileSync(path.join(dir, 'schema.xdf.xml'), v3.build(kitchenSink(), { indent: '  ' }));
    writeFileSync(path.join(dir, 'farbe.xml'), buildCodeList(farbeCodeList()));
  });

  it('prints the schema the library generates for the parsed file', async () => {
    const r = await run(['schema.xdf.xml'], dir);
    const expected = toJsonSchema(v3.parse(readFileSync(path.join(dir, 'schema.xdf.xml'))).value!).value;
    expect(JSON.parse(r.stdout)).toEqual(expected);
    // The code list is not inlined without --codelists: an info diagnostic on stderr, with its line.
    expect(r.stderr).toMatch(/schema\.xdf\.xml: +\d+:\d+ +info +jsonschema\/codelist-not-inlined/);
    expect(r.code).toBe(0);
  });

  it('inlines code lists from --codelists and writes to -o', async () => {
    const r = await run(['schema.xdf.xml', '--codelists', '.', '-o', 'out.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const schema = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as JsonSchema;
    expect(schema.$defs?.['F00000000011V1.0.0']?.oneOf?.map((o) => o.const)).toEqual(['r', 'g', 'b']);
  });

  it('applies --no-versions, --open, --code-lists reference and --format json', async () => {
    const r = await run(
      [
        'schema.xdf.xml',
        '--codelists',
        '.',
        '--no-versions',
        '--open',
        '--code-lists',
        'reference',
        '--format',
        'json',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as { file: string; schema: JsonSchema; diagnostics: unknown[] };
    expect(record.file).toBe('schema.xdf.xml');
    expect(record.schema.$id).toBe('S99000000001.schema.json');
    expect(record.schema.additionalProperties).toBe(true);
    expect(record.schema.$defs?.F00000000011?.$ref).toBe('#/$defs/CL_urn:example:farbe_1');
  });

  it('converts an XDatenfelder 2.0 file first', async () => {
    const r = await run([path.join(repoRoot, 'fixtures/xdatenfelder/v2/valid-datenfeld-0104.xml')], dir);
    expect(r.code).toBeLessThan(2);
    const schema = JSON.parse(r.stdout) as JsonSchema;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Converted ids gain the Unternummernkreis 000 after the third character.
    expect(schema.$id).toMatch(/^F\d{2}000/);
  });

  it('exits 2 on usage errors, unreadable input and messages without form content', async () => {
    expect((await run([], dir)).code).toBe(2);
    expect((await run(['schema.xdf.xml', '--code-lists', 'both'], dir)).code).toBe(2);
    expect((await run(['schema.xdf.xml', '--format', 'xml'], dir)).code).toBe(2);
    expect((await run(['schema.xdf.xml', '--codelists', 'no-such-dir'], dir)).code).toBe(2);
    expect((await run(['missing.xml'], dir)).code).toBe(2);
    const codeliste = await run([path.join(repoRoot, 'fixtures/xdatenfelder/v2/codeliste-0105.xml')], dir);
    expect(codeliste.code).toBe(2);
    expect(codeliste.stdout).toBe('');
  });

  it('shows its help', async () => {
    const r = await run(['--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: fimkit json-schema <file> [--codelists DIR] [-o FILE]');
  });
});
