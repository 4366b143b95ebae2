/** The JSON of `fimkit plan` and `fimkit reuse` against the schemas documented in docs/report-formats.md. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import type { CliIo } from '../../src/cli/io.js';
import { command as plan } from '../../src/cli/plan.js';
import { command as reuse } from '../../src/cli/reuse.js';
import { createAjv, metaSchemaErrors } from '../jsonschema/ajv.js';
import { repoRoot } from '../support/shared.js';

const text = readFileSync(path.join(repoRoot, 'docs/report-formats.md'), 'utf8');
const ajv = createAjv();
const schemas = [...text.matchAll(/<!-- schema: ([a-z-]+) -->\n```json\n([\s\S]*?)\n```/g)].map(
  (m) => JSON.parse(m[2] ?? '') as Record<string, unknown>,
);
for (const s of schemas) ajv.addSchema(s);
const errors = (name: string, value: unknown) => {
  const v = ajv.getSchema(`https://fimkit.dev/schemas/${name}.json`);
  if (v === undefined) throw new Error(`no schema ${name}`);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

/** Runs a command in-process and parses its stdout as one JSON document. */
async function json(cmd: Command, args: string[]): Promise<unknown> {
  let stdout = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => true },
    env: {},
    cwd: repoRoot,
    isTTY: false,
  };
  await cmd.run([...args, '--format', 'json'], io);
  return JSON.parse(stdout);
}

describe('documented JSON of plan and reuse', () => {
  it('the schemas are valid JSON Schema 2020-12', () => {
    for (const s of schemas) expect(metaSchemaErrors(ajv, s)).toEqual([]);
  });

  it('fimkit plan --format json: the demo (texts done) and a descriptor with unusable files', async () => {
    const demo = (await json(plan, ['fixtures/demo/harmonisation/projekt.yaml'])) as Record<string, unknown>;
    expect(Object.keys(demo)).toEqual(
      expect.arrayContaining(['missing', 'harmonisation', 'reuse', 'texts', 'problems']),
    );
    expect(errors('plan', demo)).toEqual([]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fimkit-formats-'));
    const file = path.join(dir, 'p.yaml');
    writeFileSync(
      file,
      'service: x\ncategory: M\nfiles:\n  stamm: fehlt.xml\n  texts: { stamm: auch-fehlt.xml, variants: [] }\n',
    );
    const bad = (await json(plan, [file])) as { problems: unknown[]; texts: { status: string } };
    expect(bad.problems).toHaveLength(2);
    expect(bad.texts.status).toBe('not-available');
    expect(errors('plan', bad)).toEqual([]);
  });

  it('fimkit reuse --format json', async () => {
    expect(errors('reuse', await json(reuse, ['fixtures/demo/harmonisation/*.xdf3.xml']))).toEqual([]);
  });
});
