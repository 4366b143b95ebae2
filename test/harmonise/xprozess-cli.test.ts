/** `fimkit harmonise` with an XProzess Stammprozess: dispatch, formats, -o, exit codes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';

const dir = 'fixtures/xprozess/v2/harmonisation';
const stamm = `${dir}/stamm.xml`;

describe('fimkit harmonise --stamm <Stammprozess>', () => {
  it('json: the figures of the fixture README, exit 1 for the two violations of variante-c', async () => {
    const r = await runCli(['harmonise', '--stamm', stamm, `${dir}/variante-*.xml`, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.standard).toBe('xprozess');
    // fixtures/xprozess/v2/harmonisation/README.md: unchanged / adapted / added / dropped and violations.
    const figures = Object.fromEntries(
      report.variants.map((v: { source: string; figures: Record<string, number> }) => [
        path.basename(v.source),
        [v.figures.unchanged, v.figures.adapted, v.figures.added, v.figures.dropped, v.figures.violations],
      ]),
    );
    expect(figures).toEqual({
      'variante-a.xml': [35, 2, 1, 0, 0],
      'variante-b.xml': [31, 2, 0, 4, 0],
      'variante-c.xml': [32, 1, 1, 4, 2],
    });
  });

  it('html -o: a self-contained page and a note where it went; exit 0 without violations', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'fimkit-hp-')), 'prozess.html');
    const r = await runCli([
      'harmonise',
      '--stamm',
      stamm,
      `${dir}/variante-a.xml`,
      '--format',
      'html',
      '-o',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('1 process variant against the Stammprozess, 0 violations');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('a variant of another standard is refused with a diagnostic and counts as a finding', async () => {
    const r = await runCli([
      'harmonise',
      '--stamm',
      stamm,
      `${dir}/variante-a.xml`,
      'fixtures/demo/harmonisation/stamm.xdf3.xml',
      '--format',
      'md',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stamm\.xdf3\.xml: .*harmonise\/not-xprozess/);
  });
});
