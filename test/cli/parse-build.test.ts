import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import { corpusFiles, describeShared, repoRoot } from '../support/shared.js';
import { runCli } from './run.js';

const work = mkdtempSync(path.join(tmpdir(), 'fimkit-cli-parse-build-'));

async function roundTrip(
  file: string,
  buildArgs: readonly string[] = [],
): Promise<{ envelope: Record<string, unknown>; xml: string }> {
  const parsed = await runCli(['parse', file, '--format', 'json']);
  expect(parsed.code, parsed.stderr).toBeLessThan(2);
  const json = path.join(work, `${path.basename(file)}.json`);
  writeFileSync(json, parsed.stdout);
  const built = await runCli(['build', json, ...buildArgs]);
  // 0 when the model passes its schema; 1 when --lenient built a model with listed problems.
  expect(built.code, built.stderr).toBe(buildArgs.includes('--lenient') && built.stderr !== '' ? 1 : 0);
  expect(built.stdout).not.toBe('');
  return { envelope: JSON.parse(parsed.stdout) as Record<string, unknown>, xml: built.stdout };
}

describe('fimkit parse / build for XZuFi 2.2.0', () => {
  const dir = path.join(repoRoot, 'fixtures/xzufi/v2_2');
  // Fixtures that are complete documents (the unsupported-version and missing-id ones are error cases).
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.xml') && !/2_1_0|2_3_1|missing-id/.test(f))
    .map((f) => path.join(dir, f));

  it('has fixtures', () => expect(files.length).toBeGreaterThan(2));

  it.each(files)('%s survives parse -> build', async (file) => {
    const { envelope, xml } = await roundTrip(file);
    expect(envelope.standard).toBe('xzufi');
    expect(envelope.version).toBe('2.2.0');
    expect(canonicalDifference(readFileSync(file), xml)).toBeUndefined();
  });
});

describeShared('fimkit parse / build for the real XProzess export', () => {
  // The export has an empty <abgeloesteProzessklasse/> although the schema requires its child
  // referenzierteProzessklasseID (a named real-world defect, see test/xprozess). The schema check of
  // `build` names exactly that; --lenient builds it anyway, losslessly.
  it.each(corpusFiles('xprozess'))(
    '%s: build names the defect and refuses without --lenient',
    async (file) => {
      const parsed = await runCli(['parse', file, '--format', 'json']);
      const json = path.join(work, 'xprozess-strict.json');
      writeFileSync(json, parsed.stdout);
      const built = await runCli(['build', json]);
      expect(built.code).toBe(1);
      expect(built.stdout).toBe('');
      expect(built.stderr.trim().split('\n')).toEqual([
        'model invalid at model.prozesskatalog.prozessklasse.0.abgeloesteProzessklasse.0.referenzierteProzessklasseID: Invalid input: expected string, received undefined',
      ]);
    },
  );

  it.each(corpusFiles('xprozess'))('%s survives parse -> build --lenient', async (file) => {
    const { envelope, xml } = await roundTrip(file, ['--lenient']);
    expect(envelope.standard).toBe('xprozess');
    expect(envelope.message).toBe('alleInhalte.export.0303');
    expect(canonicalDifference(readFileSync(file), xml)).toBeUndefined();
  });
});

describe('fimkit parse refuses what it has no typed model for', () => {
  it('names the typed models it has', async () => {
    const file = path.join(work, 'not-fim.xml');
    writeFileSync(file, '<html><body/></html>');
    const r = await runCli(['parse', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('detect/not-fim');
  });
});
