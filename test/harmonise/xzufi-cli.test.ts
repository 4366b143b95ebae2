/** `fimkit harmonise` with an XZuFi Stammtext: dispatch, formats, -o, exit codes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';

const demo = 'fixtures/demo/harmonisation';
const stamm = `${demo}/stammtext.xzufi.xml`;
const land = `${demo}/stammtext-land.xzufi.xml`;
const stadt = `${demo}/stammtext-musterstadt.xzufi.xml`;

describe('fimkit harmonise --stamm <Stammtext>', () => {
  it('html -o: one self-contained page, a note where it went, exit 1 (Musterstadt leaves 3 units out)', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'fimkit-hx-')), 'texte.html');
    const r = await runCli([
      'harmonise',
      '--stamm',
      stamm,
      `${demo}/stammtext-*.xzufi.xml`,
      '--format',
      'html',
      '-o',
      out,
    ]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `fimkit harmonise: 2 service text variants against the Stammtext, mean completeness 86.4 %, 3 findings; report written to ${out}\n`,
    );
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toContain('<svg');
    expect(html).toContain('Vollständigkeit');
  });

  it('json: the report object; exit 0 when the only variant fills every Stamm module', async () => {
    const r = await runCli(['harmonise', '--stamm', stamm, land, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      standard: string;
      leikaKey: string;
      variants: { leistung: { source: string }; completeness: number }[];
    };
    expect(report.standard).toBe('xzufi');
    expect(report.leikaKey).toBe('99000000000000');
    expect(report.variants.map((v) => [v.leistung.source, v.completeness])).toEqual([[land, 1]]);
  });

  it('md is the default; -k sets the adoption threshold', async () => {
    const r = await runCli(['harmonise', '--stamm', stamm, land, stadt, '-k', '3']);
    expect(r.code).toBe(1);
    expect(
      r.stdout.startsWith('# Dienstleistungstexte: Hundesteuer Anmeldung (LeiKa 99000000000000)\n'),
    ).toBe(true);
    expect(r.stdout).toContain('✔ = mindestens k = 3 Varianten.');
    // The 16/de cluster has 2 variants: below k = 3, so no check mark.
    expect(r.stdout).toMatch(/\| 2 \(fixtures\/demo\/harmonisation\/stammtext-land\.xzufi\.xml, /);
  });

  it('a variant of another standard: one error line, still a report over the others, exit 1', async () => {
    const r = await runCli([
      'harmonise',
      '--stamm',
      stamm,
      land,
      `${demo}/stamm.xdf3.xml`,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('harmonise/not-xzufi');
    expect((JSON.parse(r.stdout) as { variants: unknown[] }).variants).toHaveLength(1);
  });

  it('no usable variant or a Stamm that is no Leistung: exit 2', async () => {
    expect((await runCli(['harmonise', '--stamm', stamm, `${demo}/stamm.xdf3.xml`])).code).toBe(2);
    const oe = await runCli(['harmonise', '--stamm', 'fixtures/xzufi/v2_2/organisationseinheit.xml', land]);
    expect(oe.code).toBe(2);
    expect(oe.stderr).toContain('without a Leistung');
    expect((await runCli(['harmonise', '--stamm', stamm, 'does-not-exist.xml'])).code).toBe(2);
  });

  it('--help names the XZuFi case with an example', async () => {
    const r = await runCli(['harmonise', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('XZuFi 2.2.0 (Dienstleistungstexte)');
    expect(r.stdout).toContain('--stamm fixtures/demo/harmonisation/stammtext.xzufi.xml');
  });
});
