/** `fimkit diff` and `fimkit patch`, run in-process with captured streams (commands imported directly). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command as diffCommand } from '../../src/cli/diff.js';
import type { CliIo } from '../../src/cli/io.js';
import { command as patchCommand } from '../../src/cli/patch.js';
import { canonicalDifference } from '../../src/core/xml/index.js';
import type { Diff } from '../../src/diff/model.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { schemaOf, testSchema } from './fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fimkit-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oldDoc = testSchema();
const newDoc = testSchema();
const s = schemaOf(newDoc);
s.struktur[0]!.enthaelt.datenfeldgruppe!.struktur[1]!.anzahl = '0:*';
s.bezeichnung = 'Testschema <neu>';
writeFileSync(path.join(dir, 'old.xml'), v3.build(oldDoc, { indent: '  ' }));
writeFileSync(path.join(dir, 'new.xml'), v3.build(newDoc, { indent: '  ' }));

async function run(cmd: typeof diffCommand, args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (x: string) => (stdout += x) },
    stderr: { write: (x: string) => (stderr += x) },
    env: {},
    cwd: dir,
    isTTY: false,
  };
  const code = await cmd.run(args, io);
  return { code, stdout, stderr };
}

describe('fimkit diff / patch', () => {
  it('the fixture files are valid input (parse without errors)', () => {
    for (const f of ['old.xml', 'new.xml']) {
      const r = v3.parse(readFileSync(path.join(dir, f)));
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('json: one diff document; exit 1 when there are differences, 0 when there are none', async () => {
    const r = await run(diffCommand, ['old.xml', 'new.xml', '--format', 'json']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const diff = JSON.parse(lines[0]!) as Diff;
    expect(diff.format).toBe('fimkit-diff');
    expect(diff.left.source).toBe('old.xml');
    expect(diff.changes.map((c) => c.kind).sort()).toEqual(['cardinalityWidened', 'changed']);
    const same = await run(diffCommand, ['old.xml', 'old.xml', '--format', 'json']);
    expect(same.code).toBe(0);
    expect((JSON.parse(same.stdout) as Diff).changes).toEqual([]);
  });

  it('--level 3 drops the label change and keeps the cardinality', async () => {
    const r = await run(diffCommand, ['old.xml', 'new.xml', '--format', 'json', '--level', '3']);
    expect((JSON.parse(r.stdout) as Diff).changes.map((c) => c.kind)).toEqual(['cardinalityWidened']);
  });

  it('md and html render the changes; html is self-contained and escapes values', async () => {
    const md = await run(diffCommand, ['old.xml', 'new.xml']);
    expect(md.stdout).toMatch(/^# Changes S17000000001 1\.0\.0/);
    expect(md.stdout).toContain('cardinality widened');
    expect(md.stdout).toContain('0:1 → 0:\\*');
    const html = await run(diffCommand, ['old.xml', 'new.xml', '--format', 'html']);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('Testschema &lt;neu&gt;');
    expect(html.stdout).not.toMatch(/<script|<link|\ssrc=/i);
  });

  it('patch rebuilds the new file from the old one and the json diff', async () => {
    await run(diffCommand, ['old.xml', 'new.xml', '--format', 'json', '-o', 'd.json']);
    const r = await run(patchCommand, ['old.xml', 'd.json', '-o', 'rebuilt.xml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(
      canonicalDifference(
        readFileSync(path.join(dir, 'rebuilt.xml')),
        readFileSync(path.join(dir, 'new.xml')),
      ),
    ).toBeUndefined();
  });

  it('patch refuses filtered diffs (2) and reports conflicts (1) without writing', async () => {
    await run(diffCommand, ['old.xml', 'new.xml', '--format', 'json', '--level', '2', '-o', 'l2.json']);
    const filtered = await run(patchCommand, ['old.xml', 'l2.json']);
    expect(filtered.code).toBe(2);
    expect(filtered.stderr).toContain('diff/not-patchable');
    await run(diffCommand, ['old.xml', 'new.xml', '--format', 'json', '-o', 'd.json']);
    const conflict = await run(patchCommand, ['new.xml', 'd.json']);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('diff/patch-conflict');
    expect(conflict.stdout).toBe('');
    writeFileSync(path.join(dir, 'bad.json'), '{"format":"other"}');
    const bad = await run(patchCommand, ['old.xml', 'bad.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('diff/invalid-format');
  });

  it('usage errors exit 2', async () => {
    expect((await run(diffCommand, ['old.xml'])).code).toBe(2);
    expect((await run(diffCommand, ['old.xml', 'new.xml', '--level', '4'])).code).toBe(2);
    expect((await run(diffCommand, ['old.xml', 'new.xml', '--format', 'pdf'])).code).toBe(2);
    expect((await run(patchCommand, ['old.xml'])).code).toBe(2);
    expect((await run(diffCommand, ['old.xml', 'missing.xml'])).code).toBe(2);
  });
});
