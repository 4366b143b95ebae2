import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
