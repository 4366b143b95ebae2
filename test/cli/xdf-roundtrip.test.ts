import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import { corpusFiles, describeShared, repoRoot } from '../support/shared.js';
import { runCli } from './run.js';

const work = mkdtempSync(path.join(tmpdir(), 'fimkit-cli-xdf-'));

describeShared('CLI parse --format json, then build, over the XDatenfelder corpus', () => {
  const files = [
    ...corpusFiles('xdatenfelder2'),
    ...corpusFiles('xdatenfelder3').filter((f) => f.endsWith('.xml')),
  ];

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(78);
  });

  it.each(files)('%s survives parse -> build canonically', async (file) => {
    const parsed = await runCli(['parse', file, '--format', 'json']);
    expect(parsed.code).toBeLessThan(2);
    const envelope = JSON.parse(parsed.stdout) as {
      standard: string;
      version: string;
      diagnostics: unknown[];
    };
    expect(envelope.standard).toBe('xdatenfelder');
    expect((envelope.diagnostics as { severity: string }[]).filter((d) => d.severity === 'error')).toEqual(
      [],
    );
    const json = path.join(work, `${path.basename(path.dirname(file))}-${path.basename(file)}.json`);
    writeFileSync(json, parsed.stdout);
    const built = await runCli(['build', json]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(canonicalDifference(readFileSync(file), built.stdout)).toBeUndefined();
  });
});

describe('CLI build with a hand-edited model', () => {
  it('lists every problem with its JSON path and exits 1', async () => {
    const json = path.join(work, 'broken.json');
    writeFileSync(
      json,
      JSON.stringify({
        standard: 'xdatenfelder',
        version: '3.0.0',
        message: 'xdatenfelder.stammdatenschema.0102',
        model: { header: { nachrichtID: 7 }, stammdatenschema: {}, typo: true },
      }),
    );
    const r = await runCli(['build', json]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('model invalid at model.header.nachrichtID');
    expect(r.stderr).toContain('model invalid at model');
    expect(r.stderr).toMatch(/typo/);
  });

  it('refuses JSON that is not a fimkit model envelope', async () => {
    const json = path.join(work, 'other.json');
    writeFileSync(json, JSON.stringify({ hello: 'world' }));
    const r = await runCli(['build', json]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('expected { "standard", "version", "message", "model" }');
  });
});

describe('CLI convert', () => {
  const demo = path.join(repoRoot, 'fixtures/demo');
  it('refuses a missing --to', async () => {
    const r = await runCli(['convert', path.join(demo, 'nothing.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--to must be xdf3 or xdf2');
  });
});

describeShared('CLI convert over the XDF2 corpus', () => {
  it.each(corpusFiles('xdatenfelder2'))('%s converts to XDF3 with an audit file', async (file) => {
    const out = path.join(work, `${path.basename(file)}.xdf3.xml`);
    const audit = path.join(work, `${path.basename(file)}.audit.json`);
    const r = await runCli(['convert', file, '--to', 'xdf3', '-o', out, '--audit', audit]);
    expect(r.code).toBeLessThan(2);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('urn:xoev-de:fim:standard:xdatenfelder_3.0.0');
    const entries = JSON.parse(readFileSync(audit, 'utf8')) as { kind: string; property: string }[];
    // Every XDF2 id gains the Unternummernkreis, so every converted file has 'changed' id entries.
    expect(entries.some((e) => e.kind === 'changed' && e.property === 'identifikation.id')).toBe(true);
    const back = await runCli(['convert', out, '--to', 'xdf2']);
    expect(back.code).toBeLessThan(2);
    expect(back.stdout).toContain('urn:xoev-de:fim:standard:xdatenfelder_2');
  });
});
