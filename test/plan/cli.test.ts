/** `fimkit plan` and `fimkit reuse -o`: formats, stdin, descriptor errors with positions, exit codes. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import type { CliIo } from '../../src/cli/io.js';
import { command as plan } from '../../src/cli/plan.js';
import { command as reuse } from '../../src/cli/reuse.js';
import { repoRoot } from '../support/shared.js';

async function* chunks(text: string): AsyncIterable<string> {
  yield text;
}

async function run(
  cmd: Command,
  args: string[],
  options: { stdin?: string; cwd?: string; quiet?: boolean } = {},
) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: options.cwd ?? repoRoot,
    isTTY: false,
    ...(options.stdin === undefined ? {} : { stdin: chunks(options.stdin) }),
    ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
  };
  const code = await cmd.run(args, io);
  return { code, stdout, stderr };
}

const yaml = 'fixtures/demo/harmonisation/projekt.yaml';
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'fimkit-plan-'));

describe('fimkit plan', () => {
  // The demo README: personas missing (category K), variant c breaks the Stamm rule (1 violation), the
  // Musterstadt text leaves 06 (en) and 24 missing and 09 empty (3 findings).
  it('html -o: writes one page and says where on stderr; exit 1 (personas missing, 1 violation)', async () => {
    const out = path.join(tmp(), 'fimkit-report.html');
    const r = await run(plan, [yaml, '--format', 'html', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `fimkit plan: Anmeldung eines Hundes zur Hundesteuer (Demo), Kategorie K: 1 required artefact missing, 3 variants with 1 violation, 2 service text variants with 3 findings; report written to ${out}\n`,
    );
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>Projektbericht: Anmeldung eines Hundes zur Hundesteuer (Demo)</title>');
    expect((await run(plan, [yaml, '--format', 'html', '-o', out], { quiet: true })).stderr).toBe('');
  });

  it('stdin: "-" reads the descriptor, files relative to the current directory, format sniffed', async () => {
    const text = readFileSync(path.join(repoRoot, yaml), 'utf8');
    const r = await run(plan, ['-', '--format', 'json'], {
      stdin: text,
      cwd: path.join(repoRoot, 'fixtures/demo/harmonisation'),
    });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { missing: string[]; harmonisation: { variants: unknown[] } };
    expect(json.missing).toEqual(['personas']);
    expect(json.harmonisation.variants).toHaveLength(3);
  });

  it('variants as a glob, relative to the descriptor', async () => {
    const dir = tmp();
    const descriptor = path.join(dir, 'p.yml');
    const demo = path.relative(dir, path.join(repoRoot, 'fixtures/demo/harmonisation'));
    writeFileSync(
      descriptor,
      `service: x\ncategory: D\nartefacts: { analysierte-leistungen: a, priorisierung: b }\nfiles:\n  stamm: ${demo}/stamm.xdf3.xml\n  variants: ["${demo}/variante-[ab].xdf3.xml"]\n`,
    );
    const r = await run(plan, [descriptor, '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout) as { harmonisation: { variants: { source: string }[] } };
    expect(json.harmonisation.variants.map((v) => path.basename(v.source))).toEqual([
      'variante-a.xdf3.xml',
      'variante-b.xdf3.xml',
    ]);
    // Nothing required of category D is missing, no violation in a and b.
    expect(r.code).toBe(0);
  });

  it('descriptor errors: line and column on stderr, exit 2', async () => {
    const dir = tmp();
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'service: x\ncategory: Q\n');
    const r = await run(plan, [file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:   2:11  error  plan/invalid-descriptor`);
    expect(r.stderr).toContain('(/category)');
    const json = path.join(dir, 'bad.json');
    writeFileSync(json, '{"service": "x",\n "category": }');
    const j = await run(plan, [json]);
    expect(j.code).toBe(2);
    expect(j.stderr).toContain('2:14  error  plan/not-json');
  });

  it('usage errors: exit 2', async () => {
    expect((await run(plan, [])).code).toBe(2);
    expect((await run(plan, [yaml, '--format', 'pdf'])).code).toBe(2);
    expect((await run(plan, [yaml, '-k', '0'])).code).toBe(2);
    expect((await run(plan, ['fehlt.yaml'])).code).toBe(2);
    expect((await run(plan, ['--help'])).stdout).toContain(
      'fimkit plan fixtures/demo/harmonisation/projekt.yaml',
    );
  });

  it('md: the project report as Markdown on stdout', async () => {
    const r = await run(plan, [yaml, '--format', 'md']);
    expect(r.stdout.startsWith('# Projektbericht: Anmeldung eines Hundes zur Hundesteuer (Demo)\n')).toBe(
      true,
    );
    expect(r.stdout).toContain('## Harmonisierungsbericht');
  });
});

describe('fimkit reuse -o', () => {
  it('writes the HTML report and says where', async () => {
    const out = path.join(tmp(), 'reuse.html');
    const r = await run(reuse, ['fixtures/demo/harmonisation/*.xdf3.xml', '--format', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`fimkit reuse: 4 schemas, 0 stale references; report written to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toContain('id="r-verwendung"');
  });
});

describe('fimkit plan with processes', () => {
  it('a Stammprozess and its variants by glob: 2 violations in variant c (fixture README)', async () => {
    const out = path.join(tmp(), 'prozess.html');
    const r = await run(plan, ['fixtures/plan/prozess.yaml', '--format', 'html', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 process variants with 2 violations; report written to');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<div class="embedded" id="x-report">');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(targets.filter((t) => !ids.includes(t))).toEqual([]);
  });
});
