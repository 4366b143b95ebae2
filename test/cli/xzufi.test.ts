import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalDifference } from '../../src/core/xml/index.js';
import { repoRoot } from '../support/shared.js';
import { runCli } from './run.js';

const transfer = path.join(repoRoot, 'fixtures/xzufi/v2_2/transfer.xml');

describe('fimkit xzufi list', () => {
  it('lists one JSON line per schreibe/loesche entry, counted independently in the XML', async () => {
    const xml = readFileSync(transfer, 'utf8');
    const schreibe = (xml.match(/<(\w+:)?schreibe[\s>]/g) ?? []).length;
    const loesche = (xml.match(/<(\w+:)?loesche[\s>]/g) ?? []).length;
    const r = await runCli(['xzufi', 'list', transfer, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.records.filter((e) => e.operation === 'schreibe')).toHaveLength(schreibe);
    expect(r.records.filter((e) => e.operation === 'loesche')).toHaveLength(loesche);
  });

  it('filters by LeiKa key', async () => {
    const r = await runCli(['xzufi', 'list', transfer, '--leika', '99108012107000', '--format', 'json']);
    expect(r.records.map((e) => e.id)).toEqual(['L-101']);
  });

  it('refuses a single object with a clear diagnostic and exit 2', async () => {
    const r = await runCli(['xzufi', 'list', path.join(repoRoot, 'fixtures/xzufi/v2_2/leistung-lovd.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xzufi/not-a-transfer');
  });

  it('reports an unreadable file with exit 2', async () => {
    const r = await runCli(['xzufi', 'list', path.join(repoRoot, 'fixtures/xzufi/v2_2/nope.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ENOENT');
  });
});

describe('fimkit with XZuFi 2.3.1', () => {
  const dir = path.join(repoRoot, 'fixtures/xzufi/v2_3');
  const work = mkdtempSync(path.join(tmpdir(), 'fimkit-xzufi23-'));

  it('xzufi list streams a 2.3.1 transfer message, LeiKa keys from referenzLeistungsschluessel', async () => {
    const file = path.join(dir, 'transfer.xml');
    const xml = readFileSync(file, 'utf8');
    const entries = (xml.match(/<(\w+:)?(schreibe|loesche)[\s>]/g) ?? []).length;
    const r = await runCli(['xzufi', 'list', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.records).toHaveLength(entries);
    const filtered = await runCli(['xzufi', 'list', file, '--leika', '99037010062000', '--format', 'json']);
    expect(filtered.records.map((e) => e.id)).toEqual(['L-201']);
  });

  it.each(['leistung.xml', 'transfer.xml'])('%s survives fimkit parse -> build', async (name) => {
    const file = path.join(dir, name);
    const parsed = await runCli(['parse', file, '--format', 'json']);
    expect(parsed.code, parsed.stderr).toBe(0);
    const envelope = JSON.parse(parsed.stdout) as Record<string, unknown>;
    expect(envelope).toMatchObject({ standard: 'xzufi', version: '2.3.1' });
    const json = path.join(work, `${name}.json`);
    writeFileSync(json, parsed.stdout);
    const built = await runCli(['build', json]);
    expect(built.code, built.stderr).toBe(0);
    expect(canonicalDifference(readFileSync(file), built.stdout)).toBeUndefined();
  });

  it('inspect names the version and counts the objects', async () => {
    const file = path.join(dir, 'transfer.xml');
    const xml = readFileSync(file, 'utf8');
    const r = await runCli(['inspect', file, '--format', 'json']);
    expect(r.records[0]).toMatchObject({ standard: 'xzufi', version: '2.3.1', supported: true });
    const counts = r.records[0]!.counts as Record<string, number>;
    expect(counts.leistung).toBe((xml.match(/<xzufi:leistung>/g) ?? []).length);
  });
});
