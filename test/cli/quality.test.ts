import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, describeShared, repoRoot } from '../support/shared.js';
import { runCli } from './run.js';

const demo = path.join(repoRoot, 'fixtures/demo');

describe('fimkit quality: usage', () => {
  it('rejects an unknown format', async () => {
    const r = await runCli(['quality', demo, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be text, json or sarif');
  });

  it('reports an unreadable input with exit 2', async () => {
    const r = await runCli(['quality', path.join(demo, 'does-not-exist.xml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cli/unreadable');
  });
});

describeShared('fimkit quality over corpus schemas', () => {
  const s362 = path.join(corpusDir, 'xdatenfelder3/bund-t-prototype/S00000000362/schema.xdf.xml');

  it('prints JSON Lines with the documented fields', async () => {
    const r = await runCli(['quality', s362, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.records).toHaveLength(1);
    const record = r.records[0] as { file: string; findings: Record<string, unknown>[] };
    expect(record.file).toBe(s362);
    // The reference raises 1097 on this gold schema with the default Dokumentsteckbrief (oracle README).
    const f1097 = record.findings.find((f) => f.code === 'XDFM1097');
    expect(f1097).toMatchObject({ type: 'M', severity: 'error', elementId: 'S00000000362' });
    for (const f of record.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining([
          'code',
          'type',
          'severity',
          'elementId',
          'elementVersion',
          'message',
          'path',
          'line',
          'column',
        ]),
      );
      expect(typeof f.line).toBe('number');
    }
  });

  it('--disable switches codes off', async () => {
    const r = await runCli(['quality', s362, '--format', 'json', '--disable', '1097']);
    const record = r.records[0] as { findings: { code: string }[] };
    expect(record.findings.some((f) => f.code === 'XDFM1097')).toBe(false);
  });

  it('writes SARIF 2.1.0 with rule metadata, help links and regions', async () => {
    const r = await runCli(['quality', s362, '--format', 'sarif']);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } };
        results: {
          ruleId: string;
          ruleIndex?: number;
          locations: { physicalLocation: { region?: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('fimkit');
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      expect(res.ruleIndex).toBeDefined();
      const rule = run.tool.driver.rules[res.ruleIndex!]!;
      expect(rule.id).toBe(res.ruleId);
      expect(rule.helpUri).toBe(
        `https://docs.fitko.de/fim/docs/datenfelder/QS_Bericht#M${res.ruleId.slice(4)}`,
      );
      expect(res.locations[0]!.physicalLocation.region?.startLine).toBeGreaterThan(0);
    }
  });

  it('reads code lists with --codelists and checks an XDF2 directory', async () => {
    const dir = path.join(corpusDir, 'xdatenfelder2/glykon');
    const r = await runCli([
      'quality',
      dir,
      '--codelists',
      path.join(corpusDir, 'codelists'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => path.basename(String(x.file)))).toEqual([
      'S00000009_xdatenfelder.xml',
      'S05000058V1.0_xdf2.xml',
    ]);
  });
});

describe('fimkit: a file that cannot be written', () => {
  it('is one line naming the path and exit 2, not an internal error', async () => {
    // A regular file used as a directory: mkdir and write fail with ENOTDIR/EEXIST for root too.
    const target = path.join(demo, 'hundesteuer.xdf3.xml', 'report.json');
    const r = await runCli([
      'quality',
      path.join(demo, 'hundesteuer.xdf3.xml'),
      '--format',
      'json',
      '-o',
      target,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^fimkit quality: .*hundesteuer\.xdf3\.xml.*: (a part of the path is not a directory|already exists)\.\n$/,
    );
  });
});
