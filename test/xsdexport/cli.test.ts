import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { command } from '../../src/cli/xsd.js';
import { corpusDir, describeShared } from '../support/shared.js';
import { runCommand } from './capture.js';
import { compileXsd } from './libxml.js';

const schema = path.join(corpusDir, 'xdatenfelder3/bund-t-prototype/S00000000362/schema.xdf.xml');
const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-xsd-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('fimkit xsd: usage errors exit 2', async () => {
  expect((await runCommand(command, [])).code).toBe(2);
  expect((await runCommand(command, ['a', '--format', 'xml'])).code).toBe(2);
  const help = await runCommand(command, ['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Usage: fimkit xsd');
  expect((await runCommand(command, [path.join(dir, 'missing.xml')])).code).toBe(2);
});

describeShared('fimkit xsd on a corpus schema', () => {
  it('writes an XSD and a sample that validates against it; code lists resolve with --codelists', async () => {
    const out = path.join(dir, 'out.xsd');
    const sample = path.join(dir, 'sample.xml');
    const r = await runCommand(command, [
      schema,
      '-o',
      out,
      '--sample',
      sample,
      '--codelists',
      path.join(corpusDir, 'codelists'),
    ]);
    expect(r.code).toBeLessThanOrEqual(1);
    using xsd = compileXsd(readFileSync(out, 'utf8'));
    expect(xsd.validate(readFileSync(sample, 'utf8'))).toEqual([]);
    const json = await runCommand(command, [schema, '--format', 'json', '--namespace', 'urn:example:antrag']);
    const record = JSON.parse(json.stdout) as { xsd: string; diagnostics: { code: string }[] };
    expect(record.xsd).toContain('targetNamespace="urn:example:antrag"');
    expect(record.diagnostics.map((d) => d.code)).toContain('xsdexport/codelist-unresolved');
  });
});
