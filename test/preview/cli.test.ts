import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { command } from '../../src/cli/preview.js';
import { corpusDir, describeShared } from '../support/shared.js';
import { runCommand } from '../xsdexport/capture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-preview-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('fimkit preview: usage errors exit 2', async () => {
  expect((await runCommand(command, [])).code).toBe(2);
  expect((await runCommand(command, ['--bogus'])).code).toBe(2);
  expect((await runCommand(command, ['--help'])).stdout).toContain('Usage: fimkit preview');
});

describeShared('fimkit preview on corpus schemas', () => {
  it('renders XDatenfelder 3 with code list options, and 2.0 through the converter', async () => {
    const out = path.join(dir, 'p.html');
    const schema = path.join(corpusDir, 'xdatenfelder3/bund-t-prototype/S00000000362/schema.xdf.xml');
    const r = await runCommand(command, [
      schema,
      '-o',
      out,
      '--editor',
      '--codelists',
      path.join(corpusDir, 'codelists'),
    ]);
    expect(r.code).toBeLessThanOrEqual(1);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<body class="editor">');
    expect(html).toContain('Antrag auf Erteilung einer Beschäftigungserlaubnis');
    const v2 = await runCommand(command, [
      path.join(corpusDir, 'xdatenfelder2/glykon/S05000058V1.0_xdf2.xml'),
    ]);
    expect(v2.code).toBeLessThanOrEqual(1);
    expect(v2.stdout).toContain('<form>');
  });
});
