import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { command } from '../../src/cli/search.js';
import { corpusDir, describeShared } from '../support/shared.js';
import { runCommand } from '../xsdexport/capture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-search-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('fimkit search: usage errors exit 2', async () => {
  expect((await runCommand(command, [])).code).toBe(2);
  expect((await runCommand(command, ['.', 'x', '--type', 'form'])).code).toBe(2);
  expect((await runCommand(command, ['.', 'x', '--codelist', '--no-codelist'])).code).toBe(2);
  expect((await runCommand(command, [path.join(dir, 'missing'), 'x'])).code).toBe(2);
  expect((await runCommand(command, ['--help'])).stdout).toContain('Usage: fimkit search');
});

describeShared('fimkit search on a small corpus folder', () => {
  const folder = path.join(corpusDir, 'xdatenfelder2/glykon');

  it('finds elements as text and JSON Lines (with --cache), and exits 1 without hits', async () => {
    const cache = path.join(dir, 'index.json');
    const text = await runCommand(command, [folder, 'Postleitzahl', '--type', 'field', '--cache', cache]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^field +F\d+@\S+ +Postleitzahl/m);
    expect(existsSync(cache)).toBe(true);
    const json = await runCommand(command, [
      folder,
      'Postleitzahl',
      '--type',
      'field',
      '--cache',
      cache,
      '--format',
      'json',
    ]);
    const records = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; label: string; score: number });
    expect(records.length).toBe(text.stdout.trim().split('\n').length);
    for (const r of records) expect(r.kind).toBe('field');
    const none = await runCommand(command, [folder, 'Raumschiff']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
  });
});
