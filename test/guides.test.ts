/**
 * Runs every example of the user guides (docs/guides/examples/*.ts) the way a user would write it: by
 * package name (`fimkit/...`, resolved through the exports map of the built package; `npm test` builds
 * first). Each result is checked against facts stated in the fixtures' READMEs or an independent path.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli/run.js';
import { createAjv, metaSchemaErrors } from './jsonschema/ajv.js';
import { hasShared, repoRoot, sharedXsdDir } from './support/shared.js';

const examplesDir = path.join(repoRoot, 'docs/guides/examples');
const built = existsSync(path.join(repoRoot, 'dist/index.js'));
const xdf3Text = readFileSync(path.join(repoRoot, 'fixtures/demo/hundesteuer.xdf3.xml'), 'utf8');

/** The id of the field whose `name` is `name` in the demo schema, read from the XML text. */
function fieldIdNamed(name: string): string {
  const at = xdf3Text.indexOf(`<xdf3:name>${name}</xdf3:name>`);
  const ids = [...xdf3Text.slice(0, at).matchAll(/<xdf3:id>(F\d+)<\/xdf3:id>/g)];
  return ids[ids.length - 1]![1]!;
}

describe('guides', () => {
  it('every example is used by a guide', () => {
    const guides = ['vendor', 'editor', 'migration']
      .map((g) => readFileSync(path.join(repoRoot, `docs/guides/${g}.md`), 'utf8'))
      .join('\n');
    const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.ts'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const e of examples) expect(guides, e).toContain(`examples/${e}`);
  });

  it('needs the built package (npm run build)', () => {
    if (!built && process.env.CI !== 'true') console.log('[fimkit] dist/ missing: run npm run build');
    expect(built || process.env.CI !== 'true').toBe(true);
  });
});

