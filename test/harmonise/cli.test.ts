import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { command as harmonise } from '../../src/cli/harmonise.js';
import type { CliIo } from '../../src/cli/io.js';
import { command as plan } from '../../src/cli/plan.js';
import { command as reuse } from '../../src/cli/reuse.js';
import { command as similar } from '../../src/cli/similar.js';
import { repoRoot } from '../support/shared.js';

async function run(cmd: Command, args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: repoRoot,
    isTTY: false,
  };
  const code = await cmd.run(args, io);
  return { code, stdout, stderr };
}

const demo = 'fixtures/demo/harmonisation';
const variants = ['a', 'b', 'c'].map((x) => `${demo}/variante-${x}.xdf3.xml`);

describe('fimkit harmonise', () => {
  it('writes a self-contained German HTML report; exit 1 because variant c breaks the Stamm rules', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'fimkit-h-')), 'report.html');
    const r = await run(harmonise, [
      '--stamm',
      `${demo}/stamm.xdf3.xml`,
      ...variants,
      '--format',
      'html',
      '-o',
      out,
    ]);
    // One note on stderr: where the report went (1 violation in variant c).
    expect(r.stderr).toBe(
      `fimkit harmonise: 3 variants against the Stamm, 1 violation; report written to ${out}\n`,
    );
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toContain('<svg');
    expect(html).toContain('Verstöße gegen die Ableitungsmodifikationen');
    expect(html).toContain('F99000000104@1.0.0');
    expect(html).toContain('Transpondernummer (Chip)');
  });

  it('json: one document with the figures; exit 0 without the forbidden variant', async () => {
    const r = await run(harmonise, [
      '--stamm',
      `${demo}/stamm.xdf3.xml`,
      variants[0]!,
      variants[1]!,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { totals: { violations: number }; variants: unknown[] };
    expect(report.variants).toHaveLength(2);
    expect(report.totals.violations).toBe(0);
  });

  it('usage errors: exit 2', async () => {
    expect((await run(harmonise, variants)).code).toBe(2);
    expect((await run(harmonise, ['--stamm', `${demo}/stamm.xdf3.xml`])).code).toBe(2);
    expect(
      (await run(harmonise, ['--stamm', `${demo}/stamm.xdf3.xml`, variants[0]!, '--format', 'pdf'])).code,
    ).toBe(2);
  });
});

describe('fimkit reuse, similar, plan', () => {
  it('reuse --format json lists the where-used index', async () => {
    const r = await run(reuse, [`${demo}/*.xdf3.xml`, '--format', 'json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout) as { schemas: unknown[]; whereUsed: { key: string; schemas: string[] }[] };
    expect(m.schemas).toHaveLength(4);
    // F99000000001 sits in the Stamm and all three variants.
    expect(m.whereUsed.find((w) => w.key === 'F99000000001@1.0.0')?.schemas).toHaveLength(4);
  });

  it('similar --format json writes {a, b, score, reasons} lines', async () => {
    const r = await run(similar, [demo, '--format', 'json', '--min-score', '0.5']);
    const lines = r.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // All demo schemas share their ids, so there are no different-id near-duplicates.
    expect(
      lines.every((l) => 'a' in l && 'b' in l && typeof l.score === 'number' && Array.isArray(l.reasons)),
    ).toBe(true);
    expect(r.code).toBe(lines.length > 0 ? 1 : 0);
  });

  it('plan reports the missing required artefacts of category K and the harmonisation figures', async () => {
    const r = await run(plan, ['fixtures/plan/projekt.json', '--format', 'json']);
    expect(r.code).toBe(1);
    const p = JSON.parse(r.stdout) as {
      missing: string[];
      harmonisation: { totals: { violations: number } };
    };
    // Category K requires (X): analysierte-leistungen, priorisierung, umsetzungsvarianten, fim-artefakte,
    // xoev-standards, personas, harmonisierung, nachnutzung; the descriptor lacks personas only.
    expect(p.missing).toEqual(['personas']);
    expect(p.harmonisation.totals.violations).toBe(1);
  });
});
