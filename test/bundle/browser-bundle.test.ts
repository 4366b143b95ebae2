/**
 * The browser-bundle check (bench/bundle-size.js): fimkit/xdatenfelder and fimkit/xdatenfelder/v3 bundle
 * for `platform: 'browser'` without Node polyfills and pull in no Node built-in; so do the report kits.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared.js';

interface BundleResult {
  entry: string;
  bytes: number;
  gzip: number;
  nodeBuiltins: { module: string; importer: string }[];
  errors: string[];
}

async function bundleSize(args: readonly string[]): Promise<{ code: number; results: BundleResult[] }> {
  const script = path.join(repoRoot, 'bench/bundle-size.js');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--json', ...args], {
      cwd: repoRoot,
    });
    return { code: 0, results: (JSON.parse(stdout) as { results: BundleResult[] }).results };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return {
      code: e.code ?? -1,
      results: (JSON.parse(e.stdout ?? '{}') as { results: BundleResult[] }).results,
    };
  }
}

describe('browser bundle without Node polyfills', () => {
  it('fimkit/xdatenfelder and fimkit/xdatenfelder/v3 pull in no Node built-in', async () => {
    const { code, results } = await bundleSize([]);
    expect(results.map((r) => r.entry)).toEqual([
      'src/xdatenfelder/v3/index.ts',
      'src/xdatenfelder/index.ts',
    ]);
    for (const r of results) {
      expect(r.errors, r.entry).toEqual([]);
      expect(r.nodeBuiltins, r.entry).toEqual([]);
      // A real bundle that gzip actually shrinks.
      expect(r.bytes).toBeGreaterThan(1000);
      expect(r.gzip).toBeGreaterThan(0);
      expect(r.gzip).toBeLessThan(r.bytes);
    }
    expect(code).toBe(0);
    console.log(
      `[fimkit] browser bundle (minified + gzip): ${results.map((r) => `${r.entry} ${(r.gzip / 1024).toFixed(1)} KiB`).join(', ')}`,
    );
  });

  it('the HTML and Markdown report kits are browser-safe too', async () => {
    const { code, results } = await bundleSize([
      '--entry',
      'src/report/html/index.ts',
      '--entry',
      'src/report/markdown/index.ts',
    ]);
    expect(results.flatMap((r) => [...r.errors, ...r.nodeBuiltins.map((b) => b.module)])).toEqual([]);
    expect(code).toBe(0);
  });

  it('detects a Node built-in when one is pulled in (the check can fail)', async () => {
    // src/cli/inputs.ts reads files: it imports node:fs/promises and node:path by design.
    const { code, results } = await bundleSize(['--entry', 'src/cli/inputs.ts']);
    expect(code).toBe(1);
    expect(results[0]?.nodeBuiltins).toEqual(
      expect.arrayContaining([{ module: 'node:fs/promises', importer: 'src/cli/inputs.ts' }]),
    );
  });
});