describe.runIf(built)('guide examples run', () => {
  it('vendor-form-fields: the 6 fields of the demo schema, in their groups', async () => {
    const { main } = await import('../docs/guides/examples/vendor-form-fields.js');
    const fields = await main(path.join(repoRoot, 'fixtures/demo/hundesteuer.xdf3.xml'));
    // fixtures/demo/README.md: 2 groups, 6 fields.
    expect(fields).toHaveLength(6);
    expect(new Set(fields.map((f) => f.id)).size).toBe(6);
    const familienname = fields.find((f) => f.name === 'Familienname (Demo)');
    expect(familienname?.path).toBe('Halterin oder Halter (Demo)/Familienname (Demo)');
    expect(familienname?.id).toBe(fieldIdNamed('Familienname (Demo)'));
  });

  it('vendor-json-schema: a valid JSON Schema 2020-12', async () => {
    const { main } = await import('../docs/guides/examples/vendor-json-schema.js');
    const { schema } = await main(path.join(repoRoot, 'fixtures/demo/hundesteuer.xdf3.xml'));
    expect(schema).toBeDefined();
    expect(metaSchemaErrors(createAjv(), schema!)).toEqual([]);
    expect(schema!.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('editor-quality: the same findings as `fimkit quality`', async () => {
    const { main } = await import('../docs/guides/examples/editor-quality.js');
    const file = path.join(repoRoot, 'fixtures/demo/hundesteuer.xdf3.xml');
    const result = await main(file);
    const cli = await runCli(['quality', file, '--format', 'json']);
    const findings = (cli.records[0] as { findings: { type: string }[] }).findings;
    expect(result.total).toBe(findings.length);
    expect(Object.values(result.byType).reduce((a, b) => a + b, 0)).toBe(result.total);
    for (const t of ['K', 'M', 'W', 'H']) {
      expect(result.byType[t] ?? 0, t).toBe(findings.filter((f) => f.type === t).length);
    }
  });

  it('editor-diff: no change against itself, the renamed field otherwise', async () => {
    const { main } = await import('../docs/guides/examples/editor-diff.js');
    const file = path.join(repoRoot, 'fixtures/demo/hundesteuer.xdf3.xml');
    expect((await main(file, xdf3Text)).changes).toBe(0);
    const renamed = await main(file);
    expect(renamed.changes).toBeGreaterThan(0);
    expect(renamed.markdown).toContain(fieldIdNamed('Vorname (Demo)'));
  });

  it('migration-leika: exactly the documents that differ in documents-migrated/ would change', async () => {
    const { main } = await import('../docs/guides/examples/migration-leika.js');
    const result = await main(path.join(repoRoot, 'fixtures/leika'));
    const expected = result.map(({ file }) => ({
      file,
      changed:
        readFileSync(path.join(repoRoot, 'fixtures/leika/documents', file), 'utf8') !==
        readFileSync(path.join(repoRoot, 'fixtures/leika/documents-migrated', file), 'utf8'),
    }));
    expect(result).toHaveLength(3);
    expect(result).toEqual(expected);
  });
});

/** The JSON Schemas of docs/report-formats.md, by the name in their `<!-- schema: name -->` marker. */
function documentedSchemas(): Map<string, Record<string, unknown>> {
  const text = readFileSync(path.join(repoRoot, 'docs/report-formats.md'), 'utf8');
  const schemas = new Map<string, Record<string, unknown>>();
  for (const m of text.matchAll(/<!-- schema: ([a-z-]+) -->\n```json\n([\s\S]*?)\n```/g)) {
    schemas.set(m[1]!, JSON.parse(m[2]!) as Record<string, unknown>);
  }
  return schemas;
}

describe('docs/report-formats.md', () => {
  const schemas = documentedSchemas();
  const ajv = createAjv();
  for (const schema of schemas.values()) ajv.addSchema(schema);
  const validator = (name: string) => {
    const v = ajv.getSchema(`https://fimkit.dev/schemas/${name}.json`);
    if (v === undefined) throw new Error(`no schema ${name}`);
    return (record: unknown) =>
      v(record) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
  let tmp = '';
  const broken = () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'fimkit-formats-'));
    const file = path.join(tmp, 'broken.xml');
    writeFileSync(file, '<a><b></a>');
    return file;
  };

  it('documents the diagnostic, inspect, validate and quality records', () => {
    expect([...schemas.keys()].sort()).toEqual([
      'diagnostic',
      'inspect',
      'plan',
      'quality',
      'reuse',
      'validate',
    ]);
    for (const schema of schemas.values()) expect(metaSchemaErrors(ajv, schema)).toEqual([]);
  });

  it('inspect and quality JSON Lines match their schemas (clean, findings, broken, missing input)', async () => {
    const bad = broken();
    try {
      const inputs = [
        'fixtures/demo/hundesteuer.xdf3.xml',
        'fixtures/demo/hundeart.gc.xml',
        bad,
        'missing.xml',
      ];
      const inspect = await runCli(['inspect', ...inputs, '--format', 'json']);
      expect(inspect.records).toHaveLength(4);
      for (const r of inspect.records) expect(validator('inspect')(r), String(r.file)).toEqual([]);
      const quality = await runCli(['quality', ...inputs, '--format', 'json']);
      expect(quality.records).toHaveLength(4);
      expect(quality.records.some((r) => (r.findings as unknown[]).length > 0)).toBe(true);
      for (const r of quality.records) expect(validator('quality')(r), String(r.file)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('validate JSON Lines match their schema', async () => {
    const bad = broken();
    try {
      const args = hasShared ? ['--xsd-dir', sharedXsdDir] : [];
      const r = await runCli([
        'validate',
        ...args,
        'fixtures/demo/hundesteuer.xdf3.xml',
        bad,
        '--format',
        'json',
      ]);
      // Without the XSD sets validate stops with a setup error before any record (exit 2).
      if (!hasShared) expect(r.code).toBe(2);
      else expect(r.records).toHaveLength(2);
      for (const rec of r.records) expect(validator('validate')(rec), String(rec.file)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
